package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.policy.StandardPolicy;

/**
 * A task decision applies the policy version in force at its deciding fact, not the one in force
 * when it is decided (§1.3.4): a new version published in between changes nothing about it.
 */
class TaskPolicyVersionTest {
    private final TaskFixture company = new TaskFixture();

    @Test
    void anUnjustifiedRefusalIsJudgedUnderThePolicyInForceWhenTheTaskWasRefused() {
        var refused = company.refused(Duration.ofDays(10));
        var refusedAt = company.clock.instant();
        company.policy.policies().publish(company.actor("hr"), "stricter", refusedAt.plus(Duration.ofHours(1)),
                Map.of("tasks.adjustment.minNotice", "PT48H"));
        company.clock.advance(Duration.ofHours(2));

        var ruled = company.tasks().ruleOnRefusal(company.actor("lead"), refused.id(),
                new RuleOnRefusal(false, "the audit ends tomorrow"));

        assertThat(company.policy.policies().current().version()).isEqualTo("stricter");
        assertThat(ruled.violation()).get().satisfies(v -> {
            assertThat(v.violation().occurredAt()).isEqualTo(refusedAt);
            assertThat(v.proposal().policyVersion()).isEqualTo(StandardPolicy.VERSION);
        });
    }

    @Test
    void aTasksReportPeriodsAreCountedInTheZoneOfThePolicyInForceAtItsAssignment() {
        var start = company.clock.instant();
        company.policy.policies().publish(company.actor("hr"), "berlin", start,
                Map.of("company.timeZone", "Europe/Berlin"));
        var task = company.inProgress(Duration.ofDays(120));
        company.policy.policies().publish(company.actor("hr"), "utc", start.plus(Duration.ofDays(1)),
                Map.of("company.timeZone", "UTC"));
        // Twelve weeks on, Berlin's clocks have gone forward: its twelfth period ends at 08:00 UTC, a UTC one at 09:00.
        var twelfthEnd = start.atZone(ZoneId.of("Europe/Berlin")).plusWeeks(12).toInstant();
        company.clock.set(twelfthEnd.plus(Duration.ofMinutes(30)));

        var swept = company.tasks().sweep(company.clock.instant());

        assertThat(task.policyVersion()).isEqualTo("berlin");
        assertThat(company.policy.policies().current().version()).isEqualTo("utc");
        assertThat(swept.marked()).filteredOn(m -> m.kind() == SweepMark.Kind.MISSED_PROGRESS_REPORT)
                .hasSize(12).last().satisfies(m -> assertThat(m.dueAt()).isEqualTo(twelfthEnd));
    }
}
