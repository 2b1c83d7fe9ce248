package org.servicepolicy.testkit;

import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.assessment.EvaluationStore;
import org.servicepolicy.discipline.LeaveRequestStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.TaskStore;

/**
 * The adapter a contract test exercises: every port of the core, backed by one fresh, empty
 * storage, all taking part in the same {@link #transactions()}.
 *
 * <p>An adapter author implements this once (usually in a few lines over their own entry
 * point) and returns a new instance from {@link PortContract#newPorts()}. The contracts seed
 * the records they refer to (a department before its employees, an employee before their
 * violations and tasks, a task before its marks) through these ports, so an adapter may
 * enforce referential integrity.
 */
public interface PortsUnderTest extends AutoCloseable {
    /** The transactions every other port takes part in. */
    Transactions transactions();

    /** Employees. */
    EmployeeStore employees();

    /** Departments. */
    DepartmentStore departments();

    /** Published policy versions. */
    PolicyCatalog policies();

    /** Decisions. */
    DecisionStore decisions();

    /** The writing side of the event outbox. */
    EventPublisher eventPublisher();

    /** The reading side of the same outbox. */
    EventLog eventLog();

    /** The audit trail. */
    AuditTrail auditTrail();

    /** Assessment cycles. */
    AssessmentCycleStore assessmentCycles();

    /** Evaluations of assessment cycles. */
    EvaluationStore evaluations();

    /** Finalized grades of assessment cycles. */
    CycleGradeStore cycleGrades();

    /** Rewards and their histories. */
    RewardStore rewards();

    /** Employee suggestions and their histories. */
    SuggestionStore suggestions();

    /** Violations. */
    ViolationStore violations();

    /** Penalties. */
    PenaltyStore penalties();

    /** Leave requests. */
    LeaveRequestStore leaveRequests();

    /** Tasks and the sweep's marks. */
    TaskStore tasks();

    /** The idempotency keys callers have used. */
    IdempotencyRecords idempotencyRecords();

    /**
     * Releases the storage after a test (drops a schema, shuts a database down). Does nothing
     * unless overridden.
     */
    @Override
    default void close() throws Exception {
    }
}
