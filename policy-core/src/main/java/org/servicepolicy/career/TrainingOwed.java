package org.servicepolicy.career;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.training.TrainingObligation;
import org.servicepolicy.training.TrainingObligations;
import org.servicepolicy.training.TrainingStore;

/** Loads what an employee owes of training (§4.1, §4.2), for the promotion condition {@code training-current}. */
final class TrainingOwed {
    private TrainingOwed() {
    }

    /** What {@code employee} owes at {@code now} under {@code policy}, from their history, assessments and follow-ups. */
    static List<TrainingObligation> by(Employee employee, EmployeeStore employees, TrainingStore training,
                                       ServiceEvaluationStore services, PolicyDefinition policy, Instant now) {
        return TrainingObligations.of(employee, employees.history(employee.id()),
                training.assessmentsOf(employee.id()), services.followUpsOf(employee.id()), policy.training(),
                policy.company().zone(), now);
    }
}
