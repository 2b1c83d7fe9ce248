package org.servicepolicy.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An action item a meeting agreed (§5.1.2: action items are followed up): its owner does it by
 * its due date and marks it done.
 *
 * @param id          its identifier
 * @param meeting     the meeting that agreed it
 * @param owner       the employee who does it
 * @param description what is to be done
 * @param dueOn       the day by which, in the company's time zone
 * @param dueAt       the first instant after {@code dueOn} in the company's time zone: from then on an
 *                    open item is overdue
 * @param status      where it stands
 * @param createdBy   who recorded it: the meeting's owner
 * @param createdAt   when
 * @param doneAt      when its owner marked it done; present exactly when done
 * @param version     the optimistic-locking version
 */
public record ActionItem(ActionItemId id, MeetingId meeting, EmployeeId owner, String description, LocalDate dueOn,
                         Instant dueAt, ActionItemStatus status, EmployeeId createdBy, Instant createdAt,
                         Optional<Instant> doneAt, long version) {
    /** Requires every part, and a done time exactly when done. */
    public ActionItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(meeting, "meeting");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(dueOn, "dueOn");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(createdBy, "createdBy");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(doneAt, "doneAt");
        if (doneAt.isPresent() != (status == ActionItemStatus.DONE)) {
            throw new IllegalArgumentException("an action item has a done time exactly when done");
        }
    }

    /** This item as stored at {@code storedVersion}. */
    public ActionItem atVersion(long storedVersion) {
        return new ActionItem(id, meeting, owner, description, dueOn, dueAt, status, createdBy, createdAt, doneAt,
                storedVersion);
    }

    /** Whether it is still open at or after its due instant, as of {@code now}. */
    public boolean overdueAt(Instant now) {
        return status == ActionItemStatus.OPEN && !now.isBefore(dueAt);
    }

    /** This item marked done at {@code at}. */
    public ActionItem done(Instant at) {
        return new ActionItem(id, meeting, owner, description, dueOn, dueAt, ActionItemStatus.DONE, createdBy,
                createdAt, Optional.of(at), version);
    }
}
