package org.servicepolicy.training;

import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR decides about a trainee who used every retake of a programme (§4.1.1).
 *
 * @param programme the programme whose retakes are exhausted
 * @param outcome   EXTEND (one more attempt) or END (employment is to end)
 * @param note      HR's reasons in words
 */
public record RuleOnRetakes(String programme, RetakeOutcome outcome, String note) {
    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        new Inputs().notBlank(programme, "programme")
                .present(outcome, "outcome")
                .text(note, "note")
                .throwIfAny();
    }
}
