package org.servicepolicy.inmemory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.function.Predicate;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.career.DevelopmentPlan;
import org.servicepolicy.career.DevelopmentPlanId;
import org.servicepolicy.career.DevelopmentPlanStore;
import org.servicepolicy.career.Selection;
import org.servicepolicy.career.SelectionId;
import org.servicepolicy.career.SelectionStore;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.EvaluationStore;
import org.servicepolicy.discipline.LeaveRequest;
import org.servicepolicy.discipline.LeaveRequestStore;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.feedback.FeedbackCheckpoint;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackStore;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.ports.Ports;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardKey;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.service.Observation;
import org.servicepolicy.service.ObservationId;
import org.servicepolicy.service.ServiceCase;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceFinding;
import org.servicepolicy.service.DepartmentRequest;
import org.servicepolicy.service.DepartmentRequestId;
import org.servicepolicy.service.DepartmentRequestRules;
import org.servicepolicy.service.DepartmentRequestStore;
import org.servicepolicy.service.ServiceRecordMark;
import org.servicepolicy.service.ServiceRecordRules;
import org.servicepolicy.service.ServiceRecordStore;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportId;
import org.servicepolicy.service.ServiceReportStore;
import org.servicepolicy.service.SupervisionStore;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreStore;
import org.servicepolicy.service.evaluation.InternalScore;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriod;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionId;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.SweepMark;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskStore;
import org.servicepolicy.training.sponsorship.Sponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipId;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;
import org.servicepolicy.training.sponsorship.SponsorshipStore;

/**
 * In-memory implementations of every port, for tests and for embedding without a database.
 * They share one {@link InMemoryState}, whose transactions they all take part in. The library on
 * them: {@code ServicePolicy.builder().ports(new InMemoryStores()).build()}.
 */
public final class InMemoryStores implements Ports {
    private static final Comparator<Violation> BY_OCCURRENCE_THEN_RECORDING = Comparator
            .comparing(Violation::occurredAt).thenComparing(Violation::recordedAt).thenComparing(v -> v.id().value());
    private static final Comparator<Penalty> OLDEST_PROPOSAL_FIRST = Comparator.comparing(Penalty::proposedAt)
            .thenComparing(p -> p.id().value());
    private static final Comparator<DepartmentRequest> OLDEST_REQUEST_FIRST = Comparator.comparing(
            DepartmentRequest::askedAt).thenComparing(r -> r.id().value());
    private static final Comparator<FeedbackItem> OLDEST_FEEDBACK_FIRST = Comparator.comparing(
            FeedbackItem::receivedAt).thenComparing(i -> i.id().value());
    private static final Comparator<FeedbackCheckpoint> EARLIEST_CHECKPOINT_FIRST = Comparator.comparing(
            FeedbackCheckpoint::at).thenComparing(FeedbackCheckpoint::key);
    private static final Comparator<ServiceCase> OLDEST_CASE_FIRST = Comparator.comparing(ServiceCase::openedAt)
            .thenComparing(c -> c.id().value());
    private static final Comparator<Task> OLDEST_ASSIGNMENT_FIRST = Comparator.comparing(Task::assignedAt)
            .thenComparing(t -> t.id().value());

    private final InMemoryState state = new InMemoryState();
    private final InMemoryState.Table<DepartmentId, Department> departments = state.table();
    private final InMemoryState.Table<EmployeeId, Employee> employees = state.table();
    private final InMemoryState.Table<EmployeeId, List<Employee>> employeeHistory = state.table();
    private final InMemoryState.Table<String, PolicyDefinition> policies = state.table();
    private final InMemoryState.Table<DecisionId, Decision> decisions = state.table();
    private final InMemoryState.Table<Long, PublishedEvent> events = state.table();
    private final InMemoryState.Table<Long, AuditEntry> audit = state.table();
    private final InMemoryState.Table<ViolationId, Violation> violations = state.table();
    private final InMemoryState.Table<PenaltyId, Penalty> penalties = state.table();
    private final InMemoryState.Table<LeaveRequestId, LeaveRequest> leave = state.table();
    private final InMemoryState.Table<AssessmentCycleId, AssessmentCycle> cycles = state.table();
    private final InMemoryState.Table<List<String>, Evaluation> evaluations = state.table();
    private final InMemoryState.Table<List<String>, CycleGrade> grades = state.table();
    private final InMemoryState.Table<RewardId, Reward> rewards = state.table();
    private final InMemoryState.Table<SuggestionId, Suggestion> suggestions = state.table();
    private final InMemoryState.Table<ObservationId, Observation> observations = state.table();
    private final InMemoryState.Table<String, ServiceFinding> findings = state.table();
    private final InMemoryState.Table<ServiceReportId, ServiceReport> serviceReports = state.table();
    private final InMemoryState.Table<ServiceCaseId, ServiceCase> serviceCases = state.table();
    private final InMemoryState.Table<ServiceRecordMark.Key, ServiceRecordMark> serviceRecordMarks = state.table();
    private final InMemoryState.Table<DepartmentRequestId, DepartmentRequest> departmentRequests = state.table();
    private final InMemoryState.Table<DepartmentRequestId, Instant> departmentRequestMarks = state.table();
    private final InMemoryState.Table<ServiceEvaluationPeriodId, ServiceEvaluationPeriod> servicePeriods =
            state.table();
    private final InMemoryState.Table<List<String>, InternalScore> internalScores = state.table();
    private final InMemoryState.Table<String, ServiceEvaluationResult> serviceResults = state.table();
    private final InMemoryState.Table<String, ServiceTrainingFollowUp> followUps = state.table();
    private final InMemoryState.Table<String, CustomerScore> customerScores = state.table();
    private final InMemoryState.Table<FeedbackItemId, FeedbackItem> feedbackItems = state.table();
    private final InMemoryState.Table<String, FeedbackItemId> feedbackByTokenHash = state.table();
    private final InMemoryState.Table<FeedbackItemId, List<FeedbackCheckpoint>> feedbackScheduled = state.table();
    private final InMemoryState.Table<FeedbackItemId, Map<String, Instant>> feedbackFired = state.table();
    private final InMemoryState.Table<TaskId, Task> tasks = state.table();
    private final InMemoryState.Table<SweepMark.Key, SweepMark> sweepMarks = state.table();
    private final InMemoryState.Table<List<String>, IdempotencyRecord> idempotency = state.table();
    private final InMemoryState.Table<SponsorshipId, Sponsorship> sponsorships = state.table();
    private final InMemoryState.Table<DevelopmentPlanId, DevelopmentPlan> developmentPlans = state.table();
    private final InMemoryState.Table<SelectionId, Selection> selections = state.table();
    private final InMemoryCompletedProgrammes completedProgrammes = new InMemoryCompletedProgrammes(state);
    private final AtomicLong eventPosition = new AtomicLong();
    private final AtomicLong auditPosition = new AtomicLong();

