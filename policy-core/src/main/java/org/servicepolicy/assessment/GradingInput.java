package org.servicepolicy.assessment;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Everything that decides one employee's grade in one cycle, as plain data.
 *
 * @param employee    who is graded
 * @param department  their department (for the distribution rule)
 * @param evaluations the evaluations: at most one SUPERIOR (none when the employee has no
 *                    direct superior), one SELF, and the PEER ones
 * @param taskFacts   the task facts of the period
 * @param violations  the non-voided violations of the period
 * @param demotions   the demotions issued in the period and in force
 */
public record GradingInput(EmployeeId employee, DepartmentId department, List<ScoredEvaluation> evaluations,
                           List<TaskFact> taskFacts, List<PeriodViolation> violations, List<PeriodDemotion> demotions) {
    /** Requires every part and copies the lists. */
    public GradingInput {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(department, "department");
        evaluations = List.copyOf(evaluations);
        taskFacts = List.copyOf(taskFacts);
        violations = List.copyOf(violations);
        demotions = List.copyOf(demotions);
    }
}
