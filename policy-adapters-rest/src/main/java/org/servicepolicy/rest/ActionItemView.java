package org.servicepolicy.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.servicepolicy.meetings.ActionItem;
import org.servicepolicy.meetings.ActionItemStatus;

/**
 * An action item a meeting agreed (§5.1.2).
 *
 * @param id          identifier
 * @param meetingId   the meeting that agreed it
 * @param ownerId     the employee who does it and marks it done
 * @param description what is to be done
 * @param dueOn       the day by which, in the company's time zone
 * @param dueAt       the instant from which it is overdue while open
 * @param status      OPEN or DONE
 * @param createdById who recorded it: the meeting's owner
 * @param createdAt   when
 * @param doneAt      when it was marked done; null while open
 * @param version     the optimistic-locking version
 */
public record ActionItemView(String id, String meetingId, String ownerId, String description, LocalDate dueOn,
                             Instant dueAt, ActionItemStatus status, String createdById, Instant createdAt,
                             Instant doneAt, long version) {
    /** The view of {@code item}. */
    public static ActionItemView of(ActionItem item) {
        return new ActionItemView(item.id().value(), item.meeting().value(), item.owner().value(), item.description(),
                item.dueOn(), item.dueAt(), item.status(), item.createdBy().value(), item.createdAt(),
                item.doneAt().orElse(null), item.version());
    }
}