    /** The transactions all these stores take part in. */
    @Override
    public InMemoryState transactions() {
        return state;
    }

    /** Departments. */
    @Override
    public DepartmentStore departments() {
        return new DepartmentStore() {
            @Override
            public void add(Department department) {
                insert(departments, department.id(), department, "department");
            }

            @Override
            public Optional<Department> find(DepartmentId id) {
                return Optional.ofNullable(departments.get(id));
            }

            @Override
            public List<Department> all() {
                return sorted(departments.values(), d -> d.id().value());
            }
        };
    }

    /** Employees. */
    @Override
    public EmployeeStore employees() {
        return new EmployeeStore() {
            @Override
            public Employee add(Employee employee) {
                var stored = employee.atVersion(1);
                insert(employees, employee.id(), stored, "employee");
                employeeHistory.put(employee.id(), List.of(stored));
                return stored;
            }

            @Override
            public Employee update(Employee employee) {
                var stored = replace(employees, employee.id(), employee.version(), Employee::version,
                        employee.atVersion(employee.version() + 1), "employee");
                var versions = new ArrayList<>(employeeHistory.get(employee.id()));
                versions.add(stored);
                employeeHistory.put(employee.id(), List.copyOf(versions));
                return stored;
            }

            @Override
            public Optional<Employee> find(EmployeeId id) {
                return Optional.ofNullable(employees.get(id));
            }

            @Override
            public List<Employee> findAll(Collection<EmployeeId> ids) {
                return sorted(ids.stream().distinct().map(employees::get).filter(Objects::nonNull).toList(),
                        e -> e.id().value());
            }

            @Override
            public Optional<Employee> findForDecision(EmployeeId id) {
                // Transactions on this state already run one at a time.
                return find(id);
            }

            @Override
            public List<Employee> history(EmployeeId id) {
                var versions = employeeHistory.get(id);
                return versions == null ? List.of() : versions;
            }

            @Override
            public Optional<Employee> asOf(EmployeeId id, Instant at) {
                return history(id).stream().filter(e -> !e.effectiveFrom().isAfter(at))
                        .reduce((earlier, later) -> later);
            }

            @Override
            public List<Employee> allAsOf(Instant at) {
                return all().stream().flatMap(e -> asOf(e.id(), at).stream()).toList();
            }

            @Override
            public List<Employee> all() {
                return sorted(employees.values(), e -> e.id().value());
            }

            @Override
            public List<Employee> inDepartment(DepartmentId department) {
                return all().stream().filter(e -> e.department().equals(department)).toList();
            }
        };
    }

    /** Published policy versions. */
    @Override
    public PolicyCatalog policies() {
        return new PolicyCatalog() {
            @Override
            public void add(PolicyDefinition definition) {
                insert(policies, definition.version(), definition, "policy version");
            }

            @Override
            public List<PolicyDefinition> all() {
                return policies.values().stream().sorted(Comparator.comparing(PolicyDefinition::effectiveFrom)).toList();
            }
        };
    }

    /** Decisions, append-only. */
    @Override
    public DecisionStore decisions() {
        return new DecisionStore() {
            @Override
            public void append(Decision decision) {
                insert(decisions, decision.id(), decision, "decision");
            }

            @Override
            public Optional<Decision> find(DecisionId id) {
                return Optional.ofNullable(decisions.get(id));
            }

            @Override
            public List<Decision> about(EmployeeId subject) {
                return decisions.values().stream().filter(d -> d.subject().equals(subject)).toList();
            }
        };
    }

    /** The event outbox's writing side. */
    @Override
    public EventPublisher eventPublisher() {
        return (DomainEvent event) -> {
            long position = eventPosition.incrementAndGet();
            events.put(position, new PublishedEvent(position, event.type(), event.aggregateId(), event.occurredAt(),
                    event.attributes()));
        };
    }

    /** The event outbox's reading side. */
    @Override
    public EventLog eventLog() {
        return (position, limit) -> events.values().stream().filter(e -> e.position() > position).limit(limit).toList();
    }

