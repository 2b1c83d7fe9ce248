package org.servicepolicy;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.assessment.AssessmentService;
import org.servicepolicy.assessment.AssessmentStores;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.assessment.EvaluationStore;
import org.servicepolicy.career.CareerService;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.idempotency.IdempotencyService;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.DisciplineStores;
import org.servicepolicy.discipline.LeaveRequestStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.events.EventFeed;
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.PeopleService;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rewards.RewardService;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.suggestions.SuggestionService;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.TaskService;
import org.servicepolicy.tasks.TaskStore;

/**
 * The library's entry point: the use cases of the policy, wired to the ports an application
 * provides. {@code ServicePolicy.builder().inMemory().build()} runs without a database;
 * an application with a database passes the JDBC adapter's stores instead.
 */
public final class ServicePolicy {
    private final PolicyService policies;
    private final PeopleService people;
    private final DisciplineService discipline;
    private final DecisionService decisions;
    private final EventFeed eventFeed;
    private final TaskService tasks;
    private final RewardService rewards;
    private final AssessmentService assessment;
    private final CareerService career;
    private final SuggestionService suggestions;
    private final IdempotencyService idempotency;

    private ServicePolicy(Builder b) {
        this.policies = new PolicyService(b.policyCatalog, b.transactions, b.events, b.audit, b.clock);
        this.people = new PeopleService(b.employees, b.departments, policies, b.transactions, b.events, b.audit, b.ids,
                b.clock);
        this.discipline = new DisciplineService(new UnitOfWork<>(new DisciplineStores(b.violations, b.penalties,
                b.leaveRequests, b.employees), b.transactions, b.decisions, b.events, b.audit, b.ids, b.clock), policies);
        this.decisions = new DecisionService(b.decisions, b.employees);
        this.eventFeed = new EventFeed(b.eventLog);
        this.tasks = new TaskService(b.tasks, b.employees, b.departments, discipline, policies, b.transactions, b.events,
                b.audit, b.ids, b.clock);
        this.rewards = new RewardService(b.rewards, b.employees, b.decisions, policies, b.transactions, b.events,
                b.audit, b.ids, b.clock);
        this.assessment = new AssessmentService(new UnitOfWork<>(new AssessmentStores(b.assessmentCycles,
                b.evaluations, b.cycleGrades, new TaskFactsOfTasks(b.tasks, policies, b.clock), b.violations,
                b.penalties, b.employees, b.departments), b.transactions, b.decisions, b.events, b.audit, b.ids,
                b.clock), policies, rewards);
        this.career = new CareerService(b.employees, b.departments, b.cycleGrades, b.penalties, b.decisions, policies,
                b.transactions, b.events, b.audit, b.ids, b.clock);
        this.suggestions = new SuggestionService(b.suggestions, b.employees, rewards, b.transactions, b.events,
                b.audit, b.ids, b.clock);
        this.idempotency = new IdempotencyService(b.idempotencyRecords, b.transactions, b.clock);
    }

    /** A builder that needs every port, or {@link Builder#inMemory()} for all of them. */
    public static Builder builder() {
        return new Builder();
    }

    /** Policy versions (§1.3.4). */
    public PolicyService policies() {
        return policies;
    }

    /** Departments and employees (§1.2). */
    public PeopleService people() {
        return people;
    }

    /** Violations, penalties and leave (§3.2, §3.3.3). */
    public DisciplineService discipline() {
        return discipline;
    }

    /** Stored decisions and their explanations. */
    public DecisionService decisions() {
        return decisions;
    }

    /** The outbox as a feed of what happened, for delivery to other systems (HR only). */
    public EventFeed eventFeed() {
        return eventFeed;
    }

    /** Work assignments: from assignment to reviewed completion, and their compliance facts (§3.1). */
    public TaskService tasks() {
        return tasks;
    }

    /** Compliance assessment cycles, evaluations and grades (§3.3.1). */
    public AssessmentService assessment() {
        return assessment;
    }

    /** Rewards and public commendations (§3.3.2, §2.3.3, §2.3.1, §5.2.1). */
    public RewardService rewards() {
        return rewards;
    }

    /** Promotion eligibility (§4.3.2). */
    public CareerService career() {
        return career;
    }

    /** Employee suggestions (§5.2.1). */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** Idempotent commands: a retry with the caller's key answers the first result instead of running again. */
    public IdempotencyService idempotency() {
        return idempotency;
    }

    /** Collects the ports; {@link #build()} checks that every one was given. */
    public static final class Builder {
        private Clock clock = StoredPrecision.clock(Clock.systemUTC());
        private IdGenerator ids = IdGenerator.randomUuids();
        private Transactions transactions;
        private EventPublisher events;
        private EventLog eventLog;
        private AuditTrail audit;
        private DecisionStore decisions;
        private PolicyCatalog policyCatalog;
        private EmployeeStore employees;
        private DepartmentStore departments;
        private ViolationStore violations;
        private PenaltyStore penalties;
        private LeaveRequestStore leaveRequests;
        private AssessmentCycleStore assessmentCycles;
        private EvaluationStore evaluations;
        private CycleGradeStore cycleGrades;
        private TaskStore tasks;
        private RewardStore rewards;
        private SuggestionStore suggestions;
        private IdempotencyRecords idempotencyRecords;

        private Builder() {
        }

