package org.servicepolicy;

import java.time.Clock;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Supplier;
import org.servicepolicy.assessment.AssessmentService;
import org.servicepolicy.assessment.AssessmentStores;
import org.servicepolicy.career.CareerService;
import org.servicepolicy.career.CareerStores;
import org.servicepolicy.career.DevelopmentPlanService;
import org.servicepolicy.career.DevelopmentPlanStores;
import org.servicepolicy.career.SelectionService;
import org.servicepolicy.career.SelectionStores;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.DisciplineStores;
import org.servicepolicy.events.EventFeed;
import org.servicepolicy.feedback.FeedbackService;
import org.servicepolicy.feedback.FeedbackStores;
import org.servicepolicy.feedback.FeedbackTokens;
import org.servicepolicy.idempotency.IdempotencyService;
import org.servicepolicy.kernel.ExpectedRead;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.meetings.MeetingService;
import org.servicepolicy.meetings.MeetingStores;
import org.servicepolicy.meetings.ResponderService;
import org.servicepolicy.people.PeopleService;
import org.servicepolicy.people.PeopleStores;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.ports.Ports;
import org.servicepolicy.rewards.RewardService;
import org.servicepolicy.rewards.RewardStores;
import org.servicepolicy.service.ServiceStores;
import org.servicepolicy.service.ServiceReportService;
import org.servicepolicy.service.ServiceReportStores;
import org.servicepolicy.service.ServiceCaseService;
import org.servicepolicy.service.ServiceRecordStores;
import org.servicepolicy.service.ServiceSweep;
import org.servicepolicy.service.DepartmentRequestService;
import org.servicepolicy.service.DepartmentRequestStores;
import org.servicepolicy.service.SupervisionService;
import org.servicepolicy.service.evaluation.ServiceEvaluationService;
import org.servicepolicy.service.evaluation.ServiceEvaluationStores;
import org.servicepolicy.suggestions.SuggestionService;
import org.servicepolicy.suggestions.SuggestionStores;
import org.servicepolicy.tasks.TaskService;
import org.servicepolicy.tasks.TaskStores;
import org.servicepolicy.training.sponsorship.SponsorshipService;
import org.servicepolicy.training.sponsorship.SponsorshipStores;
import org.servicepolicy.training.TrainingService;
import org.servicepolicy.training.TrainingStores;