    /** The audit trail. */
    @Override
    public AuditTrail auditTrail() {
        return new AuditTrail() {
            @Override
            public void record(AuditEntry entry) {
                audit.put(auditPosition.incrementAndGet(), entry);
            }

            @Override
            public List<AuditEntry> about(String subjectType, String subjectId) {
                return audit.values().stream()
                        .filter(e -> e.subjectType().equals(subjectType) && e.subjectId().equals(subjectId)).toList();
            }
        };
    }

    /** Violations. */
    @Override
    public ViolationStore violations() {
        return new ViolationStore() {
            @Override
            public Violation add(Violation v) {
                var stored = withVersion(v, 1);
                insert(violations, v.id(), stored, "violation");
                return stored;
            }

            @Override
            public Violation update(Violation v) {
                return replace(violations, v.id(), v.version(), Violation::version, withVersion(v, v.version() + 1), "violation");
            }

            @Override
            public Optional<Violation> find(ViolationId id) {
                return Optional.ofNullable(violations.get(id));
            }

            @Override
            public List<Violation> of(EmployeeId employee) {
                return violations.values().stream().filter(v -> v.employee().equals(employee))
                        .sorted(BY_OCCURRENCE_THEN_RECORDING).toList();
            }

            @Override
            public Map<EmployeeId, List<Violation>> ofAll(Collection<EmployeeId> employees) {
                return grouped(employees, violations.values(), Violation::employee, BY_OCCURRENCE_THEN_RECORDING);
            }

            private Violation withVersion(Violation v, long version) {
                return new Violation(v.id(), v.employee(), v.type(), v.severity(), v.occurredAt(), v.recordedAt(),
                        v.recordedBy(), v.description(), v.minutes(), v.days(), v.ruleArea(), v.customerDataLeaked(),
                        v.compensation(), v.policyVersion(), v.voiding(), v.replaces(), version);
            }
        };
    }

    /** Penalties. */
    @Override
    public PenaltyStore penalties() {
        return new PenaltyStore() {
            @Override
            public Penalty add(Penalty p) {
                var stored = withVersion(p, 1);
                insert(penalties, p.id(), stored, "penalty");
                return stored;
            }

            @Override
            public Penalty update(Penalty p) {
                return replace(penalties, p.id(), p.version(), Penalty::version, withVersion(p, p.version() + 1), "penalty");
            }

            @Override
            public Optional<Penalty> find(PenaltyId id) {
                return Optional.ofNullable(penalties.get(id));
            }

            @Override
            public List<Penalty> of(EmployeeId employee) {
                return penalties.values().stream().filter(p -> p.employee().equals(employee))
                        .sorted(OLDEST_PROPOSAL_FIRST).toList();
            }

            @Override
            public Map<EmployeeId, List<Penalty>> ofAll(Collection<EmployeeId> employees) {
                return grouped(employees, penalties.values(), Penalty::employee, OLDEST_PROPOSAL_FIRST);
            }

            @Override
            public List<Penalty> forViolation(ViolationId violation) {
                return penalties.values().stream().filter(p -> p.violation().equals(violation)).toList();
            }

            private Penalty withVersion(Penalty p, long version) {
                return new Penalty(p.id(), p.violation(), p.employee(), p.step(), p.fine(), p.decisionId(), p.history(),
                        p.levelBefore(), p.statusBefore(), version);
            }
        };
    }

