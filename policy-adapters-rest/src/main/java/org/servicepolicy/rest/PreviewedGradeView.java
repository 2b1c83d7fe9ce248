package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.util.List;
import org.servicepolicy.assessment.PreviewedGrade;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.Grade;

/**
 * A grade computed for an open cycle and not stored (what-if, §3.3.1), every step shown.
 *
 * @param employeeId       who would be graded
 * @param departmentId     their department
 * @param groups           what each evaluator group gave: superior (if any), peers, self
 * @param deductions       the facts of the period and the points each deducts
 * @param countedOnce      violations for refusing a task that the task facts already deduct
 * @param components       the three components: weighted evaluations, deductions, score
 * @param total            the weighted total, within 0-100
 * @param band             the grade the total reaches
 * @param caps             the ceilings that apply, in the order applied
 * @param grade            the band capped by every ceiling
 * @param salaryAdjustment the salary adjustment the grade recommends, as a fraction (0.05 = +5%)
 * @param reasons          the explanation a finalized grade's decision would hold, clause by clause
 */
public record PreviewedGradeView(String employeeId, String departmentId, List<GroupScoreView> groups,
                                 List<DeductionView> deductions, List<String> countedOnce,
                                 List<ComponentResultView> components, BigDecimal total, Grade band,
                                 List<GradeCapView> caps, Grade grade, BigDecimal salaryAdjustment,
                                 List<ReasonView> reasons) {
    /** The view of {@code previewed}. */
    public static PreviewedGradeView of(PreviewedGrade previewed) {
        var result = previewed.result();
        return new PreviewedGradeView(result.employee().value(), result.department().value(),
                result.groups().stream().map(GroupScoreView::of).toList(),
                result.deductions().stream().map(DeductionView::of).toList(),
                result.countedOnce().stream().map(ViolationId::value).toList(),
                result.components().stream().map(ComponentResultView::of).toList(), result.total(), result.band(),
                result.caps().stream().map(GradeCapView::of).toList(), result.grade(), result.salaryAdjustment(),
                previewed.reasons().stream().map(ReasonView::of).toList());
    }
}
