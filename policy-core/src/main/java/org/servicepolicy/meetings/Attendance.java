package org.servicepolicy.meetings;

/** How an invitee attended a meeting (§5.1.2, §3.1.1). */
public enum Attendance {
    /** Was there. */
    PRESENT,
    /** Was away with a reason the recorder accepted. */
    EXCUSED,
    /** Was away without one: from a compulsory meeting, a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1). */
    UNEXCUSED
}
