package org.servicepolicy.jdbc;

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
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter as the contracts see it: migrated stores on a database of their own. */
final class JdbcPorts implements PortsUnderTest {
    private final TestDatabase database;
    private final JdbcStores stores;

    private JdbcPorts(TestDatabase database) {
        this.database = database;
        this.stores = database.migratedStores();
    }

    /** The stores on {@code database}, which closing these ports removes. */
    static JdbcPorts on(TestDatabase database) {
        try {
            return new JdbcPorts(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public Transactions transactions() {
        return stores.transactions();
    }

    @Override
    public EmployeeStore employees() {
        return stores.employees();
    }

    @Override
    public DepartmentStore departments() {
        return stores.departments();
    }

    @Override
    public PolicyCatalog policies() {
        return stores.policies();
    }

    @Override
    public DecisionStore decisions() {
        return stores.decisions();
    }

    @Override
    public EventPublisher eventPublisher() {
        return stores.eventPublisher();
    }

    @Override
    public EventLog eventLog() {
        return stores.eventLog();
    }

    @Override
    public AuditTrail auditTrail() {
        return stores.auditTrail();
    }

    @Override
    public AssessmentCycleStore assessmentCycles() {
        return stores.assessmentCycles();
    }

    @Override
    public EvaluationStore evaluations() {
        return stores.evaluations();
    }

    @Override
    public CycleGradeStore cycleGrades() {
        return stores.cycleGrades();
    }

    @Override
    public RewardStore rewards() {
        return stores.rewards();
    }

    @Override
    public SuggestionStore suggestions() {
        return stores.suggestions();
    }

    @Override
    public ViolationStore violations() {
        return stores.violations();
    }

    @Override
    public PenaltyStore penalties() {
        return stores.penalties();
    }

    @Override
    public LeaveRequestStore leaveRequests() {
        return stores.leaveRequests();
    }

    @Override
    public TaskStore tasks() {
        return stores.tasks();
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return stores.idempotencyRecords();
    }

    @Override
    public void close() {
        database.close();
    }
}
