package org.servicepolicy.service.evaluation;

import java.util.Objects;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.service.SupervisionStore;

/**
 * The ports the service evaluation reads and writes (§2.3.3).
 *
 * @param evaluations    periods, internal scores, results and follow-ups
 * @param customerScores the customer-score ledger
 * @param supervision    the service findings data analysis reads
 * @param employees      the employees evaluated
 * @param departments    the departments a period may cover
 */
public record ServiceEvaluationStores(ServiceEvaluationStore evaluations, CustomerScoreStore customerScores,
                                      SupervisionStore supervision, EmployeeStore employees,
                                      DepartmentStore departments) {
    /** Requires every port. */
    public ServiceEvaluationStores {
        Objects.requireNonNull(evaluations, "evaluations");
        Objects.requireNonNull(customerScores, "customerScores");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
    }
}
