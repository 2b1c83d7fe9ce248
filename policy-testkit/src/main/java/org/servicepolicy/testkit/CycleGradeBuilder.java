package org.servicepolicy.testkit;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentValues;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.Grade;

/**
 * Builds a {@link CycleGrade}; start from {@link Fixtures#cycleGrade(AssessmentCycleId, DecisionId)}.
 * Scores are given as text with the two decimals the core grades with, e.g. {@code "82.35"}.
 */
public final class CycleGradeBuilder {
    private final AssessmentCycleId cycle;
    private final DecisionId decision;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private DepartmentId department = Fixtures.DEPARTMENT;
    private LocalDate periodFrom = LocalDate.of(2025, 1, 1);
    private LocalDate periodTo = LocalDate.of(2025, 3, 31);
    private Grade grade = Grade.GOOD;
    private BigDecimal total = new BigDecimal("82.35");
    private ComponentValues components = new ComponentValues(new BigDecimal("80.50"), new BigDecimal("84.25"),
            new BigDecimal("81.60"));
    private BigDecimal salaryAdjustment = new BigDecimal("0.05");
    private String policyVersion = "standard";
    private Instant finalizedAt = Fixtures.T0;

    CycleGradeBuilder(AssessmentCycleId cycle, DecisionId decision) {
        this.cycle = cycle;
        this.decision = decision;
    }

    /** Sets who was graded. */
    public CycleGradeBuilder employee(EmployeeId value) {
        this.employee = value;
        return this;
    }

    /** Sets their department when graded. */
    public CycleGradeBuilder department(DepartmentId value) {
        this.department = value;
        return this;
    }

    /** Sets the cycle's first and last day. */
    public CycleGradeBuilder period(LocalDate first, LocalDate last) {
        this.periodFrom = first;
        this.periodTo = last;
        return this;
    }

    /** Sets the final grade. */
    public CycleGradeBuilder grade(Grade value) {
        this.grade = value;
        return this;
    }

    /** Sets the weighted total. */
    public CycleGradeBuilder total(String value) {
        this.total = new BigDecimal(value);
        return this;
    }

    /** Sets the three component scores. */
    public CycleGradeBuilder components(String taskAcceptance, String taskExecution, String rulesAndDiscipline) {
        this.components = new ComponentValues(new BigDecimal(taskAcceptance), new BigDecimal(taskExecution),
                new BigDecimal(rulesAndDiscipline));
        return this;
    }

    /** Sets the recommended salary adjustment, a fraction such as {@code "0.05"}. */
    public CycleGradeBuilder salaryAdjustment(String value) {
        this.salaryAdjustment = new BigDecimal(value);
        return this;
    }

    /** Sets the policy version applied. */
    public CycleGradeBuilder policyVersion(String value) {
        this.policyVersion = value;
        return this;
    }

    /** Sets when the cycle was finalized. */
    public CycleGradeBuilder finalizedAt(Instant value) {
        this.finalizedAt = value;
        return this;
    }

    /** The grade. */
    public CycleGrade build() {
        return new CycleGrade(cycle, employee, department, periodFrom, periodTo, grade, total, components,
                salaryAdjustment, decision, policyVersion, finalizedAt);
    }
}
