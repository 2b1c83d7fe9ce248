package org.servicepolicy.rest;

import java.time.LocalDate;
import org.servicepolicy.meetings.AddActionItem;

/**
 * Body of {@code POST /api/v1/meetings/{id}/action-items}: an action item the meeting agreed,
 * recorded by its owner (§5.1.2).
 *
 * @param ownerId     the employee who does it
 * @param description what is to be done, at most 2000 characters
 * @param dueOn       the day by which, in the company's time zone (ISO-8601 date, not before today)
 */
public record AddActionItemBody(String ownerId, String description, LocalDate dueOn) {
    /** The core command. */
    public AddActionItem toCommand() {
        return new AddActionItem(ownerId, description, dueOn);
    }
}
