package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.assessment.MissingEvaluation;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * An evaluation a cycle still needs before it can be finalized (§3.3.1).
 *
 * @param employeeId    whose evaluation is missing
 * @param evaluatorRole which group's: SUPERIOR, PEER or SELF
 * @param evaluatorId   who must give it, when one person must: the direct superior, the one who
 *                      stands in for them, or the employee; absent for peers, whom any colleague
 *                      can be, and when any of several may stand in
 * @param inPlaceOf     for a superior evaluation, the direct superior no longer employed in whose
 *                      place it is given (§3.3.1); absent otherwise
 * @param standInIds    who may give it in that superior's place, by id; empty otherwise
 * @param count         how many are missing (more than one only for peers)
 * @param description   the missing evaluation in words
 */
public record MissingEvaluationView(String employeeId, EvaluatorRole evaluatorRole, String evaluatorId,
                                    String inPlaceOf, List<String> standInIds, int count, String description) {
    /** The view of {@code missing}. */
    public static MissingEvaluationView of(MissingEvaluation missing) {
        var standIn = missing.superior().filter(s -> s.basis().isPresent());
        return new MissingEvaluationView(missing.employee().value(), missing.role(),
                missing.evaluator().map(EmployeeId::value).orElse(null), standIn.map(s -> s.directSuperior().value())
                .orElse(null), standIn.map(s -> s.evaluators().stream().map(EmployeeId::value).toList())
                .orElse(List.of()), missing.missing(), missing.describe());
    }
}
