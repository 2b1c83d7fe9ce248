package org.servicepolicy.assessment;

/**
 * Command: the acting employee evaluates {@code employeeId} in a cycle. Checked by
 * {@link AssessmentService#evaluate}, which lists every problem at once.
 *
 * @param employeeId         who is evaluated
 * @param taskAcceptance     0-100
 * @param taskExecution      0-100
 * @param rulesAndDiscipline 0-100
 * @param comment            the evaluator's comment
 */
public record SubmitEvaluation(String employeeId, Integer taskAcceptance, Integer taskExecution,
                               Integer rulesAndDiscipline, String comment) {
}
