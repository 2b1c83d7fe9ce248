package org.servicepolicy.rest;

import org.servicepolicy.training.RetakeOutcome;
import org.servicepolicy.training.RuleOnRetakes;

/**
 * Body of {@code POST /api/v1/training/employees/{id}/retake-rulings} (§4.1.1): HR decides about a
 * trainee who used every retake of a programme, never about themself.
 *
 * @param programme the programme whose retakes are exhausted
 * @param outcome   EXTEND (one more attempt) or END (employment is to end; the departure is recorded apart)
 * @param note      HR's reasons in words
 */
public record RetakeRulingBody(String programme, RetakeOutcome outcome, String note) {
    /** The core command. */
    public RuleOnRetakes toCommand() {
        return new RuleOnRetakes(programme, outcome, note);
    }
}
