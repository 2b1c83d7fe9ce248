package org.servicepolicy.rest;

import org.servicepolicy.training.RecordScore;

/**
 * Body of {@code POST /api/v1/training/sessions/{id}/scores} (§4.1), by the trainer or HR, never
 * about themself, for an attendee recorded PRESENT.
 *
 * @param employeeId the attendee
 * @param score      the score, 0 to 100
 */
public record TrainingScoreBody(String employeeId, Integer score) {
    /** The core command. */
    public RecordScore toCommand() {
        return new RecordScore(employeeId, score);
    }
}
