package org.servicepolicy.training;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A training session of a programme (§4.1): when it starts, who trains, who attends, and the
 * attendance recorded for each attendee after it.
 *
 * @param id          identifier
 * @param programme   the programme's id in the policy, e.g. {@code NEW_HIRE_SERVICE}
 * @param startsAt    when it starts
 * @param trainer     who trains
 * @param attendees   the employees expected, in the order scheduled
 * @param scheduledBy who scheduled it: HR or the attendees' manager
 * @param scheduledAt when it was scheduled
 * @param attendance  the attendance recorded so far, by attendee
 * @param version     optimistic-lock version (0 before it is first stored)
 */
public record TrainingSession(TrainingSessionId id, String programme, Instant startsAt, Trainer trainer,
                              List<EmployeeId> attendees, EmployeeId scheduledBy, Instant scheduledAt,
                              Map<EmployeeId, Attendance> attendance, long version) {
    /** Requires every part; attendance is recorded only for attendees. */
    public TrainingSession {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(startsAt, "startsAt");
        Objects.requireNonNull(trainer, "trainer");
        attendees = List.copyOf(attendees);
        if (attendees.isEmpty() || attendees.stream().distinct().count() != attendees.size()) {
            throw new IllegalArgumentException("a session has at least one attendee, each once");
        }
        Objects.requireNonNull(scheduledBy, "scheduledBy");
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        attendance = Collections.unmodifiableMap(new LinkedHashMap<>(attendance));
        if (!attendees.containsAll(attendance.keySet())) {
            throw new IllegalArgumentException("attendance is recorded for attendees only");
        }
    }

    /** Whether {@code employee} is expected at the session. */
    public boolean attends(EmployeeId employee) {
        return attendees.contains(employee);
    }

    /** The attendance recorded for {@code employee}, when it is. */
    public Optional<Attendance> attendanceOf(EmployeeId employee) {
        return Optional.ofNullable(attendance.get(employee));
    }

    /** This session with {@code employee}'s attendance recorded as {@code recorded}. */
    public TrainingSession withAttendance(EmployeeId employee, Attendance recorded) {
        var changed = new LinkedHashMap<>(attendance);
        changed.put(employee, recorded);
        return new TrainingSession(id, programme, startsAt, trainer, attendees, scheduledBy, scheduledAt, changed,
                version);
    }

    /** This record as stored at {@code storedVersion}. */
    public TrainingSession atVersion(long storedVersion) {
        return new TrainingSession(id, programme, startsAt, trainer, attendees, scheduledBy, scheduledAt, attendance,
                storedVersion);
    }
}
