package org.servicepolicy.feedback;

import java.util.Objects;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.service.SupervisionStore;
import org.servicepolicy.service.evaluation.CustomerScoreStore;

/**
 * The ports customer feedback handling reads and writes (§2.3.2).
 *
 * @param feedback       the items and their checkpoints
 * @param supervision    the findings in employees' service records
 * @param customerScores the customer-score ledger
 * @param employees      recorders, responsible employees, managers and employees concerned
 * @param departments    the departments items are routed to
 * @param policies       the policy versions
 */
public record FeedbackStores(FeedbackStore feedback, SupervisionStore supervision, CustomerScoreStore customerScores,
                             EmployeeStore employees, DepartmentStore departments, PolicyService policies) {
    /** Requires every port. */
    public FeedbackStores {
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(customerScores, "customerScores");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
        Objects.requireNonNull(policies, "policies");
    }
}
