package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.policy.ViolationType;

/**
 * Use cases of regular meetings (§5.1.2, §2.2.2): an owner schedules a meeting, records its
 * minutes and each invitee's attendance after it starts, and the action items it agreed; each
 * item's owner marks it done, and a sweep marks the overdue ones once. An unexcused absence from
 * a compulsory meeting is a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1), recorded in the same
 * transaction. Each command loads its facts, decides in the meeting rules with
 * {@link MeetingAccess}, and commits through the unit of work.
 */
public final class MeetingService {
    /** The stamp of what the sweep records names this actor: no person marks an item overdue. */
    static final Actor SWEEP = new Actor(EmployeeId.of("meetings-sweep"), Set.of(Role.EMPLOYEE), Optional.empty());

    private final UnitOfWork<MeetingStores> work;
    private final AbsenceViolations violations;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public MeetingService(UnitOfWork<MeetingStores> work, AbsenceViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Schedules a meeting owned by {@code actor}, with the policy in force now. */
    public Meeting schedule(Actor actor, ScheduleMeeting command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        return work.run(actor, now, s -> new MeetingRules.Scheduling(MeetingFacts.employee(s, actor.id()),
                        command.departments().stream().map(d -> s.departments().find(d)).toList(),
                        s.employees().findAll(command.invitees()), s.policies().inForceAt(now)),
                (facts, stamp) -> MeetingRules.schedule(command, facts, stamp));
    }

    /** The owner records the minutes of a meeting that has started, once. */
    public Meeting recordMinutes(Actor actor, MeetingId id, MeetingMinutes command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, s -> MeetingFacts.readable(s, actor, id),
                (meeting, stamp) -> MeetingRules.recordMinutes(meeting, command, stamp));
    }

    /**
     * Records how one invitee attended a meeting that has started, once, within the policy's time:
     * the owner, or HR or the owner's manager for the owner's own attendance. An unexcused absence
     * from a compulsory meeting is decided and recorded as a violation in the same transaction.
     */
    public AttendanceResult recordAttendance(Actor actor, MeetingId id, MarkAttendance command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var invitee = EmployeeId.of(command.employeeId());
        var now = work.now();
        return work.together(() -> {
            var marked = work.run(actor, now, s -> MeetingFacts.recording(s, MeetingFacts.readable(s, actor, id),
                    invitee), (facts, stamp) -> MeetingRules.recordAttendance(command, facts, stamp));
            var meeting = marked.meeting();
            var violation = marked.decision().map(d -> violations.record(actor, RecordViolation.of(invitee.value(),
                    ViolationType.MEETING_OR_TRAINING_ABSENCE, meeting.startsAt(), "unexcused absence from the "
                            + "compulsory " + meeting.kind() + " meeting " + meeting.id() + " (" + meeting.title()
                            + ") at " + meeting.startsAt())));
            return new AttendanceResult(meeting, marked.decision(), violation);
        });
    }

    /** The owner records an action item a meeting that has started agreed. */
    public ActionItem addActionItem(Actor actor, MeetingId id, AddActionItem command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        var zone = work.stores().policies().inForceAt(now).company().zone();
        command.requireValid(now.atZone(zone).toLocalDate());
        return work.run(actor, now, s -> new ActionItemRules.Adding(MeetingFacts.readable(s, actor, id),
                        MeetingFacts.find(s, command.ownerId()), zone),
                (facts, stamp) -> ActionItemRules.add(command, facts, stamp));
    }

    /** The item's owner marks it done. */
    public ActionItem markDone(Actor actor, ActionItemId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.run(actor, s -> MeetingFacts.readable(s, actor, id), ActionItemRules::markDone);
    }

    /** One meeting, for its owner, its invitees and HR; to anyone else it does not exist. */
    public Meeting meeting(Actor actor, MeetingId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return MeetingFacts.readable(work.stores(), actor, id);
    }

    /** The meetings the caller owns or is invited to, by start then id. */
    public List<Meeting> myMeetings(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().meetings().of(actor.id());
    }

    /** The action items of one meeting, for those who may read the meeting, by due date then id. */
    public List<ActionItem> actionItems(Actor actor, MeetingId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.stores().meetings().itemsOf(MeetingFacts.readable(work.stores(), actor, id).id());
    }

    /** The action items the caller is to do, by due date then id. */
    public List<ActionItem> myActionItems(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().meetings().itemsOwnedBy(actor.id());
    }

    /** The action items of the caller's meetings still open at their due instant now, by due date then id. */
    public List<ActionItem> overdueOfMyMeetings(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        var now = work.now();
        return work.stores().meetings().itemsOfMeetingsOwnedBy(actor.id()).stream()
                .filter(i -> i.overdueAt(now)).toList();
    }

    /**
     * Marks, as of {@code asOf}, every action item still open at its due instant and not marked
     * yet; each item in its own transaction. Idempotent, and safe with several sweeps at once:
     * each item is marked once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public ActionItemSweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "asOf"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("asOf", "must not be in the future (now is " + present + ")");
        }
        var marked = new ArrayList<ActionItemId>();
        for (var candidate : work.stores().meetings().dueForSweep(now)) {
            var reported = work.together(() -> {
                var item = work.stores().meetings().findItem(candidate.id()).orElseThrow();
                var first = work.run(SWEEP, now, s -> item, (found, stamp) -> ActionItemRules.mark(found, now));
                return first ? Optional.of(work.run(SWEEP, now, s -> item, ActionItemRules::reportOverdue))
                        : Optional.<ActionItem>empty();
            });
            reported.ifPresent(item -> marked.add(item.id()));
        }
        return new ActionItemSweepResult(now, marked);
    }

    /** Runs the sweep now on request of {@code actor}: HR. */
    public ActionItemSweepResult sweepNow(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(MeetingAccess.maySweep(actor));
        return sweep(work.now());
    }
}
