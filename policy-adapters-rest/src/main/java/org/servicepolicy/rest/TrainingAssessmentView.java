package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.training.TrainingAssessment;

/**
 * An attendee's assessment at a session (§4.1): a pass completes the programme, a fail counts an attempt.
 *
 * @param id           identifier
 * @param sessionId    the session assessed
 * @param employeeId   who was assessed
 * @param programme    the session's programme
 * @param score        the score, 0 to 100
 * @param passMark     the pass mark applied
 * @param passed       whether the score reaches the pass mark
 * @param expiresAt    when a pass of a recurring programme stops being current; null for a fail or a one-off
 * @param recordedAt   when the score was recorded
 * @param recordedById who recorded it
 */
public record TrainingAssessmentView(String id, String sessionId, String employeeId, String programme, int score,
                                     int passMark, boolean passed, Instant expiresAt, Instant recordedAt,
                                     String recordedById) {
    /** The view of {@code assessment}. */
    public static TrainingAssessmentView of(TrainingAssessment assessment) {
        return new TrainingAssessmentView(assessment.id(), assessment.session().value(),
                assessment.employee().value(), assessment.programme(), assessment.score(), assessment.passMark(),
                assessment.passed(), assessment.expiresAt().orElse(null), assessment.recordedAt(),
                assessment.recordedBy().value());
    }
}
