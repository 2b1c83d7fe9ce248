package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

/**
 * The compliance-assessment section of the policy (§3.3.1): how evaluations combine into a
 * grade, what the objective facts of the period deduct, which facts cap the grade, and the
 * salary-adjustment recommendation each grade carries.
 *
 * @param evaluatorWeights      the share of each evaluator group in a component; all positive,
 *                              adding up to 1 (superior 0.5, peers 0.3, self 0.2)
 * @param componentWeights      the share of each component in the total; adding up to 1
 * @param minimumPeers          the fewest peer evaluations an employee needs
 * @param peerScope             who may give a peer evaluation: colleagues of the department or
 *                              of the company, never a superior or subordinate
 * @param bandFrom              the lowest total that reaches each grade above UNQUALIFIED
 * @param taskDeductions        the points one task fact deducts from its component
 * @param violationDeductions   the points one violation of the period deducts from rules and
 *                              discipline, by severity
 * @param violationCaps         the best grade an employee can get with a violation of each
 *                              severity in the period (EXCELLENT: no cap)
 * @param demotionCap           the best grade with a demotion issued in the period and in force
 * @param maxExcellentShare     the largest share of a department's assessed employees that may
 *                              be EXCELLENT; 1 switches the distribution rule off
 * @param distributionTies      how the distribution rule settles employees who tie for the last
 *                              EXCELLENT grades, never by who they are (§1.3.3)
 * @param salaryAdjustments     the recommended salary adjustment per grade, as a fraction
 */
