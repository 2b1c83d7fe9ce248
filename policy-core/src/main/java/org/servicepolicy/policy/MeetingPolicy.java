package org.servicepolicy.policy;

import java.time.Instant;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;

/**
 * The channels and meetings section of the policy (§5.1): how many responders a department
 * names on the internal platform, and how long after a meeting starts its attendance is
 * recorded.
 *
 * @param maxResponders          the most responders a department names (§5.1.1)
 * @param attendanceRecordWithin how long after a meeting starts its attendance may be recorded:
 *                               an unexcused absence is a violation (§3.1.1), so it is recorded
 *                               while the absence is fresh and the invitee can still explain it
 */
public record MeetingPolicy(int maxResponders, Period attendanceRecordWithin) {
    /** The most responders a policy may let a department name. */
    public static final int RESPONDERS_LIMIT = 20;

    /** Requires every part. */
    public MeetingPolicy {
        if (maxResponders < 1 || maxResponders > RESPONDERS_LIMIT) {
            throw new IllegalArgumentException("maxResponders must be 1 to " + RESPONDERS_LIMIT);
        }
        Objects.requireNonNull(attendanceRecordWithin, "attendanceRecordWithin");
    }

    /** The last instant at which the attendance of a meeting starting at {@code startsAt} may be recorded. */
    public Instant attendanceClosesAt(Instant startsAt, ZoneId zone) {
        return startsAt.atZone(zone).plus(attendanceRecordWithin).toInstant();
    }

    static MeetingPolicy read(PolicySettings s) {
        var max = s.integer("meetings.responders.max", 1, RESPONDERS_LIMIT);
        var within = s.period("meetings.attendance.recordWithin");
        return new MeetingPolicy(max, within.isZero() ? Period.ofDays(1) : within);
    }

    void write(Map<String, String> out) {
        out.put("meetings.responders.max", Integer.toString(maxResponders));
        out.put("meetings.attendance.recordWithin", attendanceRecordWithin.toString());
    }
}
