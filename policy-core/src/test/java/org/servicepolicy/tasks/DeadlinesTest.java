package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.tasks.TaskExamples.assigned;
import static org.servicepolicy.tasks.TaskExamples.inProgress;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;

/** When a task's deadline makes it unanswered or late (§3.1.1, §3.1.2), asked of the pure rule. */
class DeadlinesTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId LEAD = EmployeeId.of("lead");

    /** A self-check of both requirements of the example task. */
    private static final List<RequirementCheck> ALL_MET = List.of(new RequirementCheck(1, true, ""),
            new RequirementCheck(2, true, ""));

    @Test
    @DisplayName("§3.1.1: an assignment still unanswered when its deadline passed is unanswered at that deadline")
    void anAssignmentUnansweredAtItsDeadline() {
        var task = assigned();
        var deadline = task.currentTerms().deadline();

        assertThat(Deadlines.unansweredAt(task, deadline)).isEmpty();
        assertThat(Deadlines.unansweredAt(task, deadline.plusSeconds(1))).contains(deadline);
        assertThat(Deadlines.unansweredAt(task.accept(deadline, STAFF), deadline.plusSeconds(1))).isEmpty();
        var acceptedLate = task.accept(deadline.plusSeconds(60), STAFF);
        assertThat(Deadlines.unansweredAt(acceptedLate, deadline.plus(Duration.ofDays(1)))).contains(deadline);
    }

    @Test
    @DisplayName("§3.1.1: a refusal awaiting its ruling at the deadline is an answer")
    void aRefusalIsAnAnswer() {
        var task = assigned();
        var deadline = task.currentTerms().deadline();
        var refused = task.refuse(task.assignedAt().plusSeconds(60), STAFF, "on the audit");

        assertThat(Deadlines.unansweredAt(refused, deadline.plusSeconds(1))).isEmpty();
        assertThat(Deadlines.lateness(refused, deadline.plusSeconds(1))).isEmpty();
    }

    @Test
    @DisplayName("§3.1.2: work still owed after the deadline is overdue, dated at the deadline")
    void workOwedAfterTheDeadlineIsOverdue() {
        var task = inProgress();
        var deadline = task.currentTerms().deadline();

        assertThat(Deadlines.lateness(task, deadline)).isEmpty();
        assertThat(Deadlines.lateness(task, deadline.plusSeconds(1)))
                .contains(new Deadlines.Lateness(false, deadline));
    }

    @Test
    @DisplayName("§3.1.2: a late delivery resubmitted after rework is one lateness, dated at the deadline it missed")
    void aLateDeliveryIsOneLatenessAtTheDeadlineItMissed() {
        var task = inProgress();
        var deadline = task.currentTerms().deadline();
        var first = deadline.plus(Duration.ofDays(1));
        var resubmitted = task.submitCompletion(first, STAFF, "done", ALL_MET)
                .review(first.plusSeconds(60), LEAD, ReviewOutcome.RETURNED, Optional.empty(), "totals wrong")
                .submitCompletion(first.plus(Duration.ofDays(1)), STAFF, "done", ALL_MET);

        assertThat(Deadlines.lateness(resubmitted, first.plus(Duration.ofDays(2))))
                .contains(new Deadlines.Lateness(true, deadline));
        assertThat(Deadlines.lateness(resubmitted, first.plusSeconds(120)))
                .contains(new Deadlines.Lateness(true, deadline));
    }

    @Test
    @DisplayName("§3.1.1 §3.1.2: a deadline an approved adjustment moved before it came never passed")
    void aMovedDeadlineNeverPassed() {
        var task = assigned();
        var deadline = task.currentTerms().deadline();
        var moved = deadline.plus(Duration.ofDays(5));
        var adjusted = task.requestAdjustment(task.assignedAt().plusSeconds(60), Optional.of(moved), List.of(),
                        "data late", "five more days", false, task.policyVersion())
                .decideAdjustment(1, true, task.assignedAt().plusSeconds(120), LEAD, "");

        assertThat(Deadlines.unansweredAt(adjusted, deadline.plusSeconds(1))).isEmpty();
        assertThat(Deadlines.lateness(adjusted, deadline.plusSeconds(1))).isEmpty();
        assertThat(Deadlines.unansweredAt(adjusted, moved.plusSeconds(1))).contains(moved);
        assertThat(Deadlines.lateness(adjusted, moved.plusSeconds(1))).contains(new Deadlines.Lateness(false, moved));
    }
}
