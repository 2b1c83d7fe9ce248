package org.servicepolicy.assessment;

import java.util.Objects;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;

/**
 * The ports the compliance assessment reads and writes.
 *
 * @param cycles      the assessment cycles
 * @param evaluations the evaluations
 * @param grades      the finalized grades
 * @param taskFacts   the task facts of a period (§3.1), which lower the components
 * @param violations  the violations, whose severity caps a grade
 * @param penalties   the penalties, whose demotions cap a grade
 * @param employees   the employees, who are assessed and evaluate
 * @param departments the departments a cycle may cover
 */
public record AssessmentStores(AssessmentCycleStore cycles, EvaluationStore evaluations, CycleGradeStore grades,
                               TaskFactsSource taskFacts, ViolationStore violations, PenaltyStore penalties,
                               EmployeeStore employees, DepartmentStore departments) {
    /** Requires every port. */
    public AssessmentStores {
        Objects.requireNonNull(cycles, "cycles");
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(taskFacts, "taskFacts");
        Objects.requireNonNull(violations, "violations");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
    }
}
