package org.servicepolicy.assessment;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Achievement;
import org.servicepolicy.rewards.RewardService;

/**
 * Use cases of the periodic compliance assessment (§3.3.1): HR opens a cycle, employees evaluate
 * each other, HR previews and finalizes the grades. Each command is one transaction.
 *
 * <p>Who is assessed: the employees on post in the cycle's scope, hired on or before its last
 * day, when the grades are computed. The policy version in force at the last instant of the
 * period grades it. Finalizing stores one {@link CycleGrade} and one decision per employee and
 * proposes the rewards the grade earns; finalizing a finalized cycle changes nothing and returns
 * the stored grades (idempotent).
 */
public final class AssessmentService {
    /** The decision kind of a finalized grade. */
    public static final DecisionKind GRADE = DecisionKind.of("assessment.grade");
    /**
     * The rule that refuses to finalize a cycle while evaluations are missing; {@link #missing}
     * lists them for a caller that wants them as data.
     */
    public static final String MISSING_EVALUATIONS = "assessment.finalize.missing-evaluations";

    private final AssessmentCycleStore cycles;
    private final EvaluationStore evaluations;
    private final CycleGradeStore grades;
    private final TaskFactsSource taskFacts;
    private final ViolationStore violations;
    private final PenaltyStore penalties;
    private final EmployeeStore employees;
    private final DepartmentStore departments;
    private final DecisionStore decisions;
    private final PolicyService policies;
    private final RewardService rewards;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public AssessmentService(AssessmentCycleStore cycles, EvaluationStore evaluations, CycleGradeStore grades,
                             TaskFactsSource taskFacts, ViolationStore violations, PenaltyStore penalties,
                             EmployeeStore employees, DepartmentStore departments, DecisionStore decisions,
                             PolicyService policies, RewardService rewards, Transactions transactions,
                             EventPublisher events, AuditTrail audit, IdGenerator ids, Clock clock) {
        this.cycles = Objects.requireNonNull(cycles, "cycles");
        this.evaluations = Objects.requireNonNull(evaluations, "evaluations");
        this.grades = Objects.requireNonNull(grades, "grades");
        this.taskFacts = Objects.requireNonNull(taskFacts, "taskFacts");
        this.violations = Objects.requireNonNull(violations, "violations");
        this.penalties = Objects.requireNonNull(penalties, "penalties");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    // ---------------------------------------------------------------- cycles

    /**
     * Opens a cycle (HR only). Cycles whose scopes overlap (the company overlaps every scope; two
     * lists overlap when they share a department) may not share a day, so that nobody is graded
     * twice for the same days.
     */
    public AssessmentCycle open(Actor actor, OpenCycle command) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR opens assessment cycles (§3.3.1)");
        }
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        var departmentIds = command.departmentIds() == null ? List.<String>of() : command.departmentIds();
        inputs.notBlank(command.name(), "name")
                .require(command.name() == null || command.name().length() <= 100, "name", "must be at most 100 characters")
                .require(command.id() == null || Ids.isValid(command.id()), "id",
                        "must be 1-64 letters, digits, '.', '_' or '-'")
                .present(command.from(), "from")
                .present(command.to(), "to")
                .require(command.from() == null || command.to() == null || !command.to().isBefore(command.from()), "to",
                        "must not be before from")
                .require(departmentIds.stream().allMatch(Ids::isValid), "departmentIds", "holds an invalid id")
                .require(new HashSet<>(departmentIds).size() == departmentIds.size(), "departmentIds",
                        "lists a department twice");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var missingDepartments = departmentIds.stream().filter(d -> departments.find(DepartmentId.of(d)).isEmpty())
                    .toList();
            if (!missingDepartments.isEmpty()) {
                throw InvalidInputException.of("departmentIds", "no such department: " + String.join(", ", missingDepartments));
            }
            var scope = departmentIds.isEmpty() ? CycleScope.company()
                    : CycleScope.of(departmentIds.stream().map(DepartmentId::of).collect(Collectors.toSet()));
            var now = clock.instant();
            var cycle = new AssessmentCycle(AssessmentCycleId.of(command.id() == null ? ids.next() : command.id()),
                    command.name().strip(), command.from(), command.to(), policies.current().company().zone(), scope,
                    CycleStatus.OPEN, now, actor.id(), Optional.empty(), Optional.empty(), 0);
            if (cycles.find(cycle.id()).isPresent()) {
                throw ConflictException.duplicate("assessment cycle", cycle.id());
            }
            for (var other : cycles.all()) {
                if (other.scope().overlaps(scope) && other.overlapsInTime(cycle)) {
                    throw new PolicyRefusalException("§3.3.1", "assessment.cycle.overlap",
                            "cycle %s (%s to %s, %s) overlaps cycle %s (%s to %s, %s): nobody is assessed twice for the same days"
                                    .formatted(cycle.name(), cycle.from(), cycle.to(), scope, other.id(), other.from(),
                                            other.to(), other.scope()), "from");
                }
            }
            var stored = cycles.add(cycle);
            events.publish(new AssessmentEvents.AssessmentCycleOpened(stored.id().value(), stored.name(),
                    stored.from().toString(), stored.to().toString(), scope.toString(), now));
            audit.record(new AuditEntry(now, actor.id(), "assessment.open", "assessment-cycle", stored.id().value(),
                    stored.name() + " " + stored.from() + " to " + stored.to() + ", " + scope));
            return stored;
        });
    }

    /** One cycle; every employee may see cycles. */
    public AssessmentCycle cycle(Actor actor, AssessmentCycleId id) {
        Objects.requireNonNull(actor, "actor");
        return findCycle(id);
    }

    /** Every cycle, by first day; every employee may see cycles. */
    public List<AssessmentCycle> cycles(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return cycles.all();
    }

    /**
     * The employees the cycle assesses now, by id, as far as the actor may know them: HR sees
     * every one, a manager their department's, and everyone those they may evaluate (themself,
     * their direct subordinates and their peers, §3.3.1).
     */
    public List<EmployeeId> participants(Actor actor, AssessmentCycleId id) {
        Objects.requireNonNull(actor, "actor");
        var cycle = findCycle(id);
        var people = participants(cycle);
        if (actor.isHr()) {
            return people.stream().map(Employee::id).toList();
        }
        var policy = policies.inForceAt(cycle.lastInstant());
        var everyone = employees.all();
        var byId = everyone.stream().collect(Collectors.toMap(Employee::id, e -> e));
        var byDepartment = everyone.stream().collect(Collectors.groupingBy(Employee::department));
        Function<EmployeeId, Optional<Employee>> lookup = key -> Optional.ofNullable(byId.get(key));
        var self = lookup.apply(actor.id());
        return people.stream()
                .filter(e -> actor.manages(e.department()) || self.filter(me -> standing(me, e,
                        byDepartment.getOrDefault(e.department(), List.of()), lookup, policy).allowed()).isPresent())
                .map(Employee::id).toList();
    }

    // ---------------------------------------------------------------- evaluations

    /**
     * The acting employee evaluates {@code command.employeeId()} in an open cycle (§3.3.1). Their
     * role follows from who they are: the employee themself (SELF), the employee's direct
     * superior (SUPERIOR), or a colleague (PEER) as {@link EvaluatorRule} defines one; anyone else
     * is refused citing §3.3.1. Nobody evaluates the same person twice in a cycle, and an
     * employee has one superior evaluation.
     */
    public Evaluation evaluate(Actor actor, AssessmentCycleId cycleId, SubmitEvaluation command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cycleId, "cycleId");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.present(command.employeeId(), "employeeId")
                .require(command.employeeId() == null || Ids.isValid(command.employeeId()), "employeeId",
                        "is not a valid id");
        score(inputs, command.taskAcceptance(), "taskAcceptance");
        score(inputs, command.taskExecution(), "taskExecution");
        score(inputs, command.rulesAndDiscipline(), "rulesAndDiscipline");
        inputs.text(command.comment(), "comment");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var cycle = findCycle(cycleId);
            if (cycle.status() != CycleStatus.OPEN) {
                throw ConflictException.illegalTransition("assessment cycle", cycleId, cycle.status(), "evaluate in");
            }
            var evaluator = employees.find(actor.id()).filter(e -> e.status().employed())
                    .orElseThrow(() -> new AccessDeniedException("only employees of the company evaluate"));
            var evaluated = employees.find(EmployeeId.of(command.employeeId()))
                    .orElseThrow(() -> InvalidInputException.of("employeeId", "no such employee: " + command.employeeId()));
            if (!assessed(cycle, evaluated)) {
                throw new PolicyRefusalException("§3.3.1", "assessment.evaluation.participant",
                        evaluated.id() + " is not assessed in cycle " + cycle.name()
                                + ": it covers the employees on post in " + cycle.scope(), "employeeId");
            }
            var standing = standing(evaluator, evaluated, employees.inDepartment(evaluated.department()),
                    employees::find, policies.inForceAt(cycle.lastInstant()));
            if (!standing.allowed()) {
                throw new PolicyRefusalException("§3.3.1", "assessment.evaluation.evaluator", standing.refusal(),
                        "employeeId");
            }
            var role = standing.role().orElseThrow();
            var given = evaluations.of(cycleId, evaluated.id());
            if (given.stream().anyMatch(e -> e.evaluator().equals(evaluator.id()))) {
                throw ConflictException.duplicate("evaluation", "of " + evaluated.id() + " by " + evaluator.id()
                        + " in cycle " + cycleId);
            }
            if (role == EvaluatorRole.SUPERIOR && given.stream().anyMatch(e -> e.role() == EvaluatorRole.SUPERIOR)) {
                throw ConflictException.duplicate("superior evaluation", "of " + evaluated.id() + " in cycle " + cycleId);
            }
            var now = clock.instant();
            var evaluation = new Evaluation(EvaluationId.of(ids.next()), cycleId, evaluated.id(), evaluator.id(), role,
                    new ComponentScores(command.taskAcceptance(), command.taskExecution(), command.rulesAndDiscipline()),
                    command.comment().strip(), now);
            evaluations.add(evaluation);
            events.publish(new AssessmentEvents.EvaluationSubmitted(evaluation.id().value(), cycleId.value(),
                    evaluated.id().value(), role.name(), now));
            audit.record(new AuditEntry(now, actor.id(), "assessment.evaluate", "evaluation", evaluation.id().value(),
                    role + " evaluation of " + evaluated.id() + " in cycle " + cycleId));
            return evaluation;
        });
    }

    private static void score(Inputs inputs, Integer value, String field) {
        inputs.present(value, field).require(value == null || value >= 0 && value <= 100, field, "must be from 0 to 100");
    }

    /**
     * The evaluations of {@code employee} in a cycle. The employee, their department's manager and
     * HR may read them; the employee never sees who their peers are.
     */
    public List<EvaluationView> evaluations(Actor actor, AssessmentCycleId cycleId, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        findCycle(cycleId);
        var evaluated = existing(employee);
        requireView(actor, evaluated);
        boolean showPeers = !actor.is(employee);
        return evaluations.of(cycleId, employee).stream()
                .sorted(Comparator.comparing(Evaluation::role).thenComparing(Evaluation::submittedAt)
                        .thenComparing(e -> e.id().value()))
                .map(e -> EvaluationView.of(e, e.role() != EvaluatorRole.PEER || showPeers))
                .toList();
    }

    // ---------------------------------------------------------------- grades

    /**
     * The evaluations the cycle still needs before it can be finalized: HR sees every one, a
     * manager those of their department.
     */
    public List<MissingEvaluation> missing(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        requireHrOrManager(actor, "see missing evaluations");
        var cycle = findCycle(cycleId);
        var policy = policies.inForceAt(cycle.lastInstant());
        var people = participants(cycle);
        var missing = missing(people, evaluationsByEmployee(cycle), policy);
        var visible = visibleTo(actor, people);
        return missing.stream().filter(m -> visible.contains(m.employee())).toList();
    }

    /**
     * What finalizing would give now (what-if), without storing anything: HR sees every grade, a
     * manager those of their department. Only employees whose evaluations are complete are graded;
     * the others are listed as missing.
     */
    public CyclePreview preview(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        requireHrOrManager(actor, "preview grades");
        var cycle = findCycle(cycleId);
        var computed = compute(cycle);
        var assessment = computed.policy().assessment();
        var visible = visibleTo(actor, computed.people());
        return new CyclePreview(cycle, computed.policy().version(), computed.results().stream()
                .filter(r -> visible.contains(r.employee()))
                .map(r -> new PreviewedGrade(r, reasons(cycle, computed, r)))
                .toList(),
                computed.missing().stream().filter(m -> visible.contains(m.employee())).toList());
    }

    /**
     * Finalizes a cycle (HR only, §3.3.1): once its period has ended and no evaluation is
     * missing, stores each employee's grade with a decision that explains it (§1.3.3), proposes
     * the rewards the grades earn (§3.3.2), and locks the cycle. Finalizing a finalized cycle
     * returns its stored grades and changes nothing.
     *
     * @throws PolicyRefusalException when the period has not ended, or listing every missing
     *                                evaluation
     */
    public FinalizedCycle finalizeCycle(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR finalizes assessment cycles (§3.3.1)");
        }
        return transactions.inTransaction(() -> {
            var cycle = findCycle(cycleId);
            if (cycle.status() == CycleStatus.FINALIZED) {
                return new FinalizedCycle(cycle, grades.inCycle(cycleId));
            }
            var now = clock.instant();
            if (now.isBefore(cycle.closesAt())) {
                throw new PolicyRefusalException("§3.3.1", "assessment.finalize.period",
                        "cycle %s runs until %s; it can be finalized from %s, when every fact of the period is known"
                                .formatted(cycle.name(), cycle.to(), cycle.closesAt()));
            }
            var computed = compute(cycle);
            if (!computed.missing().isEmpty()) {
                throw new PolicyRefusalException("§3.3.1", MISSING_EVALUATIONS,
                        "cannot finalize cycle %s: %d evaluation(s) missing: %s".formatted(cycle.name(),
                                computed.missing().stream().mapToInt(MissingEvaluation::missing).sum(),
                                computed.missing().stream().map(MissingEvaluation::describe)
                                        .collect(Collectors.joining("; "))));
            }
            var policy = computed.policy();
            var stored = new ArrayList<CycleGrade>();
            for (var result : computed.results()) {
                var previous = grades.of(result.employee()).stream().filter(g -> g.periodTo().isBefore(cycle.from()))
                        .reduce((first, second) -> second);
                var decision = new Decision(DecisionId.of(ids.next()), GRADE, result.employee(), result.grade().name(),
                        reasons(cycle, computed, result), policy.version(), cycle.lastInstant(), now,
                        Optional.of(actor.id()));
                decisions.append(decision);
                var grade = new CycleGrade(cycleId, result.employee(), result.department(), cycle.from(), cycle.to(),
                        result.grade(), result.total(), new ComponentValues(result.components().get(0).score(),
                        result.components().get(1).score(), result.components().get(2).score()),
                        result.salaryAdjustment(), decision.id(), policy.version(), now);
                grades.add(grade);
                stored.add(grade);
                events.publish(new AssessmentEvents.GradeAssigned(cycleId.value(), result.employee().value(),
                        result.grade().name(), result.total().toPlainString(), decision.id().value(), now));
                recogniseAchievements(actor, cycle, grade, previous);
            }
            var finalized = cycles.update(cycle.finalized(now, actor.id()));
            events.publish(new AssessmentEvents.AssessmentCycleFinalized(cycleId.value(), stored.size(), now));
            audit.record(new AuditEntry(now, actor.id(), "assessment.finalize", "assessment-cycle", cycleId.value(),
                    stored.size() + " grade(s) under policy version " + policy.version()));
            return new FinalizedCycle(finalized, stored);
        });
    }

    private void recogniseAchievements(Actor actor, AssessmentCycle cycle, CycleGrade grade,
                                       Optional<CycleGrade> previous) {
        var source = "cycle:" + cycle.id();
        rewards.recognise(actor, new Achievement(RewardTrigger.grade(grade.grade()), grade.employee(), source,
                cycle.lastInstant(), Reason.of("§3.3.2", "assessment.grade",
                        "graded %s in assessment %s (%s to %s), total %s".formatted(grade.grade(), cycle.name(),
                                cycle.from(), cycle.to(), grade.total()),
                        "cycle", cycle.id(), "grade", grade.grade(), "total", grade.total(), "decision", grade.decision())));
        if (grade.grade() == Grade.EXCELLENT && previous.filter(p -> p.grade() == Grade.EXCELLENT).isPresent()) {
            var before = previous.get();
            var beforeName = cycles.find(before.cycle()).map(AssessmentCycle::name).orElse(before.cycle().value());
            rewards.recognise(actor, new Achievement(RewardTrigger.EXCELLENT_IN_CONSECUTIVE_CYCLES, grade.employee(),
                    source, cycle.lastInstant(), Reason.of("§3.3.2", "assessment.grade.consecutive",
                            "graded EXCELLENT in two consecutive assessments: %s and %s".formatted(beforeName,
                                    cycle.name()), "previousCycle", before.cycle(), "cycle", cycle.id())));
        }
    }

    /** The finalized grades of {@code employee}, oldest first: the employee, their manager and HR may see them. */
    public List<CycleGrade> grades(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        requireView(actor, existing(employee));
        return grades.of(employee);
    }

    /** The finalized grades of a cycle: HR sees every one, a manager their department's. */
    public List<CycleGrade> gradesIn(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        requireHrOrManager(actor, "list the grades of a cycle");
        findCycle(cycleId);
        return grades.inCycle(cycleId).stream()
                .filter(g -> actor.isHr() || actor.manages(g.department())).toList();
    }

    // ---------------------------------------------------------------- computing

    private record Computed(PolicyDefinition policy, List<Employee> people, List<MissingEvaluation> missing,
                            List<GradeResult> results) {
    }

    private Computed compute(AssessmentCycle cycle) {
        var policy = policies.inForceAt(cycle.lastInstant());
        var people = participants(cycle);
        var byEmployee = evaluationsByEmployee(cycle);
        var missing = missing(people, byEmployee, policy);
        var incomplete = missing.stream().map(MissingEvaluation::employee).collect(Collectors.toSet());
        var complete = people.stream().filter(e -> !incomplete.contains(e.id())).toList();
        var facts = complete.isEmpty() ? Map.<EmployeeId, List<TaskFact>>of()
                : taskFacts.factsOf(complete.stream().map(Employee::id).collect(Collectors.toCollection(LinkedHashSet::new)),
                cycle.startsAt(), cycle.closesAt());
        // One set-based read per store for the whole cycle, rather than one per employee.
        var completeIds = complete.stream().map(Employee::id).toList();
        var violationsOf = violations.ofAll(completeIds);
        var penaltiesOf = penalties.ofAll(completeIds);
        var results = new ArrayList<GradeResult>(complete.size());
        for (var employee : complete) {
            var input = new GradingInput(employee.id(), employee.department(),
                    byEmployee.getOrDefault(employee.id(), List.of()).stream().map(Evaluation::scored).toList(),
                    facts.getOrDefault(employee.id(), List.of()).stream().filter(f -> cycle.contains(f.at())).toList(),
                    violationsOf.get(employee.id()).stream().filter(v -> !v.voided() && cycle.contains(v.occurredAt()))
                            .map(v -> new PeriodViolation(v.id(), v.type(), v.severity(), v.occurredAt())).toList(),
                    penaltiesOf.get(employee.id()).stream().map(p -> demotionInPeriod(p, cycle))
                            .flatMap(Optional::stream).toList());
            results.add(GradeRule.grade(input, policy.assessment()));
        }
        return new Computed(policy, people, missing, DistributionRule.apply(results, policy.assessment()));
    }

    private static Optional<PeriodDemotion> demotionInPeriod(Penalty penalty, AssessmentCycle cycle) {
        if (penalty.step() != PenaltyStep.DEMOTION || !penalty.status().inForce()) {
            return Optional.empty();
        }
        return penalty.entered(PenaltyStatus.ISSUED).filter(t -> cycle.contains(t.at()))
                .map(t -> new PeriodDemotion(penalty.id(), t.at()));
    }

    private List<Reason> reasons(AssessmentCycle cycle, Computed computed, GradeResult result) {
        var reasons = new ArrayList<Reason>();
        reasons.add(Reason.of("§1.3.3", "assessment.fairness",
                "assessment %s (%s to %s, %s) grades its %d assessed employee(s) with the same weights, deductions, bands and caps of policy version %s"
                        .formatted(cycle.name(), cycle.from(), cycle.to(), cycle.scope(), computed.people().size(),
                                computed.policy().version()),
                "cycle", cycle.id(), "from", cycle.from(), "to", cycle.to(), "assessed", computed.people().size(),
                "policyVersion", computed.policy().version()));
        reasons.addAll(GradeRule.explain(result, computed.policy().assessment()));
        return reasons;
    }

    private List<Employee> participants(AssessmentCycle cycle) {
        return employees.all().stream().filter(e -> assessed(cycle, e)).toList();
    }

    private static boolean assessed(AssessmentCycle cycle, Employee employee) {
        return cycle.scope().covers(employee.department()) && employee.status() == EmploymentStatus.ON_POST
                && !employee.hireDate().isAfter(cycle.to());
    }

    private Map<EmployeeId, List<Evaluation>> evaluationsByEmployee(AssessmentCycle cycle) {
        var byEmployee = new HashMap<EmployeeId, List<Evaluation>>();
        for (var evaluation : evaluations.inCycle(cycle.id())) {
            byEmployee.computeIfAbsent(evaluation.evaluated(), e -> new ArrayList<>()).add(evaluation);
        }
        return byEmployee;
    }

    private static List<MissingEvaluation> missing(List<Employee> people, Map<EmployeeId, List<Evaluation>> byEmployee,
                                                   PolicyDefinition policy) {
        var missing = new ArrayList<MissingEvaluation>();
        int minimumPeers = policy.assessment().minimumPeers();
        for (var employee : people) {
            var given = byEmployee.getOrDefault(employee.id(), List.of());
            var superior = given.stream().anyMatch(e -> e.role() == EvaluatorRole.SUPERIOR);
            if (!superior && employee.supervisor().isPresent()) {
                missing.add(new MissingEvaluation(employee.id(), EvaluatorRole.SUPERIOR, employee.supervisor(), 1));
            }
            long peers = given.stream().filter(e -> e.role() == EvaluatorRole.PEER).count();
            if (peers < minimumPeers) {
                missing.add(new MissingEvaluation(employee.id(), EvaluatorRole.PEER, Optional.empty(),
                        (int) (minimumPeers - peers)));
            }
            if (given.stream().noneMatch(e -> e.role() == EvaluatorRole.SELF)) {
                missing.add(new MissingEvaluation(employee.id(), EvaluatorRole.SELF, Optional.of(employee.id()), 1));
            }
        }
        return missing;
    }

    // ---------------------------------------------------------------- access

    private static void requireView(Actor actor, Employee employee) {
        Access.requireViewPersonnel(actor, employee, "employee", employee.id());
    }

    /** §3.3.1: the evaluator's standing, with the evaluated employee's department colleagues counted as possible peers. */
    private static EvaluatorRule.Standing standing(Employee evaluator, Employee evaluated, List<Employee> department,
                                                   Function<EmployeeId, Optional<Employee>> lookup,
                                                   PolicyDefinition policy) {
        var aboveEvaluated = superiorsOf(evaluated, lookup);
        return EvaluatorRule.standing(evaluator, evaluated, aboveEvaluated, superiorsOf(evaluator, lookup),
                () -> department.stream().filter(colleague -> EvaluatorRule.possibleDepartmentPeer(colleague,
                        evaluated, aboveEvaluated, superiorsOf(colleague, lookup))).count(), policy.assessment());
    }

    /** Everyone above {@code employee} in the reporting line, nearest first; a cycle in the line ends it. */
    private static Set<EmployeeId> superiorsOf(Employee employee, Function<EmployeeId, Optional<Employee>> lookup) {
        var above = new LinkedHashSet<EmployeeId>();
        var next = employee.supervisor();
        while (next.isPresent() && above.add(next.get())) {
            next = lookup.apply(next.get()).flatMap(Employee::supervisor);
        }
        return above;
    }

    private static void requireHrOrManager(Actor actor, String what) {
        if (!actor.isHr() && !(actor.has(Role.MANAGER) && actor.department().isPresent())) {
            throw new AccessDeniedException("only HR and department managers may " + what);
        }
    }

    private static Set<EmployeeId> visibleTo(Actor actor, List<Employee> people) {
        return people.stream().filter(e -> actor.isHr() || actor.manages(e.department())).map(Employee::id)
                .collect(Collectors.toSet());
    }

    private AssessmentCycle findCycle(AssessmentCycleId id) {
        Objects.requireNonNull(id, "id");
        return cycles.find(id).orElseThrow(() -> new NotFoundException("assessment cycle", id));
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
