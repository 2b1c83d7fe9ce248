package org.servicepolicy.assessment;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.Grade;

/**
 * One employee's grade as {@link GradeRule} computed it, with every step that led to it;
 * {@link GradeRule#explain} turns it into the reasons of the stored decision.
 *
 * @param employee          who was graded
 * @param department        their department
 * @param groups            what each evaluator group gave, superior (if any), peers, self
 * @param deductions        the facts' deductions, by component, time and fact id
 * @param countedOnce       violations for refusing a task that the task facts already deduct
 * @param components        the three components, in the order of {@link AssessmentComponent}
 * @param total             the weighted total, within 0-100, to two decimals
 * @param band              the grade the total reaches
 * @param caps              the ceilings that apply, in the order applied
 * @param grade             the band capped by every ceiling: the final grade
 * @param salaryAdjustment  the salary adjustment recommended for the grade, as a fraction
 */
public record GradeResult(EmployeeId employee, DepartmentId department, List<GroupScore> groups,
                          List<Deduction> deductions, List<ViolationId> countedOnce, List<ComponentResult> components,
                          BigDecimal total, Grade band, List<GradeCap> caps, Grade grade,
                          BigDecimal salaryAdjustment) {
    /** Requires every part and copies the lists. */
    public GradeResult {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        groups = List.copyOf(groups);
        deductions = List.copyOf(deductions);
        countedOnce = List.copyOf(countedOnce);
        components = List.copyOf(components);
        Objects.requireNonNull(total, "total");
        Objects.requireNonNull(band, "band");
        caps = List.copyOf(caps);
        Objects.requireNonNull(grade, "grade");
        Objects.requireNonNull(salaryAdjustment, "salaryAdjustment");
    }

    /** The result of {@code component}. */
    public ComponentResult component(AssessmentComponent component) {
        return components.get(component.ordinal());
    }

    /** This result with one more ceiling applied, and the salary recommendation that follows. */
    public GradeResult withCap(GradeCap cap, AssessmentPolicy policy) {
        var more = new ArrayList<>(caps);
        more.add(cap);
        var capped = grade.cappedAt(cap.ceiling());
        return new GradeResult(employee, department, groups, deductions, countedOnce, components, total, band, more,
                capped, policy.salaryAdjustments().get(capped));
    }
}
