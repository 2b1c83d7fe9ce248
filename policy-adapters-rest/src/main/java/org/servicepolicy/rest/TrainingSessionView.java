package org.servicepolicy.rest;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.TrainingSession;

/**
 * A training session (§4.1).
 *
 * @param id             identifier
 * @param programme      the programme's id in the policy
 * @param startsAt       when it starts
 * @param trainerId      the training employee; null when an outside expert trains
 * @param outsideTrainer the outside expert's name; null when an employee trains
 * @param attendeeIds    the attendees, in the order scheduled
 * @param scheduledById  who scheduled it
 * @param scheduledAt    when
 * @param attendance     the attendance recorded so far, by attendee id, in the order of the attendees
 * @param version        the optimistic-locking version
 */
public record TrainingSessionView(String id, String programme, Instant startsAt, String trainerId,
                                  String outsideTrainer, List<String> attendeeIds, String scheduledById,
                                  Instant scheduledAt, Map<String, Attendance> attendance, long version) {
    /** The view of {@code session}. */
    public static TrainingSessionView of(TrainingSession session) {
        var attendance = new LinkedHashMap<String, Attendance>();
        for (var attendee : session.attendees()) {
            session.attendanceOf(attendee).ifPresent(recorded -> attendance.put(attendee.value(), recorded));
        }
        return new TrainingSessionView(session.id().value(), session.programme(), session.startsAt(),
                session.trainer().employee().map(EmployeeId::value).orElse(null),
                session.trainer().outsideExpert().orElse(null),
                session.attendees().stream().map(EmployeeId::value).toList(), session.scheduledBy().value(),
                session.scheduledAt(), attendance, session.version());
    }
}
