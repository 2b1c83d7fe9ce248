package org.servicepolicy.meetings;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;

/**
 * §5.1.2: the action items a meeting agreed are followed up: each has an owner and a due date,
 * its owner marks it done, and one still open at the end of its due date is overdue, reported
 * once. Pure: each function decides from the facts loaded and the stamp.
 */
public final class ActionItemRules {
    private ActionItemRules() {
    }

    /**
     * The facts adding an action item needs.
     *
     * @param meeting the meeting that agreed it
     * @param owner   the employee named to do it, if they exist
     * @param zone    the company's time zone now, in which the due date ends
     */
    public record Adding(Meeting meeting, Optional<Employee> owner, ZoneId zone) {
        /** Requires every part. */
        public Adding {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(zone, "zone");
        }
    }

    /** §5.1.2: the meeting's owner records an action item it agreed, for an employed employee, once it has started. */
    public static Outcome<MeetingStores, ActionItem> add(AddActionItem command, Adding facts, Stamp stamp) {
        var meeting = facts.meeting();
        var now = stamp.now();
        var refusal = MeetingAccess.mayKeepRecord(stamp.actor(), meeting)
                .or(() -> MeetingRules.notStarted(meeting, now))
                .or(() -> facts.owner().filter(e -> e.status().employed()).isPresent() ? Optional.empty()
                        : Optional.of(Refusal.invalid("ownerId", "no employed employee: " + command.ownerId())));
        return Outcome.unless(refusal, () -> {
            var dueAt = command.dueOn().plusDays(1).atStartOfDay(facts.zone()).toInstant();
            var item = new ActionItem(ActionItemId.of(stamp.nextId()), meeting.id(), facts.owner().orElseThrow().id(),
                    command.description().strip(), command.dueOn(), dueAt, ActionItemStatus.OPEN,
                    stamp.actor().id(), now, Optional.empty(), 0);
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.meetings().addItem(item)));
            draft.event(new MeetingEvent.ActionItemAdded(meeting.id(), item.id(), item.owner(), item.dueOn(), now));
            draft.audit(stamp.audit("meetings.action-item.add", "action-item", item.id().value(), "meeting "
                    + meeting.id() + ", owner " + item.owner() + ", due " + item.dueOn()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §5.1.2: the item's owner marks an open item done now. */
    public static Outcome<MeetingStores, ActionItem> markDone(ActionItem item, Stamp stamp) {
        var refusal = MeetingAccess.mayMarkDone(stamp.actor(), item).or(() -> item.status() == ActionItemStatus.OPEN
                ? Optional.empty()
                : Optional.of(Refusal.transition("action item", item.id(), item.status(), "mark done")));
        return Outcome.unless(refusal, () -> {
            var now = stamp.now();
            var late = item.overdueAt(now);
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.meetings().updateItem(item.done(now))));
            draft.event(new MeetingEvent.ActionItemDone(item.meeting(), item.id(), late, now));
            draft.audit(stamp.audit("meetings.action-item.done", "action-item", item.id().value(),
                    late ? "late, due " + item.dueOn() : "in time"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §5.1.2: the sweep marks {@code item} overdue if it is still open at its due instant as of {@code now} and nobody marked it. */
    public static Outcome<MeetingStores, Boolean> mark(ActionItem item, Instant now) {
        var draft = Outcome.<MeetingStores>draft();
        var marked = item.overdueAt(now) ? Optional.of(draft.change(Change.of(s -> s.meetings()
                .markOverdueOnce(item.id(), now)))) : Optional.<Change<MeetingStores, Boolean>>empty();
        return draft.answer(s -> marked.map(s::of).orElse(false));
    }

    /** §5.1.2: what the sweep reports of an item it marked overdue: its event and audit line. */
    public static Outcome<MeetingStores, ActionItem> reportOverdue(ActionItem item, Stamp stamp) {
        var draft = Outcome.<MeetingStores>draft();
        draft.event(new MeetingEvent.ActionItemOverdue(item.meeting(), item.id(), item.owner(), stamp.now()));
        draft.audit(stamp.audit("meetings.action-item.overdue", "action-item", item.id().value(), "owner "
                + item.owner() + ", due " + item.dueOn()));
        return draft.answer(s -> item);
    }
}