        /** Uses {@code stores} for every port: the library without a database. */
        public Builder inMemory(InMemoryStores stores) {
            return transactions(stores.transactions()).events(stores.eventPublisher()).eventLog(stores.eventLog())
                    .audit(stores.auditTrail())
                    .decisions(stores.decisions()).policyCatalog(stores.policies()).employees(stores.employees())
                    .departments(stores.departments()).violations(stores.violations()).penalties(stores.penalties())
                    .leaveRequests(stores.leaveRequests()).tasks(stores.tasks())
                    .assessmentCycles(stores.assessmentCycles()).evaluations(stores.evaluations())
                    .cycleGrades(stores.cycleGrades()).rewards(stores.rewards())
                    .suggestions(stores.suggestions()).idempotencyRecords(stores.idempotencyRecords());
        }

        /** Uses new, empty in-memory stores for every port. */
        public Builder inMemory() {
            return inMemory(new InMemoryStores());
        }

        /**
         * The clock every decision takes its time from (default: the system's UTC clock), read
         * to the microsecond ({@link StoredPrecision}) so that every instant the library stamps
         * reads back from the stores as it was answered.
         */
        public Builder clock(Clock value) {
            this.clock = StoredPrecision.clock(Objects.requireNonNull(value, "clock"));
            return this;
        }

        /** The source of new identifiers (default: random UUIDs). */
        public Builder ids(IdGenerator value) {
            this.ids = Objects.requireNonNull(value, "ids");
            return this;
        }

        /** The transaction port. */
        public Builder transactions(Transactions value) {
            this.transactions = Objects.requireNonNull(value, "transactions");
            return this;
        }

        /** The event outbox. */
        public Builder events(EventPublisher value) {
            this.events = Objects.requireNonNull(value, "events");
            return this;
        }

        /** The outbox's reading side, behind the event feed. */
        public Builder eventLog(EventLog value) {
            this.eventLog = Objects.requireNonNull(value, "eventLog");
            return this;
        }

        /** The audit trail. */
        public Builder audit(AuditTrail value) {
            this.audit = Objects.requireNonNull(value, "audit");
            return this;
        }

        /** The decision store. */
        public Builder decisions(DecisionStore value) {
            this.decisions = Objects.requireNonNull(value, "decisions");
            return this;
        }

        /** The policy catalog. */
        public Builder policyCatalog(PolicyCatalog value) {
            this.policyCatalog = Objects.requireNonNull(value, "policyCatalog");
            return this;
        }

        /** The employee store. */
        public Builder employees(EmployeeStore value) {
            this.employees = Objects.requireNonNull(value, "employees");
            return this;
        }

        /** The department store. */
        public Builder departments(DepartmentStore value) {
            this.departments = Objects.requireNonNull(value, "departments");
            return this;
        }

        /** The violation store. */
        public Builder violations(ViolationStore value) {
            this.violations = Objects.requireNonNull(value, "violations");
            return this;
        }

        /** The penalty store. */
        public Builder penalties(PenaltyStore value) {
            this.penalties = Objects.requireNonNull(value, "penalties");
            return this;
        }

        /** The leave-request store. */
        public Builder leaveRequests(LeaveRequestStore value) {
            this.leaveRequests = Objects.requireNonNull(value, "leaveRequests");
            return this;
        }

        /** The assessment-cycle store. */
        public Builder assessmentCycles(AssessmentCycleStore value) {
            this.assessmentCycles = Objects.requireNonNull(value, "assessmentCycles");
            return this;
        }

        /** The evaluation store. */
        public Builder evaluations(EvaluationStore value) {
            this.evaluations = Objects.requireNonNull(value, "evaluations");
            return this;
        }

        /** The store of finalized grades. */
        public Builder cycleGrades(CycleGradeStore value) {
            this.cycleGrades = Objects.requireNonNull(value, "cycleGrades");
            return this;
        }

        /** The task store. */
        public Builder tasks(TaskStore value) {
            this.tasks = Objects.requireNonNull(value, "tasks");
            return this;
        }

        /** The reward store. */
        public Builder rewards(RewardStore value) {
            this.rewards = Objects.requireNonNull(value, "rewards");
            return this;
        }

        /** The suggestion store. */
        public Builder suggestions(SuggestionStore value) {
            this.suggestions = Objects.requireNonNull(value, "suggestions");
            return this;
        }

        /** The store of idempotency keys. */
        public Builder idempotencyRecords(IdempotencyRecords value) {
            this.idempotencyRecords = Objects.requireNonNull(value, "idempotencyRecords");
            return this;
        }

        /**
         * The wired library.
         *
         * @throws IllegalStateException naming every port that was not given
         */
        public ServicePolicy build() {
            var ports = new LinkedHashMap<String, Object>();
            ports.put("transactions", transactions);
            ports.put("events", events);
            ports.put("eventLog", eventLog);
            ports.put("audit", audit);
            ports.put("decisions", decisions);
            ports.put("policyCatalog", policyCatalog);
            ports.put("employees", employees);
            ports.put("departments", departments);
            ports.put("violations", violations);
            ports.put("penalties", penalties);
            ports.put("leaveRequests", leaveRequests);
            ports.put("assessmentCycles", assessmentCycles);
            ports.put("evaluations", evaluations);
            ports.put("cycleGrades", cycleGrades);
            ports.put("tasks", tasks);
            ports.put("rewards", rewards);
            ports.put("suggestions", suggestions);
            ports.put("idempotencyRecords", idempotencyRecords);
            var missing = ports.entrySet().stream().filter(port -> port.getValue() == null).map(Map.Entry::getKey)
                    .toList();
            if (!missing.isEmpty()) {
                throw new IllegalStateException("ServicePolicy needs these ports: " + String.join(", ", missing));
            }
            return new ServicePolicy(this);
        }
    }
}