/**
 * The library's entry point: the use cases of the policy, wired to the {@link Ports} an
 * application provides: {@code ServicePolicy.builder().ports(stores).build()}, with the stores of
 * an adapter, such as the in-memory adapter's ({@code new InMemoryStores()}, module
 * {@code policy-inmemory}) or the JDBC adapter's.
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
    private final SupervisionService supervision;
    private final ServiceReportService serviceReports;
    private final ServiceCaseService serviceCases;
    private final ServiceSweep serviceSweep;
    private final DepartmentRequestService departmentRequests;
    private final ServiceEvaluationService serviceEvaluation;
    private final FeedbackService feedback;
    private final MeetingService meetings;
    private final ResponderService departmentResponders;
    private final SponsorshipService sponsorships;
    private final DevelopmentPlanService developmentPlans;
    private final SelectionService selections;
    private final TrainingService training;
    private final IdempotencyService idempotency;
    private final Transactions transactions;

    private ServicePolicy(Ports ports, Clock clock, IdGenerator ids, FeedbackTokens tokens) {
        this.policies = new PolicyService(unitOf(ports.policies(), ports, clock, ids));
        this.discipline = new DisciplineService(unitOf(new DisciplineStores(ports.violations(), ports.penalties(),
                ports.leaveRequests(), ports.employees()), ports, clock, ids), policies);
        this.decisions = new DecisionService(ports.decisions(), ports.employees());
        this.eventFeed = new EventFeed(ports.eventLog());
        this.tasks = new TaskService(unitOf(new TaskStores(ports.tasks(), ports.employees(), ports.departments(),
                policies, discipline::recordEstablished), ports, clock, ids));
        this.training = new TrainingService(unitOf(new TrainingStores(ports.training(), ports.employees(),
                ports.serviceEvaluations(), policies), ports, clock, ids), discipline::recordEstablished);
        this.sponsorships = new SponsorshipService(unitOf(new SponsorshipStores(ports.sponsorships(), ports.employees(),
                ports.cycleGrades(), ports.penalties(), policies), ports, clock, ids));
        this.people = new PeopleService(unitOf(new PeopleStores(ports.employees(), ports.departments()), ports, clock,
                ids), policies, List.of(tasks::withdrawOwedBy,
                (actor, leaver) -> sponsorships.repaymentOnDeparture(actor, leaver.id())), training::mandatoryNotPassed);
        this.rewards = new RewardService(unitOf(new RewardStores(ports.rewards(), ports.employees(), policies), ports,
                clock, ids));
        this.assessment = new AssessmentService(unitOf(new AssessmentStores(ports.assessmentCycles(),
                ports.evaluations(), ports.cycleGrades(), new TaskFactsOfTasks(ports.tasks(), policies, clock),
                ports.violations(), ports.penalties(), ports.employees(), ports.departments()), ports, clock, ids),
                policies, rewards);
        this.career = new CareerService(unitOf(new CareerStores(ports.employees(), ports.departments(),
                ports.cycleGrades(), ports.penalties(), policies, ports.serviceEvaluations(), ports.training()), ports, clock,
                ids));
        this.suggestions = new SuggestionService(unitOf(new SuggestionStores(ports.suggestions(), ports.employees()),
                ports, clock, ids), rewards);
        this.supervision = new SupervisionService(unitOf(new ServiceStores(ports.supervision(), ports.employees()),
                ports, clock, ids), policies, discipline::recordEstablished);
        this.serviceReports = new ServiceReportService(unitOf(new ServiceReportStores(ports.serviceReports(),
                ports.supervision(), ports.employees(), ports.departments()), ports, clock, ids), policies,
                discipline::recordEstablished, rewards);
        var serviceRecords = unitOf(new ServiceRecordStores(ports.serviceRecords(), ports.supervision(),
                ports.employees(), policies, new CustomerScoresOfReturnVisits(ports.customerScores())), ports, clock,
                ids);
        this.serviceCases = new ServiceCaseService(serviceRecords, discipline::recordEstablished);
        this.serviceSweep = new ServiceSweep(serviceRecords, discipline::recordEstablished);
        this.departmentRequests = new DepartmentRequestService(unitOf(new DepartmentRequestStores(
                ports.departmentRequests(), ports.supervision(), ports.employees(), ports.departments(), policies,
                ports.departmentResponders()),
                ports, clock, ids), discipline::recordEstablished);
        this.serviceEvaluation = new ServiceEvaluationService(unitOf(new ServiceEvaluationStores(
                ports.serviceEvaluations(), ports.customerScores(), ports.supervision(), ports.employees(),
                ports.departments()), ports, clock, ids), policies, rewards, discipline::recordEstablished);
        this.feedback = new FeedbackService(unitOf(new FeedbackStores(ports.feedback(), ports.supervision(),
                ports.customerScores(), ports.employees(), ports.departments(), policies), ports, clock, ids),
                discipline::recordEstablished, tokens);
        var meetingWork = unitOf(new MeetingStores(ports.meetings(), ports.departmentResponders(), ports.employees(),
                ports.departments(), policies), ports, clock, ids);
        this.meetings = new MeetingService(meetingWork, discipline::recordEstablished);
        this.departmentResponders = new ResponderService(meetingWork);
        this.developmentPlans = new DevelopmentPlanService(unitOf(new DevelopmentPlanStores(ports.developmentPlans(),
                ports.employees(), new CompletedProgrammesOfTraining(ports.training()), policies), ports, clock, ids));
        this.selections = new SelectionService(unitOf(new SelectionStores(ports.selections(), ports.employees(),
                ports.departments(), ports.cycleGrades(), ports.penalties(), ports.serviceEvaluations(), policies, ports.training()),
                ports, clock, ids), people::change);
        this.idempotency = new IdempotencyService(ports.idempotencyRecords(), ports.transactions(), clock);
        this.transactions = ports.transactions();
    }

    /** The unit of work of an area with {@code stores}: the one component that commits its decisions. */
    private static <S> UnitOfWork<S> unitOf(S stores, Ports ports, Clock clock, IdGenerator ids) {
        return new UnitOfWork<>(stores, ports.transactions(), ports.decisions(), ports.eventPublisher(),
                ports.auditTrail(), ids, clock);
    }

    /** A builder that needs every port: {@link Builder#ports(Ports)} gives all of them. */
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

    /** Service supervision: observations and the findings they make (§2.3.1). */
    public SupervisionService supervision() {
        return supervision;
    }

    /** Peer service problem reports: filed, confirmed or dismissed, and rewarded when effective (§2.3.1). */
    public ServiceReportService serviceReports() {
        return serviceReports;
    }

    /** Service cases, their return trips and return visits, and the findings they make (§2.1.3, §2.1.4). */
    public ServiceCaseService serviceCases() {
        return serviceCases;
    }

    /** The sweep that turns service records falling due into findings (§2.1.3, §2.1.4). */
    public ServiceSweep serviceSweep() {
        return serviceSweep;
    }

    /** Requests between departments, and the findings their late replies make (§2.2.1). */
    public DepartmentRequestService departmentRequests() {
        return departmentRequests;
    }

    /** The periodic service evaluation and the customer-score ledger (§2.3.3, §5.2.2). */
    public ServiceEvaluationService serviceEvaluation() {
        return serviceEvaluation;
    }

    /** Customer feedback: its intake, routing, handling in rounds, rulings and the sweep of its clocks (§2.3.2). */
    public FeedbackService feedback() {
        return feedback;
    }

    /** Regular meetings: minutes, attendance and the action items followed up (§5.1.2, §2.2.2). */
    public MeetingService meetings() {
        return meetings;
    }

    /** The responders each department names on the internal platform (§5.1.1). */
    public ResponderService departmentResponders() {
        return departmentResponders;
    }

    /** The sponsorship of external training: requests, HR's decisions and repayment on departure (§4.1.2). */
    public SponsorshipService sponsorships() {
        return sponsorships;
    }

    /** Development plans: proposed by a superior, agreed by the employee, and their progress (§4.3.1). */
    public DevelopmentPlanService developmentPlans() {
        return developmentPlans;
    }

    /** Internal selections for positions, their applications and HR's choice (§4.3.2). */
    public SelectionService selections() {
        return selections;
    }

    /** Training, the posting gate and training obligations (§4.1, §4.2). */
    public TrainingService training() {
        return training;
    }

    /** Idempotent commands: a retry with the caller's key answers the first result instead of running again. */
    public IdempotencyService idempotency() {
        return idempotency;
    }

    /**
     * Runs {@code calls} (of one service or several) as one transaction, joining one already
     * running on the thread. A driving adapter uses it where one request makes several calls that
     * must see the same state and take one connection: the REST adapter resolves a read's caller
     * ({@link PeopleService#actorFor}) and reads their records in one transaction. When
     * {@code calls} throws, nothing they wrote is kept and the exception propagates unchanged.
     */
    public <T> T together(Supplier<T> calls) {
        return transactions.inTransaction(Objects.requireNonNull(calls, "calls"));
    }

    /**
     * Runs {@code calls} as {@link #together(Supplier)} does, having told the transaction what
     * they are expected to read ({@link ExpectedRead}): the REST adapter names, for a read about
     * an employee, the records of theirs that the read will ask for, and a store may then read
     * them in the same request as the caller's resolution. What {@code calls} read and answer does
     * not change.
     */
    public <T> T together(Collection<ExpectedRead> expected, Supplier<T> calls) {
        var reads = List.copyOf(Objects.requireNonNull(expected, "expected"));
        Objects.requireNonNull(calls, "calls");
        return transactions.inTransaction(() -> {
            transactions.expect(reads);
            return calls.get();
        });
    }

    /**
     * Collects the ports, the clock and the source of identifiers; {@link #build()} checks that
     * every port was given.
     */
    public static final class Builder {
        private Clock clock = StoredPrecision.clock(Clock.systemUTC());
        private IdGenerator ids = IdGenerator.randomUuids();
        private FeedbackTokens feedbackTokens = FeedbackTokens.secure();
        private Ports ports;
        private final Map<Class<?>, Object> replacements = new HashMap<>();

        private Builder() {
        }

        /** Uses {@code value} for every port: an adapter's stores, such as the in-memory or the JDBC adapter's. */
        public Builder ports(Ports value) {
            this.ports = Objects.requireNonNull(value, "ports");
            return this;
        }

        /**
         * Uses {@code replacement} for the one port of type {@code port} instead of the one that
         * {@link #ports(Ports)} gives, whenever either is called: to decorate a single port
         * (measure it, trace it, make it fail in a test) without listing the others.
         *
         * @throws IllegalArgumentException when no port has the type {@code port}
         */
        public <T> Builder port(Class<T> port, T replacement) {
            PortWiring.requirePort(Objects.requireNonNull(port, "port"));
            replacements.put(port, Objects.requireNonNull(replacement, "replacement"));
            return this;
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

        /** The source of customers' feedback tracking tokens (default: {@link FeedbackTokens#secure()}). */
        public Builder feedbackTokens(FeedbackTokens value) {
            this.feedbackTokens = Objects.requireNonNull(value, "feedbackTokens");
            return this;
        }

        /**
         * The wired library; reads each port once.
         *
         * @throws IllegalStateException naming every port that was not given, by the name of its
         *                               accessor in {@link Ports}
         */
        public ServicePolicy build() {
            return new ServicePolicy(PortWiring.resolve(ports, replacements), clock, ids, feedbackTokens);
        }
    }
}
