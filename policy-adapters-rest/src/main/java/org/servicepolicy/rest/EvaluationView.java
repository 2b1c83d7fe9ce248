package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.StandIn;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * An evaluation in an assessment cycle (§3.3.1). A peer evaluation read by the evaluated
 * employee has no {@code evaluatorId}: peers are anonymous to the person they evaluate.
 *
 * @param id                 identifier
 * @param cycleId            the cycle
 * @param employeeId         who is evaluated
 * @param role               SUPERIOR, PEER or SELF
 * @param evaluatorId        who evaluated, unless hidden from the reader
 * @param inPlaceOf          for a superior evaluation given in the place of a direct superior no
 *                           longer employed, that superior (§3.3.1); absent otherwise
 * @param standInBasis       why the evaluator stood in: NEXT_SUPERIOR, DEPARTMENT_MANAGER or HR;
 *                           absent when nobody stood in
 * @param taskAcceptance     the score for accepting tasks
 * @param taskExecution      the score for executing tasks
 * @param rulesAndDiscipline the score for rules and discipline
 * @param comment            the evaluator's comment
 * @param submittedAt        when it was submitted
 */
public record EvaluationView(String id, String cycleId, String employeeId, EvaluatorRole role, String evaluatorId,
                             String inPlaceOf, StandIn.Basis standInBasis, int taskAcceptance, int taskExecution, int rulesAndDiscipline, String comment,
                             Instant submittedAt) {
    /** The view of {@code evaluation} as the core shows it to the reader. */
    public static EvaluationView of(org.servicepolicy.assessment.EvaluationView evaluation) {
        var scores = evaluation.scores();
        return new EvaluationView(evaluation.id().value(), evaluation.cycle().value(), evaluation.evaluated().value(),
                evaluation.role(), evaluation.evaluator().map(EmployeeId::value).orElse(null),
                evaluation.standIn().map(StandIn::inPlaceOf).map(EmployeeId::value).orElse(null),
                evaluation.standIn().map(StandIn::basis).orElse(null), scores.taskAcceptance(),
                scores.taskExecution(), scores.rulesAndDiscipline(), evaluation.comment(), evaluation.submittedAt());
    }

    /** The view of an evaluation for its own evaluator, who is shown. */
    public static EvaluationView ofOwn(Evaluation evaluation) {
        return of(org.servicepolicy.assessment.EvaluationView.of(evaluation, true));
    }
}
