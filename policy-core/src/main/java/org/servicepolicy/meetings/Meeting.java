package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A regular meeting (§5.1.2, §2.2.2): organised by its owner, who keeps its minutes and records
 * each invitee's attendance after it starts.
 *
 * @param id            its identifier
 * @param kind          company, department or cross-department
 * @param title         what it is, in a line
 * @param owner         the organiser
 * @param departments   the departments it is held for: none for a company meeting, one for a
 *                      department meeting, two or more for a cross-department meeting; by id
 * @param startsAt      when it starts
 * @param compulsory    whether an unexcused absence from it is a violation (§3.1.1)
 * @param invitees      who is invited, by id, each once
 * @param scheduledAt   when it was scheduled
 * @param policyVersion the policy version in force when it was scheduled
 * @param minutes       its minutes, once recorded
 * @param minutesAt     when the minutes were recorded; present with {@code minutes}
 * @param attendance    the attendance recorded so far, at most one mark per invitee, in the order recorded
 * @param version       the optimistic-locking version
 */
public record Meeting(MeetingId id, MeetingKind kind, String title, EmployeeId owner, List<DepartmentId> departments,
                      Instant startsAt, boolean compulsory, List<EmployeeId> invitees, Instant scheduledAt,
                      String policyVersion, Optional<String> minutes, Optional<Instant> minutesAt,
                      List<AttendanceMark> attendance, long version) {
    /** Requires every part, departments that fit the kind, and attendance only of invitees, once each. */
    public Meeting {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(owner, "owner");
        departments = List.copyOf(departments);
        Objects.requireNonNull(startsAt, "startsAt");
        invitees = List.copyOf(invitees);
        Objects.requireNonNull(scheduledAt, "scheduledAt");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(minutesAt, "minutesAt");
        attendance = List.copyOf(attendance);
        var fits = switch (kind) {
            case COMPANY -> departments.isEmpty();
            case DEPARTMENT -> departments.size() == 1;
            case CROSS_DEPARTMENT -> departments.size() >= 2;
        };
        if (!fits || departments.stream().distinct().count() != departments.size()) {
            throw new IllegalArgumentException(kind + " meeting with departments " + departments);
        }
        if (invitees.isEmpty() || invitees.stream().distinct().count() != invitees.size()) {
            throw new IllegalArgumentException("a meeting invites someone, each once");
        }
        if (minutes.isPresent() != minutesAt.isPresent()) {
            throw new IllegalArgumentException("minutes and when they were recorded go together");
        }
        var marked = attendance.stream().map(AttendanceMark::invitee).toList();
        if (!invitees.containsAll(marked) || marked.stream().distinct().count() != marked.size()) {
            throw new IllegalArgumentException("attendance is recorded once per invitee");
        }
    }

    /** This meeting as stored at {@code storedVersion}. */
    public Meeting atVersion(long storedVersion) {
        return new Meeting(id, kind, title, owner, departments, startsAt, compulsory, invitees, scheduledAt,
                policyVersion, minutes, minutesAt, attendance, storedVersion);
    }

    /** Whether {@code employee} is invited. */
    public boolean invites(EmployeeId employee) {
        return invitees.contains(employee);
    }

    /** The attendance recorded for {@code invitee}; empty while none is. */
    public Optional<Attendance> attendanceOf(EmployeeId invitee) {
        return attendance.stream().filter(m -> m.invitee().equals(invitee)).map(AttendanceMark::attendance)
                .findFirst();
    }

    /** This meeting with its minutes {@code text}, recorded at {@code at}. */
    public Meeting withMinutes(String text, Instant at) {
        return new Meeting(id, kind, title, owner, departments, startsAt, compulsory, invitees, scheduledAt,
                policyVersion, Optional.of(text), Optional.of(at), attendance, version);
    }

    /** This meeting with {@code mark} recorded. */
    public Meeting withAttendance(AttendanceMark mark) {
        var marks = new ArrayList<>(attendance);
        marks.add(mark);
        return new Meeting(id, kind, title, owner, departments, startsAt, compulsory, invitees, scheduledAt,
                policyVersion, minutes, minutesAt, marks, version);
    }
}
