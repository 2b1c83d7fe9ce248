package org.servicepolicy.rest;

import org.servicepolicy.assessment.SubmitEvaluation;

/**
 * Body of {@code POST /api/v1/assessment-cycles/{id}/evaluations} (§3.3.1): the caller evaluates
 * an employee. Whether as the direct superior, a peer or themself follows from who the caller is.
 *
 * @param employeeId         who is evaluated
 * @param taskAcceptance     accepting tasks (§3.1.1), 0-100
 * @param taskExecution      executing and completing tasks (§3.1.2, §3.1.3), 0-100
 * @param rulesAndDiscipline observing rules and discipline (§3.2), 0-100
 * @param comment            the evaluator's comment
 */
public record SubmitEvaluationBody(String employeeId, Integer taskAcceptance, Integer taskExecution,
                                   Integer rulesAndDiscipline, String comment) {
    /** The core command. */
    public SubmitEvaluation toCommand() {
        return new SubmitEvaluation(employeeId, taskAcceptance, taskExecution, rulesAndDiscipline, comment);
    }
}
