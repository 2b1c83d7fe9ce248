package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.Grade;

/**
 * One employee's finalized grade in one cycle (§3.3.1): a performance record and the basis of a
 * salary-adjustment recommendation. Stored once when the cycle is finalized and never changed;
 * the decision it names holds the full explanation.
 *
 * @param cycle            the cycle
 * @param employee         who was graded
 * @param department       their department when graded
 * @param periodFrom       the cycle's first day
 * @param periodTo         the cycle's last day
 * @param grade            the final grade
 * @param total            the weighted total
 * @param components       the three component scores
 * @param salaryAdjustment the recommended salary adjustment, as a fraction (0.05 = +5%)
 * @param decision         the stored decision that explains it
 * @param policyVersion    the policy version applied
 * @param finalizedAt      when the cycle was finalized
 */
public record CycleGrade(AssessmentCycleId cycle, EmployeeId employee, DepartmentId department, LocalDate periodFrom,
                         LocalDate periodTo, Grade grade, BigDecimal total, ComponentValues components,
                         BigDecimal salaryAdjustment, DecisionId decision, String policyVersion, Instant finalizedAt) {
    /** Requires every part. */
    public CycleGrade {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(periodFrom, "periodFrom");
        Objects.requireNonNull(periodTo, "periodTo");
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(components, "components");
        Objects.requireNonNull(salaryAdjustment, "salaryAdjustment");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(finalizedAt, "finalizedAt");
    }
}
