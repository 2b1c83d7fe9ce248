package org.servicepolicy.training;

/** Whether an attendee came to a training session (§4.1, §3.1.1). */
public enum Attendance {
    /** Came; may be assessed. */
    PRESENT,
    /** Away with leave or another accepted excuse. */
    EXCUSED,
    /** Away without excuse: a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1). */
    UNEXCUSED
}
