package org.servicepolicy.assessment;

import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rewards.RewardService;

/**
 * Use cases of the periodic compliance assessment (§3.3.1): HR opens a cycle, employees evaluate
 * each other, HR previews and finalizes the grades. Each command loads its facts by set, decides
 * in a pure rule ({@link OpeningRule}, {@link EvaluationRule}, {@link FinalizingRule}, with
 * {@link AssessmentAccess}) and commits through the {@link UnitOfWork}, in one transaction; the
 * reads decide what they show in {@link GradingRules} and {@link AssessmentAccess}.
 *
 * <p>Who is assessed: the employees on post in the cycle's scope, hired on or before its last
 * day, when the grades are computed. Scope and reporting lines are read as the records stood at
 * the last instant of the period (a transfer after it changes neither who is assessed where nor
 * who gives the superior evaluation); whether someone still works here is read now. The policy
 * version in force at the last instant of the period grades it.
 */
public final class AssessmentService {
    /** The decision kind of a finalized grade. */
    public static final DecisionKind GRADE = DecisionKind.of("assessment.grade");
    /**
     * The rule that refuses to finalize a cycle while evaluations are missing; {@link #missing}
     * lists them for a caller that wants them as data.
     */
    public static final String MISSING_EVALUATIONS = FinalizingRule.MISSING_EVALUATIONS;
    /** The most employees a part of a cycle being finalized holds, unless one department alone has more. */
    public static final int EMPLOYEES_PER_PART = 1_000;

    private final UnitOfWork<AssessmentStores> work;
    private final PolicyService policies;
    private final RewardService rewards;

