package org.servicepolicy.inmemory;

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

/** The in-memory adapter as the contracts see it: one new {@link InMemoryStores} per test. */
final class InMemoryPorts implements PortsUnderTest {
    private final InMemoryStores stores = new InMemoryStores();
    private final EventPublisher eventPublisher = stores.eventPublisher();
    private final EventLog eventLog = stores.eventLog();
    private final TaskStore tasks = stores.tasks();

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
        return eventPublisher;
    }

    @Override
    public EventLog eventLog() {
        return eventLog;
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
        return tasks;
    }

    @Override
    public IdempotencyRecords idempotencyRecords() {
        return stores.idempotencyRecords();
    }
}