    /** Leave requests. */
    @Override
    public LeaveRequestStore leaveRequests() {
        return new LeaveRequestStore() {
            @Override
            public LeaveRequest add(LeaveRequest r) {
                var stored = withVersion(r, 1);
                insert(leave, r.id(), stored, "leave request");
                return stored;
            }

            @Override
            public LeaveRequest update(LeaveRequest r) {
                return replace(leave, r.id(), r.version(), LeaveRequest::version, withVersion(r, r.version() + 1), "leave request");
            }

            @Override
            public Optional<LeaveRequest> find(LeaveRequestId id) {
                return Optional.ofNullable(leave.get(id));
            }

            @Override
            public List<LeaveRequest> of(EmployeeId employee) {
                return leave.values().stream().filter(r -> r.employee().equals(employee))
                        .sorted(Comparator.comparing(LeaveRequest::startsAt).thenComparing(r -> r.id().value())).toList();
            }

            private LeaveRequest withVersion(LeaveRequest r, long version) {
                return new LeaveRequest(r.id(), r.employee(), r.startsAt(), r.endsAt(), r.reason(), r.emergency(),
                        r.requestedAt(), r.requestedBy(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(),
                        version);
            }
        };
    }

    /** Tasks and the sweep's marks. */
    @Override
    public TaskStore tasks() {
        return new TaskStore() {
            @Override
            public Task add(Task task) {
                var stored = task.withVersion(1);
                insert(tasks, task.id(), stored, "task");
                return stored;
            }

            @Override
            public Task update(Task task) {
                return replace(tasks, task.id(), task.version(), Task::version, task.withVersion(task.version() + 1),
                        "task");
            }

            @Override
            public Optional<Task> find(TaskId id) {
                return Optional.ofNullable(tasks.get(id));
            }

            @Override
            public List<Task> assignedTo(EmployeeId assignee) {
                return byAssignment(t -> t.assignee().equals(assignee));
            }

            @Override
            public Map<EmployeeId, List<Task>> assignedToAll(Collection<EmployeeId> assignees) {
                return grouped(assignees, tasks.values(), Task::assignee, OLDEST_ASSIGNMENT_FIRST);
            }

            @Override
            public List<Task> assignedBy(EmployeeId assigner) {
                return byAssignment(t -> t.assigner().equals(assigner));
            }

            @Override
            public List<Task> unfinished() {
                return byAssignment(t -> !t.status().finished());
            }

            @Override
            public List<Task> withOpenEscalations() {
                return byAssignment(t -> !t.openEscalations().isEmpty());
            }

            @Override
            public boolean markOnce(SweepMark mark) {
                return state.inTransaction(() -> {
                    if (sweepMarks.get(mark.key()) != null) {
                        return false;
                    }
                    sweepMarks.put(mark.key(), mark);
                    return true;
                });
            }

            @Override
            public List<SweepMark> marks(TaskId task) {
                return sweepMarks.values().stream().filter(m -> m.task().equals(task)).toList();
            }

            private List<Task> byAssignment(Predicate<Task> filter) {
                return tasks.values().stream().filter(filter).sorted(OLDEST_ASSIGNMENT_FIRST).toList();
            }
        };
    }

    /** Assessment cycles. */
    @Override
    public AssessmentCycleStore assessmentCycles() {
        return new AssessmentCycleStore() {
            @Override
            public AssessmentCycle add(AssessmentCycle cycle) {
                var stored = withVersion(cycle, 1);
                insert(cycles, cycle.id(), stored, "assessment cycle");
                return stored;
            }

            @Override
            public AssessmentCycle update(AssessmentCycle cycle) {
                return replace(cycles, cycle.id(), cycle.version(), AssessmentCycle::version,
                        withVersion(cycle, cycle.version() + 1), "assessment cycle");
            }

            @Override
            public Optional<AssessmentCycle> find(AssessmentCycleId id) {
                return Optional.ofNullable(cycles.get(id));
            }

            @Override
            public List<AssessmentCycle> all() {
                return cycles.values().stream().sorted(Comparator.comparing(AssessmentCycle::from)
                        .thenComparing(c -> c.id().value())).toList();
            }

            private AssessmentCycle withVersion(AssessmentCycle c, long version) {
                return new AssessmentCycle(c.id(), c.name(), c.from(), c.to(), c.zone(), c.scope(), c.status(),
                        c.openedAt(), c.openedBy(), c.finalizedAt(), c.finalizedBy(), version);
            }
        };
    }

    /** Evaluations, append-only, one per cycle, evaluated employee and evaluator. */
    @Override
    public EvaluationStore evaluations() {
        return new EvaluationStore() {
            @Override
            public void add(Evaluation evaluation) {
                state.inTransaction(() -> {
                    if (evaluations.values().stream().anyMatch(e -> e.id().equals(evaluation.id()))) {
                        throw ConflictException.duplicate("evaluation", evaluation.id());
                    }
                    insert(evaluations, List.of(evaluation.cycle().value(), evaluation.evaluated().value(),
                            evaluation.evaluator().value()), evaluation, "evaluation");
                    return null;
                });
            }

            @Override
            public List<Evaluation> inCycle(AssessmentCycleId cycle) {
                return evaluations.values().stream().filter(e -> e.cycle().equals(cycle))
                        .sorted(Comparator.comparing((Evaluation e) -> e.evaluated().value())
                                .thenComparing(Evaluation::submittedAt).thenComparing(e -> e.id().value()))
                        .toList();
            }

            @Override
            public List<Evaluation> inCycleOf(AssessmentCycleId cycle, Collection<EmployeeId> evaluated) {
                var wanted = Set.copyOf(evaluated);
                return inCycle(cycle).stream().filter(e -> wanted.contains(e.evaluated())).toList();
            }

            @Override
            public List<Evaluation> of(AssessmentCycleId cycle, EmployeeId evaluated) {
                return inCycle(cycle).stream().filter(e -> e.evaluated().equals(evaluated)).toList();
            }
        };
    }

    /** Finalized grades, append-only, one per cycle and employee. */
    @Override
    public CycleGradeStore cycleGrades() {
        return new CycleGradeStore() {
            @Override
            public void add(CycleGrade grade) {
                insert(grades, List.of(grade.cycle().value(), grade.employee().value()), grade, "grade");
            }

            @Override
            public Optional<CycleGrade> find(AssessmentCycleId cycle, EmployeeId employee) {
                return Optional.ofNullable(grades.get(List.of(cycle.value(), employee.value())));
            }

            @Override
            public List<CycleGrade> inCycle(AssessmentCycleId cycle) {
                return grades.values().stream().filter(g -> g.cycle().equals(cycle))
                        .sorted(Comparator.comparing(g -> g.employee().value())).toList();
            }

            @Override
            public List<CycleGrade> of(EmployeeId employee) {
                return grades.values().stream().filter(g -> g.employee().equals(employee))
                        .sorted(Comparator.comparing(CycleGrade::periodTo).thenComparing(g -> g.cycle().value()))
                        .toList();
            }
        };
    }

    /** Rewards, unique by id and by natural key. */
    @Override
    public RewardStore rewards() {
        return new RewardStore() {
            @Override
            public Reward add(Reward reward) {
                var stored = withVersion(reward, 1);
                state.inTransaction(() -> {
                    if (find(reward.key()).isPresent()) {
                        throw ConflictException.duplicate("reward", reward.key());
                    }
                    insert(rewards, reward.id(), stored, "reward");
                    return null;
                });
                return stored;
            }

            @Override
            public Reward update(Reward reward) {
                return replace(rewards, reward.id(), reward.version(), Reward::version,
                        withVersion(reward, reward.version() + 1), "reward");
            }

            @Override
            public Optional<Reward> find(RewardId id) {
                return Optional.ofNullable(rewards.get(id));
            }

            @Override
            public Optional<Reward> find(RewardKey key) {
                return rewards.values().stream().filter(r -> r.key().equals(key)).findFirst();
            }

            @Override
            public List<Reward> of(EmployeeId employee) {
                return all().stream().filter(r -> r.employee().equals(employee)).toList();
            }

            @Override
            public List<Reward> all() {
                return rewards.values().stream()
                        .sorted(Comparator.comparing(Reward::proposedAt).thenComparing(r -> r.id().value())).toList();
            }

            private Reward withVersion(Reward r, long version) {
                return new Reward(r.id(), r.employee(), r.ruleId(), r.trigger(), r.source(), r.kinds(), r.bonus(),
                        r.citation(), r.decisionId(), r.history(), version);
            }
        };
    }

    /** Employee suggestions. */
    @Override
    public SuggestionStore suggestions() {
        return new SuggestionStore() {
            @Override
            public Suggestion add(Suggestion suggestion) {
                var stored = withVersion(suggestion, 1);
                insert(suggestions, suggestion.id(), stored, "suggestion");
                return stored;
            }

            @Override
            public Suggestion update(Suggestion suggestion) {
                return replace(suggestions, suggestion.id(), suggestion.version(), Suggestion::version,
                        withVersion(suggestion, suggestion.version() + 1), "suggestion");
            }

            @Override
            public Optional<Suggestion> find(SuggestionId id) {
                return Optional.ofNullable(suggestions.get(id));
            }

            @Override
            public List<Suggestion> all() {
                return suggestions.values().stream()
                        .sorted(Comparator.comparing(Suggestion::submittedAt).thenComparing(s -> s.id().value()))
                        .toList();
            }

            private Suggestion withVersion(Suggestion s, long version) {
                return new Suggestion(s.id(), s.author(), s.title(), s.text(), s.area(), s.reviewer(), s.history(),
                        version);
            }
        };
    }

    /** Supervision observations and service findings, append-only. */
    @Override
    public SupervisionStore supervision() {
        return new SupervisionStore() {
            @Override
            public Observation add(Observation observation) {
                insert(observations, observation.id(), observation, "service observation");
                return observation;
            }

            @Override
            public Optional<Observation> find(ObservationId id) {
                return Optional.ofNullable(observations.get(id));
            }

            @Override
            public ServiceFinding add(ServiceFinding finding) {
                insert(findings, finding.id(), finding, "service finding");
                return finding;
            }

            @Override
            public List<ServiceFinding> findingsOf(EmployeeId employee) {
                return findings.values().stream().filter(f -> f.employee().equals(employee))
                        .sorted(Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id))
                        .toList();
            }

            @Override
            public Map<EmployeeId, List<ServiceFinding>> findingsOfAll(Collection<EmployeeId> employees) {
                return grouped(employees, findings.values(), ServiceFinding::employee,
                        Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id));
            }
        };
    }

    /** Service evaluation periods, with optimistic locking; internal scores; results and follow-ups, append-only. */
    @Override
    public ServiceEvaluationStore serviceEvaluations() {
        return new ServiceEvaluationStore() {
            @Override
            public ServiceEvaluationPeriod add(ServiceEvaluationPeriod period) {
                var stored = atVersion(period, 1);
                insert(servicePeriods, period.id(), stored, "service evaluation period");
                return stored;
            }

            @Override
            public ServiceEvaluationPeriod update(ServiceEvaluationPeriod period) {
                return replace(servicePeriods, period.id(), period.version(), ServiceEvaluationPeriod::version,
                        atVersion(period, period.version() + 1), "service evaluation period");
            }

            @Override
            public Optional<ServiceEvaluationPeriod> period(ServiceEvaluationPeriodId id) {
                return Optional.ofNullable(servicePeriods.get(id));
            }

            @Override
            public List<ServiceEvaluationPeriod> periods() {
                return servicePeriods.values().stream().sorted(Comparator.comparing(ServiceEvaluationPeriod::from)
                        .thenComparing(p -> p.id().value())).toList();
            }

            @Override
            public InternalScore put(InternalScore score) {
                internalScores.put(List.of(score.period().value(), score.employee().value(), score.role().name()),
                        score);
                return score;
            }

            @Override
            public List<InternalScore> scoresIn(ServiceEvaluationPeriodId period) {
                return internalScores.values().stream().filter(s -> s.period().equals(period))
                        .sorted(Comparator.comparing((InternalScore s) -> s.employee().value())
                                .thenComparing(InternalScore::role)).toList();
            }

            @Override
            public void addResults(List<ServiceEvaluationResult> results) {
                state.inTransaction(() -> {
                    results.forEach(r -> insert(serviceResults, r.id(), r, "service evaluation result"));
                    return null;
                });
            }

            @Override
            public List<ServiceEvaluationResult> resultsIn(ServiceEvaluationPeriodId period) {
                return serviceResults.values().stream().filter(r -> r.period().equals(period))
                        .sorted(Comparator.comparing(r -> r.employee().value())).toList();
            }

            @Override
            public List<ServiceEvaluationResult> resultsOfAll(Collection<EmployeeId> employees) {
                var wanted = Set.copyOf(employees);
                return serviceResults.values().stream().filter(r -> wanted.contains(r.employee()))
                        .sorted(Comparator.comparing((ServiceEvaluationResult r) -> r.employee().value())
                                .thenComparing(ServiceEvaluationResult::periodTo)
                                .thenComparing(ServiceEvaluationResult::id)).toList();
            }

            @Override
            public void addFollowUps(List<ServiceTrainingFollowUp> added) {
                state.inTransaction(() -> {
                    added.forEach(f -> insert(followUps, f.id(), f, "service training follow-up"));
                    return null;
                });
            }

            @Override
            public List<ServiceTrainingFollowUp> followUpsOf(EmployeeId employee) {
                return followUps.values().stream().filter(f -> f.employee().equals(employee))
                        .sorted(Comparator.comparing(ServiceTrainingFollowUp::createdAt)
                                .thenComparing(ServiceTrainingFollowUp::id)).toList();
            }
        };
    }

    private static ServiceEvaluationPeriod atVersion(ServiceEvaluationPeriod p, long version) {
        return new ServiceEvaluationPeriod(p.id(), p.name(), p.from(), p.to(), p.zone(), p.scope(), p.status(),
                p.openedAt(), p.openedBy(), p.finalisedAt(), p.finalisedBy(), version);
    }

    /** The customer-score ledger, append-only. */
    @Override
    public CustomerScoreStore customerScores() {
        return new CustomerScoreStore() {
            @Override
            public CustomerScore add(CustomerScore score) {
                insert(customerScores, score.id(), score, "customer score");
                return score;
            }

            @Override
            public List<CustomerScore> ofAll(Collection<EmployeeId> employees, Instant from, Instant until) {
                var wanted = Set.copyOf(employees);
                return customerScores.values().stream().filter(c -> wanted.contains(c.employee()))
                        .filter(c -> !c.givenAt().isBefore(from) && c.givenAt().isBefore(until))
                        .sorted(Comparator.comparing(CustomerScore::givenAt).thenComparing(CustomerScore::id)).toList();
            }
        };
    }

    /** Service cases with their return trips and visits, and the marks of their shortfalls. */
    @Override
    public ServiceRecordStore serviceRecords() {
        return new ServiceRecordStore() {
            @Override
            public ServiceCase add(ServiceCase serviceCase) {
                var stored = serviceCase.atVersion(1);
                insert(serviceCases, serviceCase.id(), stored, "service case");
                return stored;
            }

            @Override
            public ServiceCase update(ServiceCase serviceCase) {
                return replace(serviceCases, serviceCase.id(), serviceCase.version(), ServiceCase::version,
                        serviceCase.atVersion(serviceCase.version() + 1), "service case");
            }

            @Override
            public Optional<ServiceCase> find(ServiceCaseId id) {
                return Optional.ofNullable(serviceCases.get(id));
            }

            @Override
            public List<ServiceCase> handledBy(EmployeeId handler) {
                return serviceCases.values().stream().filter(c -> c.handler().equals(handler))
                        .sorted(OLDEST_CASE_FIRST).toList();
            }

            @Override
            public List<ServiceCase> dueForSweep(Instant asOf) {
                return serviceCases.values().stream()
                        .filter(c -> ServiceRecordRules.dueMarks(c, asOf).stream()
                                .anyMatch(m -> serviceRecordMarks.get(m.key()) == null))
                        .sorted(OLDEST_CASE_FIRST).toList();
            }

            @Override
            public boolean markOnce(ServiceRecordMark mark) {
                return state.inTransaction(() -> {
                    if (serviceRecordMarks.get(mark.key()) != null) {
                        return false;
                    }
                    serviceRecordMarks.put(mark.key(), mark);
                    return true;
                });
            }

            @Override
            public List<ServiceRecordMark> marks(ServiceCaseId serviceCase) {
                return serviceRecordMarks.values().stream().filter(m -> m.serviceCase().equals(serviceCase)).toList();
            }
        };
    }

    /** Requests between departments, with optimistic locking, and the marks of their late replies. */
    @Override
    public DepartmentRequestStore departmentRequests() {
        return new DepartmentRequestStore() {
            @Override
            public DepartmentRequest add(DepartmentRequest request) {
                var stored = request.atVersion(1);
                insert(departmentRequests, request.id(), stored, "department request");
                return stored;
            }

            @Override
            public DepartmentRequest update(DepartmentRequest request) {
                return replace(departmentRequests, request.id(), request.version(), DepartmentRequest::version,
                        request.atVersion(request.version() + 1), "department request");
            }

            @Override
            public Optional<DepartmentRequest> find(DepartmentRequestId id) {
                return Optional.ofNullable(departmentRequests.get(id));
            }

            @Override
            public List<DepartmentRequest> ofDepartment(DepartmentId department) {
                return departmentRequests.values().stream().filter(r -> r.fromDepartment().equals(department)
                        || r.toDepartment().equals(department)).sorted(OLDEST_REQUEST_FIRST).toList();
            }

            @Override
            public List<DepartmentRequest> dueForSweep(Instant asOf) {
                return departmentRequests.values().stream().filter(r -> DepartmentRequestRules.overdue(r, asOf)
                        && departmentRequestMarks.get(r.id()) == null).sorted(OLDEST_REQUEST_FIRST).toList();
            }

            @Override
            public boolean markOnce(DepartmentRequestId request, Instant markedAt) {
                return state.inTransaction(() -> {
                    if (departmentRequestMarks.get(request) != null) {
                        return false;
                    }
                    departmentRequestMarks.put(request, markedAt);
                    return true;
                });
            }

            @Override
            public Optional<Instant> markedAt(DepartmentRequestId request) {
                return Optional.ofNullable(departmentRequestMarks.get(request));
            }
        };
    }

    /** Customer feedback items, with optimistic locking, their token hashes, and their checkpoints and fired marks. */
    @Override
    public FeedbackStore feedback() {
        return new FeedbackStore() {
            @Override
            public FeedbackItem add(FeedbackItem item) {
                var stored = item.atVersion(1);
                return state.inTransaction(() -> {
                    if (feedbackByTokenHash.get(item.trackingTokenHash()) != null) {
                        throw ConflictException.duplicate("feedback tracking token", "of item " + item.id());
                    }
                    insert(feedbackItems, item.id(), stored, "feedback item");
                    feedbackByTokenHash.put(item.trackingTokenHash(), item.id());
                    return stored;
                });
            }

            @Override
            public FeedbackItem update(FeedbackItem item) {
                return replace(feedbackItems, item.id(), item.version(), FeedbackItem::version,
                        item.atVersion(item.version() + 1), "feedback item");
            }

            @Override
            public Optional<FeedbackItem> find(FeedbackItemId id) {
                return Optional.ofNullable(feedbackItems.get(id));
            }

            @Override
            public Optional<FeedbackItem> findByTokenHash(String trackingTokenHash) {
                return Optional.ofNullable(feedbackByTokenHash.get(trackingTokenHash)).map(feedbackItems::get);
            }

            @Override
            public List<FeedbackItem> ofDepartment(DepartmentId department) {
                return feedbackItems.values().stream().filter(i -> i.department().filter(department::equals)
                        .isPresent()).sorted(OLDEST_FEEDBACK_FIRST).toList();
            }

            @Override
            public List<FeedbackItem> all() {
                return feedbackItems.values().stream().sorted(OLDEST_FEEDBACK_FIRST).toList();
            }

            @Override
            public void schedule(FeedbackItemId item, List<FeedbackCheckpoint> checkpoints) {
                state.inTransaction(() -> {
                    var fired = fired(item);
                    feedbackScheduled.put(item, checkpoints.stream().filter(c -> !fired.containsKey(c.key()))
                            .sorted(EARLIEST_CHECKPOINT_FIRST).toList());
                    return null;
                });
            }

            @Override
            public List<FeedbackCheckpoint> scheduled(FeedbackItemId item) {
                return Optional.ofNullable(feedbackScheduled.get(item)).orElse(List.of());
            }

            @Override
            public List<FeedbackItemId> dueCheckpoints(Instant asOf) {
                return state.inTransaction(() -> feedbackItems.values().stream()
                        .flatMap(i -> scheduled(i.id()).stream().filter(c -> !c.at().isAfter(asOf)).limit(1)
                                .map(c -> Map.entry(i.id(), c)))
                        .sorted(Map.Entry.<FeedbackItemId, FeedbackCheckpoint>comparingByValue(EARLIEST_CHECKPOINT_FIRST)
                                .thenComparing(e -> e.getKey().value()))
                        .map(Map.Entry::getKey).toList());
            }

            @Override
            public boolean fireOnce(FeedbackItemId item, String key, Instant at) {
                return state.inTransaction(() -> {
                    feedbackScheduled.put(item, scheduled(item).stream().filter(c -> !c.key().equals(key)).toList());
                    var fired = fired(item);
                    if (fired.containsKey(key)) {
                        return false;
                    }
                    var marks = new TreeMap<>(fired);
                    marks.put(key, at);
                    feedbackFired.put(item, Collections.unmodifiableMap(marks));
                    return true;
                });
            }

            @Override
            public Map<String, Instant> fired(FeedbackItemId item) {
                return Optional.ofNullable(feedbackFired.get(item)).orElse(Map.of());
            }
        };
    }

    /** Peer service problem reports, with optimistic locking. */
    @Override
    public ServiceReportStore serviceReports() {
        return new ServiceReportStore() {
            @Override
            public ServiceReport add(ServiceReport report) {
                var stored = report.atVersion(1);
                insert(serviceReports, report.id(), stored, "service report");
                return stored;
            }

            @Override
            public ServiceReport update(ServiceReport report) {
                return replace(serviceReports, report.id(), report.version(), ServiceReport::version,
                        report.atVersion(report.version() + 1), "service report");
            }

            @Override
            public Optional<ServiceReport> find(ServiceReportId id) {
                return Optional.ofNullable(serviceReports.get(id));
            }

            @Override
            public List<ServiceReport> filedBy(EmployeeId reporter) {
                return all().stream().filter(r -> r.reporter().filter(reporter::equals).isPresent()).toList();
            }

            @Override
            public List<ServiceReport> addressedTo(EmployeeId superior) {
                return all().stream().filter(r -> r.superior().filter(superior::equals).isPresent()).toList();
            }

            @Override
            public List<ServiceReport> all() {
                return serviceReports.values().stream().sorted(Comparator.comparing(ServiceReport::reportedAt)
                        .thenComparing(r -> r.id().value())).toList();
            }
        };
    }

    /** Idempotency keys, one record per actor and key. */
    @Override
    public IdempotencyRecords idempotencyRecords() {
        return new IdempotencyRecords() {
            @Override
            public Optional<IdempotencyRecord> find(EmployeeId actor, String key) {
                return Optional.ofNullable(idempotency.get(List.of(actor.value(), key)));
            }

            @Override
            public void add(IdempotencyRecord record) {
                state.inTransaction(() -> {
                    var id = List.of(record.actor().value(), record.key());
                    if (idempotency.get(id) != null) {
                        throw ConflictException.duplicate("idempotency key", record.key());
                    }
                    idempotency.put(id, record);
                    return null;
                });
            }

            @Override
            public void complete(EmployeeId actor, String key, String response) {
                state.inTransaction(() -> {
                    var id = List.of(actor.value(), key);
                    var current = idempotency.get(id);
                    if (current == null) {
                        throw new NotFoundException("idempotency key", key);
                    }
                    if (current.response().isPresent()) {
                        throw ConflictException.illegalTransition("idempotency key", key, "answered", "complete");
                    }
                    idempotency.put(id, current.withResponse(response));
                    return null;
                });
            }
        };
    }

    /** Requests for the sponsorship of external training, with optimistic locking. */
    @Override
    public SponsorshipStore sponsorships() {
        var oldestFirst = Comparator.comparing(Sponsorship::requestedAt).thenComparing(r -> r.id().value());
        return new SponsorshipStore() {
            @Override
            public Sponsorship add(Sponsorship sponsorship) {
                var stored = sponsorship.atVersion(1);
                insert(sponsorships, sponsorship.id(), stored, "sponsorship");
                return stored;
            }

            @Override
            public Sponsorship update(Sponsorship sponsorship) {
                return replace(sponsorships, sponsorship.id(), sponsorship.version(), Sponsorship::version,
                        sponsorship.atVersion(sponsorship.version() + 1), "sponsorship");
            }

            @Override
            public Optional<Sponsorship> find(SponsorshipId id) {
                return Optional.ofNullable(sponsorships.get(id));
            }

            @Override
            public List<Sponsorship> ofEmployee(EmployeeId employee) {
                return sponsorships.values().stream().filter(r -> r.employee().equals(employee)).sorted(oldestFirst)
                        .toList();
            }

            @Override
            public List<Sponsorship> requested() {
                return sponsorships.values().stream().filter(r -> r.status() == SponsorshipStatus.REQUESTED)
                        .sorted(oldestFirst).toList();
            }
        };
    }

    /** Development plans, with optimistic locking. */
    @Override
    public DevelopmentPlanStore developmentPlans() {
        return new DevelopmentPlanStore() {
            @Override
            public DevelopmentPlan add(DevelopmentPlan plan) {
                var stored = plan.atVersion(1);
                insert(developmentPlans, plan.id(), stored, "development plan");
                return stored;
            }

            @Override
            public DevelopmentPlan update(DevelopmentPlan plan) {
                return replace(developmentPlans, plan.id(), plan.version(), DevelopmentPlan::version,
                        plan.atVersion(plan.version() + 1), "development plan");
            }

            @Override
            public Optional<DevelopmentPlan> find(DevelopmentPlanId id) {
                return Optional.ofNullable(developmentPlans.get(id));
            }

            @Override
            public List<DevelopmentPlan> ofEmployee(EmployeeId employee) {
                return developmentPlans.values().stream().filter(p -> p.employee().equals(employee))
                        .sorted(Comparator.comparing(DevelopmentPlan::proposedAt).thenComparing(p -> p.id().value()))
                        .toList();
            }
        };
    }

    /** The training programmes each employee completed; {@link InMemoryCompletedProgrammes#record} adds one. */
    @Override
    public InMemoryCompletedProgrammes completedProgrammes() {
        return completedProgrammes;
    }

    /** Internal selections and their applications, with optimistic locking. */
    @Override
    public SelectionStore selections() {
        return new SelectionStore() {
            @Override
            public Selection add(Selection selection) {
                var stored = selection.atVersion(1);
                insert(selections, selection.id(), stored, "selection");
                return stored;
            }

            @Override
            public Selection update(Selection selection) {
                return replace(selections, selection.id(), selection.version(), Selection::version,
                        selection.atVersion(selection.version() + 1), "selection");
            }

            @Override
            public Optional<Selection> find(SelectionId id) {
                return Optional.ofNullable(selections.get(id));
            }

            @Override
            public List<Selection> all() {
                return selections.values().stream().sorted(Comparator.comparing(Selection::openedAt).reversed()
                        .thenComparing(s -> s.id().value())).toList();
            }
        };
    }

    private <K, V> void insert(InMemoryState.Table<K, V> table, K key, V value, String kind) {
        state.inTransaction(() -> {
            if (table.get(key) != null) {
                throw ConflictException.duplicate(kind, key);
            }
            table.put(key, value);
            return null;
        });
    }

    private <K, V> V replace(InMemoryState.Table<K, V> table, K key, long expected, Function<V, Long> version, V next,
                             String kind) {
        return state.inTransaction(() -> {
            var current = table.get(key);
            if (current == null) {
                throw new NotFoundException(kind, key);
            }
            if (version.apply(current) != expected) {
                throw ConflictException.staleVersion(kind, key);
            }
            table.put(key, next);
            return next;
        });
    }

    /**
     * One entry per distinct key of {@code keys}, in their order, holding the {@code rows} of that
     * key sorted by {@code order}; found in one pass over the rows rather than one per key.
     */
    private static <T> Map<EmployeeId, List<T>> grouped(Collection<EmployeeId> keys, List<T> rows,
                                                        Function<T, EmployeeId> keyOf, Comparator<T> order) {
        var byKey = new LinkedHashMap<EmployeeId, List<T>>();
        keys.forEach(key -> byKey.put(Objects.requireNonNull(key, "key"), new ArrayList<>()));
        for (var row : rows) {
            var of = byKey.get(keyOf.apply(row));
            if (of != null) {
                of.add(row);
            }
        }
        byKey.replaceAll((key, of) -> of.stream().sorted(order).toList());
        return byKey;
    }

    private static <T> List<T> sorted(List<T> rows, Function<T, String> key) {
        var copy = new ArrayList<>(rows);
        copy.sort(Comparator.comparing(key));
        return copy;
    }
}
