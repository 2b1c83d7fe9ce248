package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.meetings.MeetingKind;
import org.servicepolicy.meetings.ScheduleMeeting;

/**
 * Body of {@code POST /api/v1/meetings}: a regular meeting organised and owned by the caller
 * (§5.1.2, §2.2.2). The core checks every member and lists every problem at once.
 *
 * @param kind          COMPANY, DEPARTMENT or CROSS_DEPARTMENT
 * @param title         what it is, at most 200 characters
 * @param startsAt      when it starts (ISO-8601 instant, in the future)
 * @param compulsory    whether an unexcused absence from it is a violation (§3.1.1): only HR, or a
 *                      manager of one of its departments, makes a meeting compulsory
 * @param departmentIds the departments it is held for: none for COMPANY, one for DEPARTMENT, two
 *                      or more for CROSS_DEPARTMENT
 * @param inviteeIds    who is invited; at least one
 */
public record ScheduleMeetingBody(MeetingKind kind, String title, Instant startsAt, Boolean compulsory,
                                  List<String> departmentIds, List<String> inviteeIds) {
    /** The core command. */
    public ScheduleMeeting toCommand() {
        return new ScheduleMeeting(kind, title, startsAt, compulsory, departmentIds, inviteeIds);
    }
}
