package org.servicepolicy.assessment;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: the acting employee evaluates {@code employeeId} in a cycle. {@link #requireValid}
 * lists every problem of it at once.
 *
 * @param employeeId         who is evaluated
 * @param taskAcceptance     0-100
 * @param taskExecution      0-100
 * @param rulesAndDiscipline 0-100
 * @param comment            the evaluator's comment
 */
public record SubmitEvaluation(String employeeId, Integer taskAcceptance, Integer taskExecution,
                               Integer rulesAndDiscipline, String comment) {
    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        var inputs = new Inputs().present(employeeId, "employeeId")
                .require(employeeId == null || Ids.isValid(employeeId), "employeeId", "is not a valid id");
        score(inputs, taskAcceptance, "taskAcceptance");
        score(inputs, taskExecution, "taskExecution");
        score(inputs, rulesAndDiscipline, "rulesAndDiscipline");
        inputs.text(comment, "comment").throwIfAny();
    }

    /** The three scores, once the command is valid. */
    ComponentScores scores() {
        return new ComponentScores(taskAcceptance, taskExecution, rulesAndDiscipline);
    }

    private static void score(Inputs inputs, Integer value, String field) {
        inputs.present(value, field).require(value == null || value >= 0 && value <= 100, field, "must be from 0 to 100");
    }
}
