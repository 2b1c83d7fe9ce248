package org.servicepolicy.assessment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §3.3.1: which evaluations a cycle still needs, and the grades of the employees whose
 * evaluations are complete, each by {@link GradeRule} and the {@link DistributionRule} under the
 * one policy version in force at the cycle's last instant. What finalizing stores and what a
 * preview shows are the same grades. Pure.
 */
public final class GradingRules {
    private GradingRules() {
    }

    /**
     * The evaluations each employee the cycle assesses still needs: the superior evaluation (when
     * they have a direct superior, given by them or, once they are no longer employed, by who
     * stands in, {@link SuperiorEvaluator}), as many peers' as the policy's minimum, and their
     * own. When nobody is left to stand in, no superior evaluation is needed: the employee is
     * graded as one without a superior, rather than block the cycle for ever.
     */
    public static List<MissingEvaluation> missing(AssessmentFacts.Participation facts) {
        int minimumPeers = facts.roll().policy().assessment().minimumPeers();
        var byEmployee = byEmployee(facts.evaluations());
        var missing = new ArrayList<MissingEvaluation>();
        for (var employee : facts.people()) {
            var given = byEmployee.getOrDefault(employee.id(), List.of());
            var superior = facts.roll().workforce().superiorEvaluator(employee).filter(SuperiorEvaluator::possible);
            if (superior.isPresent() && given.stream().noneMatch(e -> e.role() == EvaluatorRole.SUPERIOR)) {
                missing.add(MissingEvaluation.superior(employee.id(), superior.get()));
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

    /** The missing evaluations of the employees {@code actor} oversees ({@link AssessmentAccess#oversees}). */
    public static List<MissingEvaluation> missingSeenBy(Actor actor, AssessmentFacts.Participation facts) {
        var seen = seenBy(actor, facts.people());
        return missing(facts).stream().filter(m -> seen.contains(m.employee())).toList();
    }

    /**
     * What finalizing would give now, as far as {@code actor} oversees the cycle: the grades of
     * the employees whose evaluations are complete, with their reasons, and what the others miss.
     */
    public static CyclePreview preview(Actor actor, AssessmentFacts.Grading facts) {
        var graded = grade(facts);
        var seen = seenBy(actor, graded.people());
        return new CyclePreview(facts.cycle(), graded.policy().version(), graded.results().stream()
                .filter(r -> seen.contains(r.employee())).map(r -> new PreviewedGrade(r, graded.reasons(r))).toList(),
                graded.missing().stream().filter(m -> seen.contains(m.employee())).toList());
    }

    /**
     * The ids of the employees the cycle assesses, as far as {@code actor} may know them: every
     * one to HR, a manager their department's, and anyone those they stand as an evaluator of.
     */
    public static List<EmployeeId> participantsKnownTo(Actor actor, AssessmentFacts.Roll facts) {
        var self = facts.workforce().find(actor.id());
        var policy = facts.policy().assessment();
        return facts.people().stream().filter(e -> AssessmentAccess.knows(actor, e,
                        self.filter(me -> facts.workforce().standing(me, e, policy).allowed()).isPresent()))
                .map(Employee::id).toList();
    }

    /**
     * Grades the employees of the cycle, or of the part of it the facts hold, whose evaluations
     * are complete.
     */
    static Graded grade(AssessmentFacts.Grading facts) {
        var participation = facts.participation();
        var cycle = facts.cycle();
        var policy = participation.roll().policy();
        var people = participation.people();
        var missing = missing(participation);
        var incomplete = missing.stream().map(MissingEvaluation::employee).collect(Collectors.toSet());
        var byEmployee = byEmployee(participation.evaluations());
        var results = new ArrayList<GradeResult>();
        for (var employee : people.stream().filter(e -> !incomplete.contains(e.id())).toList()) {
            var id = employee.id();
            results.add(GradeRule.grade(new GradingInput(id, employee.department(),
                    byEmployee.getOrDefault(id, List.of()).stream().map(Evaluation::scored).toList(),
                    facts.taskFacts().getOrDefault(id, List.of()).stream().filter(f -> cycle.contains(f.at())).toList(),
                    facts.violations().getOrDefault(id, List.of()).stream()
                            .filter(v -> !v.voided() && cycle.contains(v.occurredAt()))
                            .map(v -> new PeriodViolation(v.id(), v.type(), v.severity(), v.occurredAt())).toList(),
                    facts.penalties().getOrDefault(id, List.of()).stream().map(p -> demotionIn(cycle, p))
                            .flatMap(Optional::stream).toList()), policy.assessment()));
        }
        var unfilled = new HashMap<EmployeeId, SuperiorEvaluator>();
        for (var employee : people) {
            participation.roll().workforce().superiorEvaluator(employee).filter(s -> !s.possible())
                    .ifPresent(s -> unfilled.put(employee.id(), s));
        }
        return new Graded(cycle, policy, people, missing, DistributionRule.apply(results, policy.assessment()),
                unfilled, fairness(cycle, policy, participation.assessed()));
    }

    /**
     * §1.3.3: everyone of the cycle is graded alike under one version. The same reason for every
     * grade of the cycle, rendered when read.
     */
    private static Reason fairness(AssessmentCycle cycle, PolicyDefinition policy, int assessed) {
        return Reason.of("§1.3.3", "assessment.fairness",
                () -> "assessment %s (%s to %s, %s) grades its %d assessed employee(s) with the same weights, deductions, bands and caps of policy version %s"
                        .formatted(cycle.name(), cycle.from(), cycle.to(), cycle.scope(), assessed, policy.version()),
                "cycle", cycle.id(), "from", cycle.from(), "to", cycle.to(), "assessed", assessed,
                "policyVersion", policy.version());
    }

    /** §3.3.3: a demotion issued in the period and still in force caps the grade. */
    private static Optional<PeriodDemotion> demotionIn(AssessmentCycle cycle, Penalty penalty) {
        if (penalty.step() != PenaltyStep.DEMOTION || !penalty.status().inForce()) {
            return Optional.empty();
        }
        return penalty.entered(PenaltyStatus.ISSUED).filter(t -> cycle.contains(t.at()))
                .map(t -> new PeriodDemotion(penalty.id(), t.at()));
    }

    private static Map<EmployeeId, List<Evaluation>> byEmployee(List<Evaluation> evaluations) {
        return evaluations.stream().collect(Collectors.groupingBy(Evaluation::evaluated));
    }

    private static Set<EmployeeId> seenBy(Actor actor, List<Employee> people) {
        return people.stream().filter(e -> AssessmentAccess.oversees(actor, e.department())).map(Employee::id)
                .collect(Collectors.toSet());
    }

    /**
     * A cycle graded as far as its evaluations allow.
     *
     * @param cycle   the cycle
     * @param policy  the version that grades it
     * @param people  everyone it assesses, or everyone of the part graded
     * @param missing the evaluations still missing
     * @param results the grades of the employees whose evaluations are complete, by employee id
     * @param unfilled who nobody is left to give the superior evaluation of, each with their
     *                 direct superior no longer employed
     * @param fairness the first reason of every grade of the cycle, one instance shared by all
     */
    record Graded(AssessmentCycle cycle, PolicyDefinition policy, List<Employee> people,
                  List<MissingEvaluation> missing, List<GradeResult> results, Map<EmployeeId, SuperiorEvaluator> unfilled,
                  Reason fairness) {
        Graded {
            unfilled = Map.copyOf(unfilled);
        }

        /**
         * §1.3.3, §3.3.1: why {@code result}: everyone of the cycle is graded alike under one
         * version, then each step of the grade.
         */
        List<Reason> reasons(GradeResult result) {
            var reasons = new ArrayList<Reason>();
            reasons.add(fairness);
            var unfilledSuperior = unfilled.get(result.employee());
            if (unfilledSuperior != null) {
                reasons.add(Reason.of("§3.3.1", "assessment.evaluations.no-stand-in",
                        "the superior evaluation is given by " + unfilledSuperior.describe(),
                        "directSuperior", unfilledSuperior.directSuperior()));
            }
            reasons.addAll(GradeRule.explain(result, policy.assessment()));
            return reasons;
        }
    }
}
