package org.servicepolicy.training;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;

/**
 * The ports training reads and writes (§4.1, §4.2).
 *
 * @param training           sessions, assessments, retake rulings and the sweep's marks
 * @param employees          trainees, trainers and managers; the posting gate puts new hires on post
 * @param serviceEvaluations the training follow-ups of the service evaluation (§2.3.3)
 * @param policies           the policy versions
 */
public record TrainingStores(TrainingStore training, EmployeeStore employees,
                             ServiceEvaluationStore serviceEvaluations, PolicyService policies) {
    /** Requires every port. */
    public TrainingStores {
        Objects.requireNonNull(training, "training");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(serviceEvaluations, "serviceEvaluations");
        Objects.requireNonNull(policies, "policies");
    }
}