    /**
     * Wires the service to the unit of work of its stores, to the policy versions, and to the
     * rewards its grades earn (§3.3.2).
     */
    public AssessmentService(UnitOfWork<AssessmentStores> work, PolicyService policies, RewardService rewards) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
    }

    // ---------------------------------------------------------------- commands

    /**
     * Opens a cycle (HR only). Cycles whose scopes overlap may not share a day, so that nobody is
     * graded twice for the same days (§3.3.1).
     */
    public AssessmentCycle open(Actor actor, OpenCycle command) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(AssessmentAccess.mayOpen(actor));
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, stores -> new AssessmentFacts.Opening(
                        stores.departments().all().stream().map(Department::id).collect(Collectors.toSet()),
                        stores.cycles().all(), policies.inForceAt(now)),
                (facts, stamp) -> OpeningRule.open(command, facts, stamp));
    }

    /**
     * The acting employee evaluates {@code command.employeeId()} in an open cycle (§3.3.1), in the
     * role that follows from who they are ({@link EvaluationRule}).
     */
    public Evaluation evaluate(Actor actor, AssessmentCycleId cycleId, SubmitEvaluation command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(cycleId, "cycleId");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, stores -> new AssessmentFacts.Evaluating(roll(stores, cycle(stores, cycleId)),
                        stores.evaluations().of(cycleId, EmployeeId.of(command.employeeId()))),
                (facts, stamp) -> EvaluationRule.submit(command, facts, stamp));
    }

    /**
     * Finalizes a cycle (HR only, §3.3.1): once its period has ended and no evaluation is
     * missing, stores each employee's grade with a decision that explains it, locks the cycle,
     * and proposes the rewards the grades earn (§3.3.2), all in one transaction. Finalizing a
     * finalized cycle returns its stored grades and changes nothing.
     *
     * <p>The cycle is graded and stored a part at a time, each part whole departments of at most
     * {@link #EMPLOYEES_PER_PART} employees (a larger department is a part of its own): the
     * distribution rule (§1.3.3) weighs a department's grades together and nothing else, so
     * each part is graded as the whole cycle would grade it. A part's evaluations and facts are
     * read by set, and its grades, decisions and events written, before the next part is read;
     * what the cycle holds at once is one part's, plus the company's reporting lines (the roll)
     * and the grades it answers.
     */
    public FinalizedCycle finalizeCycle(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(AssessmentAccess.mayFinalize(actor));
        return work.together(() -> {
            var stores = work.stores();
            var cycle = cycle(stores, cycleId);
            if (cycle.status() == CycleStatus.FINALIZED) {
                return work.run(actor, s -> new AssessmentFacts.Finalizing.Finalized(cycle, s.grades().inCycle(cycleId)),
                        FinalizingRule::finalize).cycle();
            }
            var now = work.now();
            var roll = roll(stores, cycle);
            var everyone = roll.people();
            var parts = CycleLoads.parts(everyone, EMPLOYEES_PER_PART);
            var cycles = stores.cycles().all();
            var grades = new ArrayList<CycleGrade>(everyone.size());
            var missing = List.<MissingEvaluation>of();
            var closed = cycle;
            for (int i = 0; i < parts.size(); i++) {
                var part = parts.get(i);
                var progress = new AssessmentFacts.Progress(grades.size(), missing, i == parts.size() - 1);
                var finalized = work.run(actor, now, s -> CycleLoads.finalizing(s, roll, part, everyone.size(), cycles, progress),
                        FinalizingRule::finalize);
                finalized.achievements().forEach(achievement -> rewards.recognise(actor, achievement));
                grades.addAll(finalized.cycle().grades());
                missing = finalized.missing();
                closed = finalized.cycle().cycle();
            }
            grades.sort(Comparator.comparing(g -> g.employee().value()));
            return new FinalizedCycle(closed, grades);
        });
    }

    // ---------------------------------------------------------------- reads

    /** One cycle; every employee may see cycles. */
    public AssessmentCycle cycle(Actor actor, AssessmentCycleId id) {
        Objects.requireNonNull(actor, "actor");
        return cycle(work.stores(), id);
    }

    /** Every cycle, by first day; every employee may see cycles. */
    public List<AssessmentCycle> cycles(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().cycles().all();
    }

    /**
     * The employees the cycle assesses now, by id, as far as the actor may know them: HR sees
     * every one, a manager their department's, and everyone those they may evaluate (themself,
     * their direct subordinates and their peers, §3.3.1).
     */
    public List<EmployeeId> participants(Actor actor, AssessmentCycleId id) {
        Objects.requireNonNull(actor, "actor");
        return GradingRules.participantsKnownTo(actor, roll(work.stores(), cycle(work.stores(), id)));
    }

    /**
     * The evaluations of {@code employee} in a cycle. The employee, their department's manager and
     * HR may read them; the employee never sees who their peers are.
     */
    public List<EvaluationView> evaluations(Actor actor, AssessmentCycleId cycleId, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        var stores = work.stores();
        cycle(stores, cycleId);
        Refusal.raise(AssessmentAccess.mayRead(actor, existing(stores, employee)));
        return stores.evaluations().of(cycleId, employee).stream()
                .sorted(Comparator.comparing(Evaluation::role).thenComparing(Evaluation::submittedAt)
                        .thenComparing(e -> e.id().value()))
                .map(e -> EvaluationView.of(e, AssessmentAccess.showsEvaluator(actor, e)))
                .toList();
    }

    /**
     * The evaluations the cycle still needs before it can be finalized: HR sees every one, a
     * manager those of their department.
     */
    public List<MissingEvaluation> missing(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(AssessmentAccess.mayOversee(actor, "see missing evaluations"));
        return GradingRules.missingSeenBy(actor, participation(work.stores(), cycle(work.stores(), cycleId)));
    }

    /**
     * What finalizing would give now (what-if), without storing anything: HR sees every grade, a
     * manager those of their department. Only employees whose evaluations are complete are graded;
     * the others are listed as missing.
     */
    public CyclePreview preview(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(AssessmentAccess.mayOversee(actor, "preview grades"));
        return GradingRules.preview(actor, grading(work.stores(), cycle(work.stores(), cycleId)));
    }

    /** The finalized grades of {@code employee}, oldest first: the employee, their manager and HR may see them. */
    public List<CycleGrade> grades(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        var stores = work.stores();
        Refusal.raise(AssessmentAccess.mayRead(actor, existing(stores, employee)));
        return stores.grades().of(employee);
    }

    /** The finalized grades of a cycle: HR sees every one, a manager their department's. */
    public List<CycleGrade> gradesIn(Actor actor, AssessmentCycleId cycleId) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(AssessmentAccess.mayOversee(actor, "list the grades of a cycle"));
        var stores = work.stores();
        cycle(stores, cycleId);
        return stores.grades().inCycle(cycleId).stream()
                .filter(g -> AssessmentAccess.oversees(actor, g.department())).toList();
    }

    // ---------------------------------------------------------------- loading, by set

    /** Everything that grades the cycle: one read per store for all its employees, never one per employee. */
    private AssessmentFacts.Grading grading(AssessmentStores stores, AssessmentCycle cycle) {
        return CycleLoads.grading(stores, participation(stores, cycle));
    }

    private AssessmentFacts.Participation participation(AssessmentStores stores, AssessmentCycle cycle) {
        return new AssessmentFacts.Participation(roll(stores, cycle), stores.evaluations().inCycle(cycle.id()));
    }

    private AssessmentFacts.Roll roll(AssessmentStores stores, AssessmentCycle cycle) {
        // The last instant of the period the stores can tell apart from the first one after it.
        var periodEnd = cycle.closesAt().minus(1, ChronoUnit.MICROS);
        return new AssessmentFacts.Roll(cycle, Workforce.asItWas(stores.employees().allAsOf(periodEnd),
                stores.employees().all()), policies.history());
    }

    private static AssessmentCycle cycle(AssessmentStores stores, AssessmentCycleId id) {
        Objects.requireNonNull(id, "id");
        return stores.cycles().find(id).orElseThrow(() -> new NotFoundException("assessment cycle", id));
    }

    private static Employee existing(AssessmentStores stores, EmployeeId id) {
        return stores.employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
