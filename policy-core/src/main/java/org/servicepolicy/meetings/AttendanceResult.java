package org.servicepolicy.meetings;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Decision;

/**
 * What recording an invitee's attendance did (§5.1.2, §3.1.1): the meeting as stored and, for an
 * unexcused absence from a compulsory meeting, the decision that it is one and the violation recorded.
 *
 * @param meeting   the meeting
 * @param decision  the decision that the absence is unexcused from a compulsory meeting, with its reasons
 * @param violation the MEETING_OR_TRAINING_ABSENCE violation recorded, with its ladder decision; present with {@code decision}
 */
public record AttendanceResult(Meeting meeting, Optional<Decision> decision, Optional<RecordedViolation> violation) {
    /** Requires every part, and a violation exactly with a decision. */
    public AttendanceResult {
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(violation, "violation");
        if (decision.isPresent() != violation.isPresent()) {
            throw new IllegalArgumentException("an absence decision goes with its violation");
        }
    }
}
