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
import org.servicepolicy.policy.Grade;

/**
 * The optional distribution rule (§1.3.3): at most the policy's share of a department's assessed
 * employees keep EXCELLENT; the others become GOOD. Off while the share is 1 (the default). Pure.
 *
 * <p>The number allowed is the share times the department's assessed employees, rounded down.
 * Who keeps EXCELLENT is decided by, in order: the higher total; the higher rules-and-discipline
 * score; the higher task-execution score; the lower employee id. The last step only orders
 * exact ties, so the same results always give the same outcome.
 */
public final class DistributionRule {
    /** The order in which EXCELLENT grades are kept. */
    public static final Comparator<GradeResult> RANKING = Comparator
            .comparing(GradeResult::total, Comparator.reverseOrder())
            .thenComparing(r -> r.component(AssessmentComponent.RULES_AND_DISCIPLINE).score(), Comparator.reverseOrder())
            .thenComparing(r -> r.component(AssessmentComponent.TASK_EXECUTION).score(), Comparator.reverseOrder())
            .thenComparing(r -> r.employee().value());

    private DistributionRule() {
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
        var capped = new HashMap<EmployeeId, GradeResult>();
        byDepartment.forEach((department, members) -> {
            int allowed = policy.maxExcellentShare().multiply(BigDecimal.valueOf(members.size()))
                    .setScale(0, RoundingMode.FLOOR).intValueExact();
            var excellent = members.stream().filter(r -> r.grade() == Grade.EXCELLENT).sorted(RANKING).toList();
            for (int rank = allowed; rank < excellent.size(); rank++) {
                var result = excellent.get(rank);
                capped.put(result.employee(), result.withCap(new GradeCap("assessment.cap.distribution", "§1.3.3",
                        Grade.GOOD, department.value(), "department " + department + " may have at most " + allowed
                        + " EXCELLENT of " + members.size() + " assessed (share "
                        + policy.maxExcellentShare().toPlainString() + "); ranked " + (rank + 1) + " of "
                        + excellent.size() + " by total, then rules and discipline, then task execution, then id"),
                        policy));
            }
        });
        return results.stream().map(r -> capped.getOrDefault(r.employee(), r)).toList();
    }
}
