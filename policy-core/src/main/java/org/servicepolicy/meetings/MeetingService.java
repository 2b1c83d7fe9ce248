package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * Use cases of regular meetings (§5.1.2, §2.2.2): an owner schedules a meeting, records its
 * minutes and each invitee's attendance after it starts, and the action items it agreed; each
 * item's owner marks it done, and a sweep marks the overdue ones once. An unexcused absence from
 * a compulsory meeting is a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1), recorded in the same
 * transaction. Each command loads its facts, decides in the meeting rules with
 * {@link MeetingAccess}, and commits through the unit of work.
 */
public final class MeetingService {
    private final UnitOfWork<MeetingStores> work;
    private final AbsenceViolations violations;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public MeetingService(UnitOfWork<MeetingStores> work, AbsenceViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Schedules a meeting owned by {@code actor}, with the policy in force now. */
    public Meeting schedule(Actor actor, ScheduleMeeting command) {
        throw new UnsupportedOperationException();
    }

    /** The owner records the minutes of a meeting that has started, once. */
    public Meeting recordMinutes(Actor actor, MeetingId id, MeetingMinutes command) {
        throw new UnsupportedOperationException();
    }

    /**
     * Records how one invitee attended a meeting that has started, once, within the policy's time:
     * the owner, or HR or the owner's manager for the owner's own attendance. An unexcused absence
     * from a compulsory meeting is decided and recorded as a violation in the same transaction.
     */
    public AttendanceResult recordAttendance(Actor actor, MeetingId id, MarkAttendance command) {
        throw new UnsupportedOperationException();
    }

    /** The owner records an action item a meeting that has started agreed. */
    public ActionItem addActionItem(Actor actor, MeetingId id, AddActionItem command) {
        throw new UnsupportedOperationException();
    }

    /** The item's owner marks it done. */
    public ActionItem markDone(Actor actor, ActionItemId id) {
        throw new UnsupportedOperationException();
    }

    /** One meeting, for its owner, its invitees and HR; to anyone else it does not exist. */
    public Meeting meeting(Actor actor, MeetingId id) {
        throw new UnsupportedOperationException();
    }

    /** The meetings the caller owns or is invited to, by start then id. */
    public List<Meeting> myMeetings(Actor actor) {
        throw new UnsupportedOperationException();
    }

    /** The action items of one meeting, for those who may read the meeting, by due date then id. */
    public List<ActionItem> actionItems(Actor actor, MeetingId id) {
        throw new UnsupportedOperationException();
    }

    /** The action items the caller is to do, by due date then id. */
    public List<ActionItem> myActionItems(Actor actor) {
        throw new UnsupportedOperationException();
    }

    /** The action items of the caller's meetings still open at their due instant now, by due date then id. */
    public List<ActionItem> overdueOfMyMeetings(Actor actor) {
        throw new UnsupportedOperationException();
    }

    /**
     * Marks, as of {@code asOf}, every action item still open at its due instant and not marked
     * yet; each item in its own transaction. Idempotent, and safe with several sweeps at once:
     * each item is marked once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public ActionItemSweepResult sweep(Instant asOf) {
        throw new UnsupportedOperationException();
    }

    /** Runs the sweep now on request of {@code actor}: HR. */
    public ActionItemSweepResult sweepNow(Actor actor) {
        throw new UnsupportedOperationException();
    }
}
