package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.tasks.TaskExamples.inProgress;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;

/** What the sweep finds (§3.1.2), asked of its rules directly. */
class SweepRulesTest {
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");

    private static List<SweepMark> due(Task task, ZoneId zone, Instant now) {
        return SweepRules.dueMarks(new TaskFacts.Swept(task, zone), now);
    }

    @Test
    void aTaskWhoseDeadlinePassedWhileTheWorkWasOwedIsOverdueOnce() {
        var task = inProgress();
        var deadline = task.currentTerms().deadline();

        assertThat(due(task, ZoneOffset.UTC, deadline)).noneMatch(m -> m.kind() == SweepMark.Kind.OVERDUE);
        assertThat(due(task, ZoneOffset.UTC, deadline.plusSeconds(1))).filteredOn(m -> m.kind() == SweepMark.Kind.OVERDUE)
                .singleElement().satisfies(m -> {
                    assertThat(m.number()).isEqualTo(1);
                    assertThat(m.dueAt()).isEqualTo(deadline);
                });
    }

    @Test
    void aDeadlineThatAnAdjustmentKeptIsTheSameDeadlineAndOverdueUnderItsFirstTermsVersion() {
        var task = inProgress();
        var at = task.acceptedAt().orElseThrow().plusSeconds(60);
        var adjusted = task.requestAdjustment(at, Optional.empty(), List.of("Only the totals"), "r", "a", false,
                        task.policyVersion())
                .decideAdjustment(1, true, at, EmployeeId.of("lead"), "");

        assertThat(due(adjusted, ZoneOffset.UTC, adjusted.currentTerms().deadline().plusSeconds(1)))
                .filteredOn(m -> m.kind() == SweepMark.Kind.OVERDUE).singleElement()
                .satisfies(m -> assertThat(m.number()).isEqualTo(1));
    }

    @Test
    void reportPeriodsAreCountedInTheZoneOfThePolicyTheTaskWasAssignedUnder() {
        var task = inProgress();
        var accepted = task.acceptedAt().orElseThrow();
        // After Berlin's clocks went forward, a weekly period ends an hour earlier in UTC than in a UTC company.
        var afterTheShift = accepted.atZone(BERLIN).plusWeeks(12).toInstant().plus(Duration.ofMinutes(30));

        var inBerlin = due(task, BERLIN, afterTheShift);
        var inUtc = due(task, ZoneOffset.UTC, afterTheShift);

        assertThat(inBerlin).hasSize(inUtc.size() + 1);
        assertThat(inBerlin.get(inBerlin.size() - 1).dueAt()).isEqualTo(accepted.atZone(BERLIN).plusWeeks(12).toInstant());
    }

    @Test
    void eachMarkTheSweepRecordedIsAnnouncedByOneEvent() {
        var task = inProgress();
        var now = task.currentTerms().deadline().plusSeconds(1);
        var marks = due(task, ZoneOffset.UTC, now);

        var outcome = (Outcome.Decided<?, ?>) SweepRules.announce(new TaskFacts.Marked(task, marks));

        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.events()).hasSameSizeAs(marks);
        assertThat(outcome.events()).filteredOn(e -> e.type().equals("TaskOverdue")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("deadline",
                        task.currentTerms().deadline().toString()));
        assertThat(outcome.events()).filteredOn(e -> e.type().equals("ProgressReportMissed"))
                .extracting(e -> e.attributes().get("period")).containsExactly("1");
    }

    @Test
    void theSweepRecordsEveryDueMarkOnlyIfNoSweepRecordedItBefore() {
        var task = inProgress();
        var now = task.currentTerms().deadline().plusSeconds(1);

        var outcome = (Outcome.Decided<?, ?>) SweepRules.markDue(new TaskFacts.Swept(task, ZoneOffset.UTC), now);

        assertThat(outcome.changes()).hasSameSizeAs(due(task, ZoneOffset.UTC, now));
        assertThat(outcome.events()).as("announced only once the marks are recorded").isEmpty();
    }
}
