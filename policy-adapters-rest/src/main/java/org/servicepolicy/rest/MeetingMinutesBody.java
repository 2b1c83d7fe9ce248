package org.servicepolicy.rest;

import org.servicepolicy.meetings.MeetingMinutes;

/**
 * Body of {@code POST /api/v1/meetings/{id}/minutes}: the minutes of a meeting that has started,
 * recorded once by its owner (§5.1.2).
 *
 * @param text the minutes, at most 2000 characters
 */
public record MeetingMinutesBody(String text) {
    /** The core command. */
    public MeetingMinutes toCommand() {
        return new MeetingMinutes(text);
    }
}
