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
 * The ports internal selection reads and writes (§4.3.2); the chosen applicant's move goes
 * through the people capability.
 *
 * @param selections  the selections and their applications
 * @param employees   the employees: applicants and HR
 * @param departments the departments positions are in
 * @param grades      the finalised grades, for promotion eligibility (§3.3.1)
 * @param penalties   the penalties, for promotion eligibility (§3.3.3)
 * @param services    the service evaluations, for promotion eligibility (§2.3.3)
 * @param policies    the policy versions
 * @param training    the training assessments, for promotion eligibility (§4.1, §4.2)
 */
public record SelectionStores(SelectionStore selections, EmployeeStore employees, DepartmentStore departments,
                              CycleGradeStore grades, PenaltyStore penalties, ServiceEvaluationStore services,
                              PolicyService policies, TrainingStore training) {
    /** Requires every port. */
    public SelectionStores {
        Objects.requireNonNull(selections, "selections");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(services, "services");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(training, "training");
    }
}
