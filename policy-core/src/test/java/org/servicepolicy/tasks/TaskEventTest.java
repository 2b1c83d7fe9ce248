package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;

/** The task events print their typed fields as the outbox and the event feed carry them. */
class TaskEventTest {
    private static final TaskId TASK = TaskId.of("task-1");
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId LEAD = EmployeeId.of("lead");
    private static final Instant AT = Instant.parse("2030-01-07T09:00:00Z");

    @Test
    void anAssignmentListsWhoIsCopiedSeparatedByCommas() {
        var event = new TaskEvent.TaskAssigned(TASK, STAFF, LEAD, AT, List.of(EmployeeId.of("peer"), LEAD),
                List.of(DepartmentId.of("sales")), AT);

        assertThat(event.type()).isEqualTo("TaskAssigned");
        assertThat(event.aggregateId()).isEqualTo("task-1");
        assertThat(event.attributes()).isEqualTo(Map.of("assigneeId", "staff", "assignerId", "lead", "deadline",
                "2030-01-07T09:00:00Z", "copiedEmployeeIds", "peer,lead", "copiedDepartmentIds", "sales"));
    }

    @Test
    void aRulingIsJustifiedOrUnjustifiedAndOnlyAnUnjustifiedOneNamesItsViolation() {
        var justified = new TaskEvent.TaskRefusalRuled(TASK, STAFF, 1, LEAD, Optional.empty(), AT);
        var unjustified = new TaskEvent.TaskRefusalRuled(TASK, STAFF, 1, LEAD, Optional.of(ViolationId.of("v-1")), AT);

        assertThat(justified.type()).isEqualTo("TaskRefusalJustified");
        assertThat(justified.attributes()).isEqualTo(Map.of("assigneeId", "staff", "refusal", "1", "ruledBy", "lead"));
        assertThat(unjustified.type()).isEqualTo("TaskRefusalUnjustified");
        assertThat(unjustified.attributes()).isEqualTo(Map.of("assigneeId", "staff", "refusal", "1", "ruledBy", "lead",
                "violationId", "v-1"));
    }

    @Test
    void anAdjustmentIsApprovedWithItsTermsVersionDeniedOrLapsed() {
        var approved = new TaskEvent.TaskAdjustmentDecided(TASK, STAFF, 1, AdjustmentOutcome.APPROVED, Optional.of(2), AT);
        var lapsed = new TaskEvent.TaskAdjustmentDecided(TASK, STAFF, 1, AdjustmentOutcome.LAPSED, Optional.empty(), AT);

        assertThat(approved.type()).isEqualTo("TaskAdjustmentApproved");
        assertThat(approved.attributes()).containsEntry("termsVersion", "2").containsEntry("outcome", "APPROVED");
        assertThat(lapsed.type()).isEqualTo("TaskAdjustmentLapsed");
        assertThat(lapsed.attributes()).doesNotContainKey("termsVersion");
        assertThat(new TaskEvent.TaskAdjustmentDecided(TASK, STAFF, 1, AdjustmentOutcome.DENIED, Optional.empty(), AT)
                .type()).isEqualTo("TaskAdjustmentDenied");
    }

    @Test
    void aCopyOfACompletionNamesAPersonOrADepartment() {
        var toPerson = new TaskEvent.TaskCompletionCopied(TASK, STAFF, 1,
                new TaskEvent.Recipient.Person(EmployeeId.of("peer")), AT);
        var toDepartment = new TaskEvent.TaskCompletionCopied(TASK, STAFF, 1,
                new TaskEvent.Recipient.Department(DepartmentId.of("sales")), AT);

        assertThat(toPerson.attributes()).isEqualTo(Map.of("assigneeId", "staff", "completion", "1",
                "recipientType", "employee", "recipientId", "peer"));
        assertThat(toDepartment.attributes()).containsEntry("recipientType", "department")
                .containsEntry("recipientId", "sales");
    }

    @Test
    void theSweepsEventsNameTheDeadlineOrThePeriodThatPassed() {
        assertThat(new TaskEvent.TaskOverdue(TASK, STAFF, LEAD, AT, AT).attributes()).isEqualTo(Map.of(
                "assigneeId", "staff", "assignerId", "lead", "deadline", "2030-01-07T09:00:00Z"));
        assertThat(new TaskEvent.ProgressReportMissed(TASK, STAFF, LEAD, 3, AT, AT).attributes()).isEqualTo(Map.of(
                "assigneeId", "staff", "assignerId", "lead", "period", "3", "periodEnd", "2030-01-07T09:00:00Z"));
    }
}