public record AssessmentPolicy(Map<EvaluatorRole, BigDecimal> evaluatorWeights,
                               Map<AssessmentComponent, BigDecimal> componentWeights, int minimumPeers,
                               PeerScope peerScope, Map<Grade, Integer> bandFrom, Map<TaskFactKind, Integer> taskDeductions,
                               Map<Severity, Integer> violationDeductions, Map<Severity, Grade> violationCaps,
                               Grade demotionCap, BigDecimal maxExcellentShare, DistributionTies distributionTies,
                               Map<Grade, BigDecimal> salaryAdjustments) {
    private static final Grade[] BANDED = {Grade.QUALIFIED, Grade.GOOD, Grade.EXCELLENT};

    /** Copies the maps and requires every part. */
    public AssessmentPolicy {
        evaluatorWeights = copy(evaluatorWeights, EvaluatorRole.class);
        componentWeights = copy(componentWeights, AssessmentComponent.class);
        bandFrom = copy(bandFrom, Grade.class);
        taskDeductions = copy(taskDeductions, TaskFactKind.class);
        violationDeductions = copy(violationDeductions, Severity.class);
        violationCaps = copy(violationCaps, Severity.class);
        salaryAdjustments = copy(salaryAdjustments, Grade.class);
        Objects.requireNonNull(peerScope, "peerScope");
        Objects.requireNonNull(demotionCap, "demotionCap");
        Objects.requireNonNull(maxExcellentShare, "maxExcellentShare");
        Objects.requireNonNull(distributionTies, "distributionTies");
    }

    private static <K extends Enum<K>, V> Map<K, V> copy(Map<K, V> map, Class<K> type) {
        var copy = new EnumMap<K, V>(type);
        copy.putAll(map);
        return Collections.unmodifiableMap(copy);
    }

    /** The grade whose band holds {@code total}. */
    public Grade gradeFor(BigDecimal total) {
        for (int i = BANDED.length - 1; i >= 0; i--) {
            if (total.compareTo(BigDecimal.valueOf(bandFrom.get(BANDED[i]))) >= 0) {
                return BANDED[i];
            }
        }
        return Grade.UNQUALIFIED;
    }

    /** The band of {@code grade} in words, e.g. "from 75 to below 90" or "below 60". */
    public String band(Grade grade) {
        if (grade == Grade.UNQUALIFIED) {
            return "below " + bandFrom.get(Grade.QUALIFIED);
        }
        if (grade == Grade.EXCELLENT) {
            return "from " + bandFrom.get(Grade.EXCELLENT);
        }
        return "from " + bandFrom.get(grade) + " to below " + bandFrom.get(Grade.values()[grade.ordinal() + 1]);
    }

    /** Whether the distribution rule limits EXCELLENT grades. */
    public boolean limitsExcellentShare() {
        return maxExcellentShare.compareTo(BigDecimal.ONE) < 0;
    }

    static AssessmentPolicy read(PolicySettings s) {
        var evaluators = new EnumMap<EvaluatorRole, BigDecimal>(EvaluatorRole.class);
        for (var role : EvaluatorRole.values()) {
            var key = "assessment.evaluatorWeight." + role;
            var weight = s.fraction(key);
            if (weight.signum() == 0) {
                s.problem(key, "must be above 0: §3.3.1 combines superior, peer and self-evaluation");
            }
            evaluators.put(role, weight);
        }
        requireWhole(s, "assessment.evaluatorWeight", evaluators);
        var components = new EnumMap<AssessmentComponent, BigDecimal>(AssessmentComponent.class);
        for (var component : AssessmentComponent.values()) {
            components.put(component, s.fraction("assessment.componentWeight." + component));
        }
        requireWhole(s, "assessment.componentWeight", components);
        var bands = new EnumMap<Grade, Integer>(Grade.class);
        for (var grade : BANDED) {
            bands.put(grade, s.integer("assessment.band." + grade + ".fromScore", 1, 100));
        }
        for (int i = 1; i < BANDED.length; i++) {
            if (bands.get(BANDED[i]) <= bands.get(BANDED[i - 1])) {
                s.problem("assessment.band." + BANDED[i] + ".fromScore",
                        "must be above the score of " + BANDED[i - 1] + "; the grade bands may not overlap");
            }
        }
        var tasks = new EnumMap<TaskFactKind, Integer>(TaskFactKind.class);
        for (var kind : TaskFactKind.values()) {
            tasks.put(kind, s.integer("assessment.deduction." + kind, 0, 100));
        }
        var violations = new EnumMap<Severity, Integer>(Severity.class);
        var caps = new EnumMap<Severity, Grade>(Severity.class);
        for (var severity : Severity.values()) {
            violations.put(severity, s.integer("assessment.deduction.violation." + severity, 0, 100));
            caps.put(severity, s.constant("assessment.cap.violation." + severity, Grade.class, Grade.EXCELLENT));
        }
        for (var severity : Severity.values()) {
            if (severity.ordinal() > 0 && caps.get(severity).compareTo(caps.get(Severity.values()[severity.ordinal() - 1])) > 0) {
                s.problem("assessment.cap.violation." + severity,
                        "must not be above the cap of the lighter severity " + Severity.values()[severity.ordinal() - 1]);
            }
        }
        var salary = new EnumMap<Grade, BigDecimal>(Grade.class);
        for (var grade : Grade.values()) {
            salary.put(grade, s.fraction("assessment.salaryAdjustment." + grade));
        }
        for (var grade : Grade.values()) {
            if (grade.ordinal() > 0 && salary.get(grade).compareTo(salary.get(Grade.values()[grade.ordinal() - 1])) < 0) {
                s.problem("assessment.salaryAdjustment." + grade,
                        "must not be below the adjustment of the lower grade " + Grade.values()[grade.ordinal() - 1]);
            }
        }
        return new AssessmentPolicy(evaluators, components, s.integer("assessment.peers.minimum", 1, 50),
                s.constant("assessment.peers.scope", PeerScope.class, PeerScope.DEPARTMENT), bands, tasks,
                violations, caps, s.constant("assessment.cap.demotion", Grade.class, Grade.EXCELLENT),
                s.fraction("assessment.distribution.maxExcellentShare"),
                s.constant("assessment.distribution.ties", DistributionTies.class,
                        DistributionTies.COMPONENTS_THEN_ALL_KEEP), salary);
    }

    private static void requireWhole(PolicySettings s, String prefix, Map<?, BigDecimal> weights) {
        var sum = weights.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (sum.compareTo(BigDecimal.ONE) != 0) {
            s.problem(prefix, "the weights " + weights.keySet() + " must add up to 1 (100%), they add up to "
                    + sum.toPlainString());
        }
    }

    void write(Map<String, String> out) {
        evaluatorWeights.forEach((k, v) -> out.put("assessment.evaluatorWeight." + k, v.toPlainString()));
        componentWeights.forEach((k, v) -> out.put("assessment.componentWeight." + k, v.toPlainString()));
        out.put("assessment.peers.minimum", Integer.toString(minimumPeers));
        out.put("assessment.peers.scope", peerScope.name());
        bandFrom.forEach((k, v) -> out.put("assessment.band." + k + ".fromScore", v.toString()));
        taskDeductions.forEach((k, v) -> out.put("assessment.deduction." + k, v.toString()));
        violationDeductions.forEach((k, v) -> out.put("assessment.deduction.violation." + k, v.toString()));
        violationCaps.forEach((k, v) -> out.put("assessment.cap.violation." + k, v.name()));
        out.put("assessment.cap.demotion", demotionCap.name());
        out.put("assessment.distribution.maxExcellentShare", maxExcellentShare.toPlainString());
        out.put("assessment.distribution.ties", distributionTies.name());
        salaryAdjustments.forEach((k, v) -> out.put("assessment.salaryAdjustment." + k, v.toPlainString()));
    }
}
