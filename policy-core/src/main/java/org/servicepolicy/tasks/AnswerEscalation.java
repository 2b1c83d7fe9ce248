package org.servicepolicy.tasks;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: answer an escalation (§3.1.2).
 *
 * @param escalation the escalation's number on its task
 * @param answer     the answer
 */
public record AnswerEscalation(Integer escalation, String answer) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        inputs.present(escalation, "escalation");
        TaskInputs.text(inputs, answer, "answer", TaskInputs.TEXT_MAX);
        inputs.throwIfAny();
    }
}
