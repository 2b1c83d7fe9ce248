package org.servicepolicy.rest;

import org.servicepolicy.meetings.AttendanceResult;

/**
 * The answer to recording an invitee's attendance (§5.1.2, §3.1.1): the meeting and, for an
 * unexcused absence from a compulsory meeting, the decision that it is one, with its reasons, and
 * the violation it recorded.
 *
 * @param meeting   the meeting as stored
 * @param decision  the decision on the absence; null unless it is an unexcused absence from a compulsory meeting
 * @param violation the MEETING_OR_TRAINING_ABSENCE violation recorded, with its ladder decision; null with no decision
 */
public record AttendanceResultView(MeetingView meeting, DecisionView decision, RecordedViolationView violation) {
    /** The view of {@code result}. */
    public static AttendanceResultView of(AttendanceResult result) {
        return new AttendanceResultView(MeetingView.of(result.meeting()),
                result.decision().map(DecisionView::of).orElse(null),
                result.violation().map(RecordedViolationView::of).orElse(null));
    }
}
