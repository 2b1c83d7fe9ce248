package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.DistributionTies;
import org.servicepolicy.policy.Grade;

/**
 * The optional distribution rule (§1.3.3): at most the policy's share of a department's assessed
 * employees keep EXCELLENT; the others become GOOD. Off while the share is 1 (the default). Pure.
 *
 * <p>The number allowed is the share times the department's assessed employees, rounded down.
 * Who keeps EXCELLENT is decided by the higher total and, under
 * {@link DistributionTies#COMPONENTS_THEN_ALL_KEEP}, then by the higher rules-and-discipline,
 * task-execution and task-acceptance scores. Employees still equal with the last one kept all
 * keep EXCELLENT, even beyond the share: nothing about who they are (their id, their name, the
 * order they are listed in) decides between them, "favouring no one". So the same scores always
 * give the same grades, whatever the employees are called.
 */
public final class DistributionRule {
    private static final Comparator<GradeResult> BY_TOTAL = Comparator.comparing(GradeResult::total,
            Comparator.reverseOrder());
    private static final List<AssessmentComponent> TIE_ORDER = List.of(AssessmentComponent.RULES_AND_DISCIPLINE,
            AssessmentComponent.TASK_EXECUTION, AssessmentComponent.TASK_ACCEPTANCE);

    private DistributionRule() {
    }

    /**
     * The order in which EXCELLENT grades are kept under {@code ties}, best first; results it
     * finds equal are tied, and keep or lose EXCELLENT together.
     */
    public static Comparator<GradeResult> ranking(DistributionTies ties) {
        var ranking = BY_TOTAL;
        if (ties == DistributionTies.COMPONENTS_THEN_ALL_KEEP) {
            for (var component : TIE_ORDER) {
                ranking = ranking.thenComparing(r -> r.component(component).score(), Comparator.reverseOrder());
            }
        }
        return ranking;
    }

    /** {@code results} with the distribution rule applied, in the same order. */
    public static List<GradeResult> apply(List<GradeResult> results, AssessmentPolicy policy) {
        if (!policy.limitsExcellentShare()) {
            return List.copyOf(results);
        }
        var byDepartment = new LinkedHashMap<DepartmentId, List<GradeResult>>();
        for (var result : results) {
            byDepartment.computeIfAbsent(result.department(), d -> new ArrayList<>()).add(result);
        }
        var ranking = ranking(policy.distributionTies());
        var decided = new HashMap<EmployeeId, GradeResult>();
        byDepartment.forEach((department, members) -> {
            int allowed = policy.maxExcellentShare().multiply(BigDecimal.valueOf(members.size()))
                    .setScale(0, RoundingMode.FLOOR).intValueExact();
            var excellent = members.stream().filter(r -> r.grade() == Grade.EXCELLENT).sorted(ranking).toList();
            if (excellent.size() <= allowed) {
                return;
            }
            var limit = "department " + department + " may have at most " + allowed + " EXCELLENT of "
                    + members.size() + " assessed (share " + policy.maxExcellentShare().toPlainString() + ")";
            var lastKept = allowed == 0 ? null : excellent.get(allowed - 1);
            var tied = lastKept == null ? List.<GradeResult>of()
                    : excellent.stream().filter(r -> ranking.compare(r, lastKept) == 0).toList();
            // Sorted best first, a result's rank is one more than the number ranked strictly before
            // it: the position of the first of its equals. One pass, not a count per result.
            int rank = 0;
            for (int i = 0; i < excellent.size(); i++) {
                var result = excellent.get(i);
                if (i == 0 || ranking.compare(excellent.get(i - 1), result) != 0) {
                    rank = i + 1;
                }
                if (tied.size() > 1 && ranking.compare(result, lastKept) == 0 && tied.size() + rank - 1 > allowed) {
                    decided.put(result.employee(), result.withCap(cap("assessment.distribution.tie", Grade.EXCELLENT,
                            department, limit + "; ranked " + rank + " of " + excellent.size() + " by "
                                    + criteria(policy.distributionTies()) + ", " + tied.size()
                                    + " employees tie exactly for the last place kept (" + scores(result)
                                    + "), and under assessment.distribution.ties " + policy.distributionTies()
                                    + " tied employees all keep EXCELLENT, so the department keeps "
                                    + (rank - 1 + tied.size())), policy));
                } else if (rank > allowed) {
                    decided.put(result.employee(), result.withCap(cap("assessment.cap.distribution", Grade.GOOD,
                            department, limit + "; ranked " + rank + " of " + excellent.size() + " by "
                                    + criteria(policy.distributionTies()) + (lastKept == null ? ""
                                    : ", below the last kept (" + scores(lastKept) + ") on "
                                    + decidingCriterion(result, lastKept))), policy));
                }
            }
        });
        return results.stream().map(r -> decided.getOrDefault(r.employee(), r)).toList();
    }

    private static GradeCap cap(String ruleId, Grade ceiling, DepartmentId department, String detail) {
        return new GradeCap(ruleId, "§1.3.3", ceiling, department.value(), detail);
    }

    private static String criteria(DistributionTies ties) {
        return ties == DistributionTies.COMPONENTS_THEN_ALL_KEEP
                ? "total, then rules and discipline, then task execution, then task acceptance" : "total";
    }

    /** The first criterion on which {@code below} falls behind {@code kept}. */
    private static String decidingCriterion(GradeResult below, GradeResult kept) {
        if (below.total().compareTo(kept.total()) != 0) {
            return "total " + below.total();
        }
        return TIE_ORDER.stream().filter(c -> below.component(c).score().compareTo(kept.component(c).score()) != 0)
                .findFirst().map(c -> "an equal total, then " + c + " " + below.component(c).score())
                .orElseThrow();
    }

    private static String scores(GradeResult result) {
        return "total " + result.total() + ", " + TIE_ORDER.stream()
                .map(c -> c + " " + result.component(c).score()).reduce((a, b) -> a + ", " + b).orElseThrow();
    }
}
