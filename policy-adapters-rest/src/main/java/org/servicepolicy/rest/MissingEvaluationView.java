package org.servicepolicy.rest;

import org.servicepolicy.assessment.MissingEvaluation;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * An evaluation a cycle still needs before it can be finalized (§3.3.1).
 *
 * @param employeeId    whose evaluation is missing
 * @param evaluatorRole which group's: SUPERIOR, PEER or SELF
 * @param evaluatorId   who must give it: the direct superior or the employee; absent for peers,
 *                      whom any colleague can be
 * @param count         how many are missing (more than one only for peers)
 * @param description   the missing evaluation in words
 */
public record MissingEvaluationView(String employeeId, EvaluatorRole evaluatorRole, String evaluatorId, int count,
                                    String description) {
    /** The view of {@code missing}. */
    public static MissingEvaluationView of(MissingEvaluation missing) {
        return new MissingEvaluationView(missing.employee().value(), missing.role(),
                missing.evaluator().map(EmployeeId::value).orElse(null), missing.missing(), missing.describe());
    }
}
