package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.InvalidInputException;

class PolicyServiceTest {
    private final Company company = new Company();
    private final PolicyService policies = company.policy.policies();

    @Test
    void decisionsUseTheVersionInForceWhenTheFactHappened() {
        var from = company.clock.instant().plus(Duration.ofDays(1));
        policies.publish(company.actor("hr"), "2026-strict", from, Map.of("discipline.ladder.FINE.fromPoints", "2"));
        var before = company.late("staff", 10);
        assertThat(before.proposal().policyVersion()).isEqualTo("standard");
        company.clock.advance(Duration.ofDays(1));
        var after = company.late("staff", 10);
        assertThat(after.proposal().policyVersion()).isEqualTo("2026-strict");
        assertThat(after.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        assertThat(after.penalty().orElseThrow().status()).isEqualTo(PenaltyStatus.PROPOSED);
    }

    @Test
    void onlyHrPublishesAndNeverRetroactively() {
        var from = company.clock.instant().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> policies.publish(company.actor("manager"), "v2", from, Map.of()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> policies.publish(company.actor("hr"), "v2", company.clock.instant().minusSeconds(1),
                Map.of())).isInstanceOf(InvalidInputException.class);
        policies.publish(company.actor("hr"), "v2", from, Map.of());
        assertThatThrownBy(() -> policies.publish(company.actor("hr"), "v2", from, Map.of()))
                .isInstanceOf(ConflictException.class);
        assertThat(policies.versions()).extracting(PolicyDefinition::version).containsExactly("standard", "v2");
    }

    @Test
    void eachVersionCountsCalendarPeriodsInItsOwnZone() {
        var from = company.clock.instant().plus(Duration.ofDays(1));
        policies.publish(company.actor("hr"), "shanghai", from, Map.of("company.timeZone", "Asia/Shanghai"));
        var zoneOf = policies.zoneByVersion();
        assertThat(zoneOf.apply("standard")).isEqualTo(java.time.ZoneId.of("UTC"));
        assertThat(zoneOf.apply("shanghai")).isEqualTo(java.time.ZoneId.of("Asia/Shanghai"));
        assertThat(zoneOf.apply("withdrawn-version")).isEqualTo(java.time.ZoneId.of("UTC"));
    }

    @Test
    void anInvalidVersionIsRefusedWithEveryProblemAndNothingStored() {
        var from = company.clock.instant().plus(Duration.ofDays(1));
        assertThatThrownBy(() -> policies.publish(company.actor("hr"), "v2", from,
                Map.of("discipline.points.MINOR", "-1", "unknown.key", "x")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems()).hasSize(2));
        assertThat(policies.versions()).hasSize(1);
    }
}
