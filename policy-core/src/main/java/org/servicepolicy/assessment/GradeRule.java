package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.3.1: one employee's compliance grade from the superior, peer and self-evaluations and the
 * objective facts of the period. Pure: the same input and policy give the same result, whatever
 * the order of the evaluations and facts (§1.3.3).
 *
 * <p>Each component is the superior's score times its weight, plus the peers' mean times theirs,
 * plus the self-evaluation times its own, minus the points the period's facts deduct from it,
 * kept within 0-100. Without a direct superior (the top of a reporting line) the peers' and the
 * self weights are used in proportion. The total weighs the components and is kept within
 * 0-100; the bands turn it into a grade. A violation of the period can cap the grade by its
 * severity, a demotion issued in the period and in force caps it too (§3.3.3). A violation for
 * refusing a task is deducted as the task fact the task capability reports, not a second time.
 *
 * <p>Arithmetic: means and scores are decimals rounded half up to two places; a proportional
 * weighting is carried to six places before that rounding.
 */
public final class GradeRule {
    private static final int SCALE = 2;
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);
    private static final AssessmentComponent[] COMPONENTS = AssessmentComponent.values();

    private GradeRule() {
    }

    /**
     * The grade of {@code input} under {@code policy}.
     *
     * @throws IllegalArgumentException when the evaluations are incomplete: more than one
     *                                  superior, not exactly one self-evaluation, or fewer
     *                                  peers than the policy's minimum
     */
    public static GradeResult grade(GradingInput input, AssessmentPolicy policy) {
        var sums = new long[EvaluatorRole.values().length][COMPONENTS.length];
        var counts = new int[EvaluatorRole.values().length];
        for (var evaluation : input.evaluations()) {
            int role = evaluation.role().ordinal();
            counts[role]++;
            var scores = evaluation.scores();
            sums[role][0] += scores.taskAcceptance();
            sums[role][1] += scores.taskExecution();
            sums[role][2] += scores.rulesAndDiscipline();
        }
        int superiors = counts[EvaluatorRole.SUPERIOR.ordinal()];
        int peers = counts[EvaluatorRole.PEER.ordinal()];
        int selves = counts[EvaluatorRole.SELF.ordinal()];
        if (superiors > 1 || selves != 1 || peers < policy.minimumPeers()) {
            throw new IllegalArgumentException("incomplete evaluations of " + input.employee() + ": " + superiors
                    + " superior, " + peers + " peer (at least " + policy.minimumPeers() + "), " + selves + " self");
        }
        var standIn = input.evaluations().stream().map(ScoredEvaluation::standIn).flatMap(Optional::stream)
                .findFirst();
        var groups = new ArrayList<GroupScore>(3);
        var means = new BigDecimal[EvaluatorRole.values().length][];
        for (var role : EvaluatorRole.values()) {
            int r = role.ordinal();
            if (counts[r] == 0) {
                continue;
            }
            means[r] = new BigDecimal[COMPONENTS.length];
            for (int c = 0; c < COMPONENTS.length; c++) {
                means[r][c] = BigDecimal.valueOf(sums[r][c]).divide(BigDecimal.valueOf(counts[r]), SCALE,
                        RoundingMode.HALF_UP);
            }
            groups.add(new GroupScore(role, counts[r], new ComponentValues(means[r][0], means[r][1], means[r][2]),
                    role == EvaluatorRole.SUPERIOR ? standIn : Optional.empty()));
        }

        var deductions = new ArrayList<Deduction>(input.taskFacts().size() + input.violations().size());
        for (var fact : input.taskFacts()) {
            var kind = fact.kind();
            deductions.add(new Deduction(kind.component(), kind.name(), kind.name(), fact.taskId(), fact.at(),
                    policy.taskDeductions().get(kind), kind.clause()));
        }
        var countedOnce = new ArrayList<ViolationId>();
        for (var violation : input.violations()) {
            if (violation.type() == ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON) {
                countedOnce.add(violation.id());
                continue;
            }
            deductions.add(new Deduction(AssessmentComponent.RULES_AND_DISCIPLINE, "VIOLATION",
                    violation.severity().name() + " " + violation.type().name(), violation.id().value(),
                    violation.occurredAt(), policy.violationDeductions().get(violation.severity()), "§3.3.3"));
        }
        deductions.sort(Comparator.comparing(Deduction::component).thenComparing(Deduction::at)
                .thenComparing(Deduction::factId).thenComparing(Deduction::fact));
        countedOnce.sort(Comparator.comparing(ViolationId::value));
        var deducted = new int[COMPONENTS.length];
        for (var deduction : deductions) {
            deducted[deduction.component().ordinal()] += deduction.points();
        }

        var weights = policy.evaluatorWeights();
        var components = new ArrayList<ComponentResult>(COMPONENTS.length);
        var total = BigDecimal.ZERO;
        for (var component : COMPONENTS) {
            int c = component.ordinal();
            var peerPart = weights.get(EvaluatorRole.PEER).multiply(means[EvaluatorRole.PEER.ordinal()][c]);
            var selfPart = weights.get(EvaluatorRole.SELF).multiply(means[EvaluatorRole.SELF.ordinal()][c]);
            BigDecimal weighted;
            if (superiors == 1) {
                weighted = weights.get(EvaluatorRole.SUPERIOR).multiply(means[EvaluatorRole.SUPERIOR.ordinal()][c])
                        .add(peerPart).add(selfPart).setScale(SCALE, RoundingMode.HALF_UP);
            } else {
                var shares = weights.get(EvaluatorRole.PEER).add(weights.get(EvaluatorRole.SELF));
                weighted = peerPart.add(selfPart).divide(shares, 6, RoundingMode.HALF_UP)
                        .setScale(SCALE, RoundingMode.HALF_UP);
            }
            var score = clamp(weighted.subtract(BigDecimal.valueOf(deducted[c])));
            components.add(new ComponentResult(component, weighted, deducted[c], score));
            total = total.add(policy.componentWeights().get(component).multiply(score));
        }
        total = clamp(total.setScale(SCALE, RoundingMode.HALF_UP));
        var band = policy.gradeFor(total);

        var caps = new ArrayList<GradeCap>(2);
        PeriodViolation worst = null;
        for (var violation : input.violations()) {
            if (worst == null || ceilingOf(violation, policy).compareTo(ceilingOf(worst, policy)) < 0
                    || ceilingOf(violation, policy) == ceilingOf(worst, policy) && earlier(violation, worst)) {
                worst = violation;
            }
        }
        if (worst != null && ceilingOf(worst, policy) != Grade.EXCELLENT) {
            caps.add(new GradeCap("assessment.cap.violation", "§3.3.3", ceilingOf(worst, policy), worst.id().value(),
                    "a " + worst.severity() + " violation in the period (" + worst.id() + ", " + worst.type() + ", "
                            + worst.occurredAt() + ") allows at most " + ceilingOf(worst, policy)));
        }
        var demotion = input.demotions().stream()
                .min(Comparator.comparing(PeriodDemotion::issuedAt).thenComparing(d -> d.penalty().value()));
        if (demotion.isPresent() && policy.demotionCap() != Grade.EXCELLENT) {
            var d = demotion.get();
            caps.add(new GradeCap("assessment.cap.demotion", "§3.3.3", policy.demotionCap(), d.penalty().value(),
                    "a demotion issued in the period and in force (" + d.penalty() + ", " + d.issuedAt()
                            + ") allows at most " + policy.demotionCap()));
        }
        var grade = band;
        for (var cap : caps) {
            grade = grade.cappedAt(cap.ceiling());
        }
        return new GradeResult(input.employee(), input.department(), groups, deductions, countedOnce, components, total,
                band, caps, grade, policy.salaryAdjustments().get(grade));
    }

    private static Grade ceilingOf(PeriodViolation violation, AssessmentPolicy policy) {
        return policy.violationCaps().get(violation.severity());
    }

    private static boolean earlier(PeriodViolation a, PeriodViolation b) {
        int byTime = a.occurredAt().compareTo(b.occurredAt());
        return byTime < 0 || byTime == 0 && a.id().value().compareTo(b.id().value()) < 0;
    }

    private static BigDecimal clamp(BigDecimal value) {
        if (value.signum() < 0) {
            return BigDecimal.ZERO.setScale(SCALE);
        }
        return value.compareTo(HUNDRED) > 0 ? HUNDRED.setScale(SCALE) : value;
    }

    /**
     * The reasons that explain {@code result}, step by step, each citing its clause. Their
     * messages and facts are rendered when first read, from {@code result} and {@code policy}.
     */
    public static List<Reason> explain(GradeResult result, AssessmentPolicy policy) {
        var reasons = new ArrayList<Reason>(result.groups().size() + result.deductions().size()
                + result.countedOnce().size() + result.caps().size() + 7);
        var weights = policy.evaluatorWeights();
        boolean hasSuperior = false;
        for (var group : result.groups()) {
            hasSuperior |= group.role() == EvaluatorRole.SUPERIOR;
            var mean = group.mean();
            var weight = weights.get(group.role());
            reasons.add(Reason.of("§3.3.1", "assessment.evaluations." + group.role().name().toLowerCase(),
                    () -> who(group) + " gave task acceptance " + mean.taskAcceptance() + ", task execution "
                            + mean.taskExecution() + ", rules and discipline " + mean.rulesAndDiscipline() + " (weight "
                            + percent(weight) + ")",
                    "role", group.role(), "evaluations", group.count(), "TASK_ACCEPTANCE", mean.taskAcceptance(),
                    "TASK_EXECUTION", mean.taskExecution(), "RULES_AND_DISCIPLINE", mean.rulesAndDiscipline(),
                    "weight", Reason.later(weight::toPlainString)));
        }
        if (!hasSuperior) {
            reasons.add(Reason.of("§3.3.1", "assessment.evaluations.no-superior",
                    "no superior evaluation counts for this employee, who has no direct superior or none left to"
                            + " stand in for one no longer employed: peers and self count in proportion to their weights", "superiorWeight", Reason.later(weights.get(EvaluatorRole.SUPERIOR)::toPlainString)));
        }
        for (var deduction : result.deductions()) {
            boolean violation = deduction.fact().equals("VIOLATION");
            reasons.add(Reason.of(deduction.clause(), violation ? "assessment.deduction.violation"
                            : "assessment.deduction.task", () -> violation
                            ? "violation " + deduction.factId() + " (" + deduction.detail() + ") at " + deduction.at()
                            + " deducts " + deduction.points() + " point(s) from " + deduction.component()
                            : deduction.fact() + " on task " + deduction.factId() + " at " + deduction.at() + " deducts "
                            + deduction.points() + " point(s) from " + deduction.component(),
                    "fact", deduction.fact(), "detail", deduction.detail(), "factId", deduction.factId(),
                    "at", deduction.at(), "component", deduction.component(), "points", deduction.points()));
        }
        for (var id : result.countedOnce()) {
            reasons.add(Reason.of("§1.3.3", "assessment.deduction.counted-once",
                    () -> "violation " + id + " records a task refusal that the task facts already deduct; it is not "
                            + "deducted twice", "violation", id));
        }
        for (var component : result.components()) {
            reasons.add(Reason.of("§3.3.1", "assessment.component",
                    () -> component.component() + ": evaluations weigh " + component.weighted() + ", minus "
                            + component.deducted() + " point(s) deducted, within 0-100: " + component.score(),
                    "component", component.component(), "weighted", component.weighted(),
                    "deducted", component.deducted(), "score", component.score()));
        }
        reasons.add(Reason.of("§3.3.1", "assessment.total", () -> "total " + formula(result, policy) + " = "
                + result.total(), "total", result.total()));
        reasons.add(Reason.of("§3.3.1", "assessment.band",
                () -> result.total() + " is " + result.band() + " (" + policy.band(result.band()) + ")",
                "total", result.total(), "band", result.band(), "range", Reason.later(() -> policy.band(result.band()))));
        var grade = result.band();
        for (var cap : result.caps()) {
            var before = grade;
            var after = grade.cappedAt(cap.ceiling());
            grade = after;
            reasons.add(Reason.of(cap.clause(), cap.ruleId(), () -> cap.detail() + (before == after
                            ? ": " + before + " is within it" : ": " + before + " becomes " + after),
                    "cause", cap.cause(), "ceiling", cap.ceiling(), "before", before, "after", after));
        }
        reasons.add(Reason.of("§3.3.1", "assessment.salary-adjustment",
                () -> "grade " + result.grade() + " recommends a salary adjustment of " + percent(result.salaryAdjustment())
                        + " (a recommendation for payroll to decide, not a payment)",
                "grade", result.grade(), "salaryAdjustment", Reason.later(result.salaryAdjustment()::toPlainString)));
        return reasons;
    }

    private static String who(GroupScore group) {
        return switch (group.role()) {
            case SUPERIOR -> group.standIn().map(StandIn::describe).orElse("the direct superior");
            case PEER -> "the mean of " + group.count() + " peer evaluation(s)";
            case SELF -> "the self-evaluation";
        };
    }

    /** The weighted sum of the component scores, e.g. "40% x 80.00 + 30% x 75.50 + 30% x 90.00". */
    private static String formula(GradeResult result, AssessmentPolicy policy) {
        var formula = new StringBuilder();
        for (var component : result.components()) {
            if (formula.length() > 0) {
                formula.append(" + ");
            }
            formula.append(percent(policy.componentWeights().get(component.component()))).append(" x ")
                    .append(component.score());
        }
        return formula.toString();
    }

    private static String percent(BigDecimal fraction) {
        return fraction.movePointRight(2).stripTrailingZeros().toPlainString() + "%";
    }
}
