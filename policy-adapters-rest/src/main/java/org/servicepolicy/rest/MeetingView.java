package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.meetings.Meeting;
import org.servicepolicy.meetings.MeetingKind;

/**
 * A regular meeting (§5.1.2, §2.2.2).
 *
 * @param id            identifier
 * @param kind          COMPANY, DEPARTMENT or CROSS_DEPARTMENT
 * @param title         what it is
 * @param ownerId       the organiser, who keeps its minutes, attendance and action items
 * @param departmentIds the departments it is held for
 * @param startsAt      when it starts
 * @param compulsory    whether an unexcused absence from it is a violation (§3.1.1)
 * @param inviteeIds    who is invited
 * @param scheduledAt   when it was scheduled
 * @param policyVersion the policy version in force then
 * @param minutes       its minutes; null until recorded
 * @param minutesAt     when they were recorded
 * @param attendance    the attendance recorded so far, in the order recorded
 * @param version       the optimistic-locking version
 */
public record MeetingView(String id, MeetingKind kind, String title, String ownerId, List<String> departmentIds,
                          Instant startsAt, boolean compulsory, List<String> inviteeIds, Instant scheduledAt,
                          String policyVersion, String minutes, Instant minutesAt, List<AttendanceMarkView> attendance,
                          long version) {
    /** The view of {@code meeting}. */
    public static MeetingView of(Meeting meeting) {
        return new MeetingView(meeting.id().value(), meeting.kind(), meeting.title(), meeting.owner().value(),
                meeting.departments().stream().map(DepartmentId::value).toList(), meeting.startsAt(),
                meeting.compulsory(), meeting.invitees().stream().map(EmployeeId::value).toList(),
                meeting.scheduledAt(), meeting.policyVersion(), meeting.minutes().orElse(null),
                meeting.minutesAt().orElse(null), meeting.attendance().stream().map(AttendanceMarkView::of).toList(),
                meeting.version());
    }
}
