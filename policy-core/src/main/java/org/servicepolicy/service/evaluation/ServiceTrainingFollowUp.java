package org.servicepolicy.service.evaluation;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;

/**
 * What a SUBSTANDARD service evaluation asks of the training capability (§2.3.3): coaching or
 * remedial training for the employee, open until that capability takes it up.
 *
 * @param id        identifier
 * @param employee  who is to be trained
 * @param kind      coaching, or remedial training after a second SUBSTANDARD result in a row
 * @param result    the service evaluation result that opened it
 * @param period    that result's period
 * @param status    open
 * @param createdAt when it was opened
 */
public record ServiceTrainingFollowUp(String id, EmployeeId employee, FollowUpKind kind, String result,
                                      ServiceEvaluationPeriodId period, Status status, Instant createdAt) {
    /** Where the follow-up stands; the training capability adds what comes after. */
    public enum Status {
        /** Waiting for the training capability. */
        OPEN
    }

    /** Requires every part. */
    public ServiceTrainingFollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(result, "result");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
