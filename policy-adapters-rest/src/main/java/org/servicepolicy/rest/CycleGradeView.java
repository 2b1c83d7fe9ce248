package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.policy.Grade;

/**
 * An employee's finalized grade in one cycle (§3.3.1), with the stored decision that explains it:
 * each evaluator group, each deduction and its fact, each component, the total, the band, any cap
 * and the salary-adjustment recommendation, each citing its clause.
 *
 * @param cycleId          the cycle
 * @param employeeId       who was graded
 * @param departmentId     their department when graded
 * @param periodFrom       the cycle's first day
 * @param periodTo         the cycle's last day
 * @param grade            EXCELLENT, GOOD, QUALIFIED or UNQUALIFIED
 * @param total            the weighted total, within 0-100
 * @param components       the three component scores
 * @param salaryAdjustment the salary adjustment recommended, as a fraction (0.05 = +5%): a
 *                         recommendation, not payroll
 * @param policyVersion    the policy version applied
 * @param finalizedAt      when the cycle was finalized
 * @param decision         the stored decision, with its reasons
 */
public record CycleGradeView(String cycleId, String employeeId, String departmentId, LocalDate periodFrom,
                             LocalDate periodTo, Grade grade, BigDecimal total, ComponentValuesView components,
                             BigDecimal salaryAdjustment, String policyVersion, Instant finalizedAt,
                             DecisionView decision) {
    /** The view of {@code grade} and {@code decision}, the decision it names. */
    public static CycleGradeView of(CycleGrade grade, Decision decision) {
        return new CycleGradeView(grade.cycle().value(), grade.employee().value(), grade.department().value(),
                grade.periodFrom(), grade.periodTo(), grade.grade(), grade.total(),
                ComponentValuesView.of(grade.components()), grade.salaryAdjustment(), grade.policyVersion(),
                grade.finalizedAt(), DecisionView.of(decision));
    }
}
