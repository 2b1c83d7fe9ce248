package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: meetings and their action items (§5.1.2), each with optimistic locking, and the mark that
 * makes an overdue action item reported once.
 *
 * <p>The mark is kept apart from the item's version, so that marking never conflicts with its
 * owner marking it done, and several sweeps (of one or several instances) can run at once.
 */
public interface MeetingStore {
    /** Stores a new meeting at version 1 and returns it; an existing id is a {@code ConflictException}. */
    Meeting add(Meeting meeting);

    /**
     * Replaces the stored meeting whose version is {@code meeting.version()} and returns it at the
     * next version; another version is a {@code ConflictException} (stale), none a {@code NotFoundException}.
     */
    Meeting update(Meeting meeting);

    /** The meeting with {@code id}. */
    Optional<Meeting> find(MeetingId id);

    /** The meetings {@code employee} owns or is invited to, by start then id. */
    List<Meeting> of(EmployeeId employee);

    /** Stores a new action item at version 1 and returns it; an existing id is a {@code ConflictException}. */
    ActionItem addItem(ActionItem item);

    /**
     * Replaces the stored action item whose version is {@code item.version()} and returns it at the
     * next version; another version is a {@code ConflictException} (stale), none a {@code NotFoundException}.
     */
    ActionItem updateItem(ActionItem item);

    /** The action item with {@code id}. */
    Optional<ActionItem> findItem(ActionItemId id);

    /** The action items of {@code meeting}, by due date then id. */
    List<ActionItem> itemsOf(MeetingId meeting);

    /** The action items {@code owner} is to do, by due date then id. */
    List<ActionItem> itemsOwnedBy(EmployeeId owner);

    /** The action items of the meetings {@code meetingOwner} owns, by due date then id. */
    List<ActionItem> itemsOfMeetingsOwnedBy(EmployeeId meetingOwner);

    /** The action items still open at their due instant as of {@code asOf} and not marked yet, by due instant then id. */
    List<ActionItem> dueForSweep(Instant asOf);

    /**
     * Marks {@code item} overdue at {@code markedAt} unless it is marked already, by this
     * transaction or another, committed or not; answers whether this call marked it.
     */
    boolean markOverdueOnce(ActionItemId item, Instant markedAt);

    /** When {@code item} was marked overdue; empty while it is not. */
    Optional<Instant> overdueMarkedAt(ActionItemId item);
}
