package org.servicepolicy.training;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An attendee's assessment score at a session (§4.1): a pass is a completion of the programme,
 * current until it expires where the programme recurs; a fail counts an attempt. Append-only.
 *
 * @param id         identifier
 * @param session    the session assessed
 * @param employee   who was assessed
 * @param programme  the session's programme
 * @param score      the score, 0 to 100
 * @param passMark   the pass mark applied
 * @param passed     whether the score reaches the pass mark
 * @param expiresAt  when a pass of a recurring programme stops being current; empty for a fail or a one-off
 * @param recordedAt when the score was recorded
 * @param recordedBy who recorded it: the trainer or HR
 */
public record TrainingAssessment(String id, TrainingSessionId session, EmployeeId employee, String programme,
                                 int score, int passMark, boolean passed, Optional<Instant> expiresAt,
                                 Instant recordedAt, EmployeeId recordedBy) {
    /** Requires every part, scores from 0 to 100, and an expiry only on a pass. */
    public TrainingAssessment {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(session, "session");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(expiresAt, "expiresAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        if (score < 0 || score > 100 || passMark < 0 || passMark > 100) {
            throw new IllegalArgumentException("scores and pass marks are 0 to 100");
        }
        if (passed != (score >= passMark)) {
            throw new IllegalArgumentException("an assessment passes exactly when the score reaches the pass mark");
        }
        if (!passed && expiresAt.isPresent()) {
            throw new IllegalArgumentException("only a pass expires");
        }
    }

    /** Whether this is a completion still current at {@code at}: a pass, not yet expired. */
    public boolean currentAt(Instant at) {
        return passed && !recordedAt.isAfter(at) && expiresAt.filter(e -> !e.isAfter(at)).isEmpty();
    }
}
