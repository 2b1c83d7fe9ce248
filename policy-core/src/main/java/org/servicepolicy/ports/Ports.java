package org.servicepolicy.ports;

import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.career.DevelopmentPlanStore;
import org.servicepolicy.career.SelectionStore;
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
import org.servicepolicy.meetings.DepartmentResponderStore;
import org.servicepolicy.meetings.MeetingStore;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.service.ServiceReportStore;

import org.servicepolicy.service.ServiceRecordStore;
import org.servicepolicy.feedback.FeedbackStore;
import org.servicepolicy.service.DepartmentRequestStore;
import org.servicepolicy.service.SupervisionStore;
import org.servicepolicy.service.evaluation.CustomerScoreStore;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.TaskStore;
import org.servicepolicy.training.sponsorship.SponsorshipStore;
import org.servicepolicy.training.TrainingStore;

/**
 * Every port the library needs, listed here and nowhere else. An adapter implements this
 * interface once ({@code InMemoryStores}, {@code JdbcStores}); {@code ServicePolicy.builder().ports(...)}
 * wires it, and the test kit's contracts exercise it. Adding a port means adding its accessor here
 * and implementing it in each adapter.
 *
 * <p>Every port takes part in the same {@link #transactions()}. The library reads each accessor
 * once, when it is built; an accessor that answers {@code null} is a port the adapter lacks, and
 * the build names every such port at once. Every accessor returns a type of its own, so that the
 * builder can replace one port by its type.
 */
public interface Ports {
    /** The transactions every other port takes part in. */
    Transactions transactions();

    /** The writing side of the event outbox. */
    EventPublisher eventPublisher();

    /** The reading side of the same outbox, behind the event feed. */
    EventLog eventLog();

    /** The audit trail, append-only. */
    AuditTrail auditTrail();

    /** Decisions and their reasons, append-only. */
    DecisionStore decisions();

    /** Published policy versions (§1.3.4). */
    PolicyCatalog policies();

    /** Employees (§1.2). */
    EmployeeStore employees();

    /** Departments (§1.2). */
    DepartmentStore departments();

    /** Violations (§3.2). */
    ViolationStore violations();

    /** Penalties and their histories (§3.3.3). */
    PenaltyStore penalties();

    /** Leave requests. */
    LeaveRequestStore leaveRequests();

    /** Tasks and the sweep's marks (§3.1). */
    TaskStore tasks();

    /** Assessment cycles and their scopes (§3.3.1). */
    AssessmentCycleStore assessmentCycles();

    /** Evaluations of assessment cycles, append-only. */
    EvaluationStore evaluations();

    /** Finalized grades of assessment cycles, append-only. */
    CycleGradeStore cycleGrades();

    /** Rewards and their histories (§3.3.2). */
    RewardStore rewards();

    /** Employee suggestions and their histories (§5.2.1). */
    SuggestionStore suggestions();

    /** The idempotency keys callers have used. */
    IdempotencyRecords idempotencyRecords();

    /** Supervision observations and service findings (§2.3.1). */
    SupervisionStore supervision();

    /** Peer service problem reports (§2.3.1). */
    ServiceReportStore serviceReports();

    /** Service cases, their return trips and visits, and the marks of their shortfalls (§2.1.3, §2.1.4). */
    ServiceRecordStore serviceRecords();

    /** Requests between departments and the marks of their late replies (§2.2.1). */
    DepartmentRequestStore departmentRequests();

    /** Service evaluation periods, internal scores, results and training follow-ups (§2.3.3). */
    ServiceEvaluationStore serviceEvaluations();

    /** The customer-score ledger (§2.3.3). */
    CustomerScoreStore customerScores();

    /** Customer feedback items and the checkpoints of their clocks (§2.3.2). */
    FeedbackStore feedback();

    /** Meetings, their action items and the marks of overdue ones (§5.1.2). */
    MeetingStore meetings();

    /** The responders each department names on the internal platform (§5.1.1). */
    DepartmentResponderStore departmentResponders();

    /** Requests for the sponsorship of external training (§4.1.2). */
    SponsorshipStore sponsorships();

    /** Development plans (§4.3.1). */
    DevelopmentPlanStore developmentPlans();

    /** Internal selections and their applications (§4.3.2). */
    SelectionStore selections();

    /** Training sessions, assessments, retake rulings and the marks of the obligations' sweep (§4.1, §4.2). */
    TrainingStore training();
}
