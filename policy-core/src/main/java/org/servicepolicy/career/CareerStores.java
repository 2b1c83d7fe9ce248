package org.servicepolicy.career;

import java.util.Objects;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.training.TrainingStore;

/**
 * The ports promotion eligibility reads; it writes only its decisions, through the unit of work.
 *
 * @param employees   the employees: their level, hire date and status
 * @param departments the departments
 * @param grades      the finalised grades (§3.3.1)
 * @param penalties   the penalties (§3.3.3)
 * @param policies    the policy versions, whose career section holds the conditions
 * @param services    the finalised service evaluations (§2.3.3) and their training follow-ups
 * @param training    the training assessments, for the condition that training is current (§4.1, §4.2)
 */
public record CareerStores(EmployeeStore employees, DepartmentStore departments, CycleGradeStore grades,
                           PenaltyStore penalties, PolicyService policies,
                           ServiceEvaluationStore services, TrainingStore training) {
    /** Requires every port. */
    public CareerStores {
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(training, "training");
    }
}
