package org.servicepolicy.meetings;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ViolationType;

/**
 * §5.1.2, §2.2.2: company, department and cross-department meetings are held, their minutes kept
 * and each invitee's attendance recorded; an unexcused absence from a compulsory meeting is a
 * MEETING_OR_TRAINING_ABSENCE violation (§3.1.1), decided here with its reasons and recorded by
 * the discipline capability. Pure: each function decides from the facts loaded and the stamp.
 */
public final class MeetingRules {
    /** The decision kind of an unexcused absence from a compulsory meeting. */
    public static final DecisionKind UNEXCUSED_ABSENCE = DecisionKind.of("meetings.unexcused-absence");

    private MeetingRules() {
    }

    /**
     * The facts scheduling needs.
     *
     * @param organiser   the caller's employee record
     * @param departments the departments named, each as found (empty when there is none)
     * @param invitees    the invitees found
     * @param policy      the policy in force now
     */
    public record Scheduling(Employee organiser, List<Optional<Department>> departments, List<Employee> invitees,
                             PolicyDefinition policy) {
        /** Requires every part. */
        public Scheduling {
            Objects.requireNonNull(organiser, "organiser");
            departments = List.copyOf(departments);
            invitees = List.copyOf(invitees);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts recording attendance needs.
     *
     * @param meeting the meeting as stored
     * @param owner   its owner's employee record
     * @param invitee the invitee's employee record, if the employee exists
     * @param policy  the policy in force when the meeting started
     */
    public record Recording(Meeting meeting, Employee owner, Optional<Employee> invitee, PolicyDefinition policy) {
        /** Requires every part. */
        public Recording {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(invitee, "invitee");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * What recording an attendance decided, before any violation is recorded.
     *
     * @param meeting  the meeting as stored
     * @param decision the decision that the absence is unexcused from a compulsory meeting, if it is
     */
    public record Marked(Meeting meeting, Optional<Decision> decision) {
        /** Requires every part. */
        public Marked {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(decision, "decision");
        }
    }

    /**
     * §5.1.2: the caller schedules a meeting they own. Its departments exist; its invitees are
     * employed and, but for a company meeting, work in one of its departments; only those with
     * authority over its departments make it compulsory.
     */
    public static Outcome<MeetingStores, Meeting> schedule(ScheduleMeeting command, Scheduling facts, Stamp stamp) {
        var departments = command.departments();
        var inviteeIds = command.invitees();
        var problems = new ArrayList<FieldProblem>();
        for (int i = 0; i < departments.size(); i++) {
            if (facts.departments().get(i).isEmpty()) {
                problems.add(new FieldProblem("departmentIds[" + i + "]", "no such department: " + departments.get(i)));
            }
        }
        for (int i = 0; i < inviteeIds.size(); i++) {
            var id = inviteeIds.get(i);
            var invitee = facts.invitees().stream().filter(e -> e.id().equals(id)).findFirst();
            if (invitee.isEmpty() || !invitee.get().status().employed()) {
                problems.add(new FieldProblem("inviteeIds[" + i + "]", "no employed employee: " + id));
            } else if (command.kind() != MeetingKind.COMPANY && !departments.contains(invitee.get().department())) {
                problems.add(new FieldProblem("inviteeIds[" + i + "]", id + " works in none of the meeting's "
                        + "departments " + departments));
            }
        }
        var refusal = MeetingAccess.mayOrganise(stamp.actor(), command.kind(), departments, command.compulsory())
                .or(() -> facts.organiser().status().employed() ? Optional.empty()
                        : Optional.of(Refusal.access("only an employed employee organises a meeting")))
                .or(() -> problems.isEmpty() ? Optional.empty() : Optional.of(Refusal.invalid(problems)));
        return Outcome.unless(refusal, () -> {
            var now = stamp.now();
            var meeting = new Meeting(MeetingId.of(stamp.nextId()), command.kind(), command.title().strip(),
                    facts.organiser().id(), sorted(departments), command.startsAt(), command.compulsory(),
                    inviteeIds, now, facts.policy().version(), Optional.empty(), Optional.empty(), List.of(), 0);
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.meetings().add(meeting)));
            draft.event(new MeetingEvent.Scheduled(meeting.id(), meeting.kind(), meeting.owner(), meeting.startsAt(),
                    meeting.compulsory(), now));
            draft.audit(stamp.audit("meetings.schedule", "meeting", meeting.id().value(), meeting.kind() + " "
                    + (meeting.compulsory() ? "compulsory" : "optional") + " at " + meeting.startsAt() + ", "
                    + inviteeIds.size() + " invited"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §5.1.2: the owner records the minutes of a meeting that has started, once. */
    public static Outcome<MeetingStores, Meeting> recordMinutes(Meeting meeting, MeetingMinutes command, Stamp stamp) {
        var now = stamp.now();
        var refusal = MeetingAccess.mayKeepRecord(stamp.actor(), meeting).or(() -> notStarted(meeting, now))
                .or(() -> meeting.minutes().isPresent() ? Optional.of(Refusal.policy("§5.1.2", "meetings.minutes.once",
                        "the minutes of meeting " + meeting.id() + " are recorded already")) : Optional.empty());
        return Outcome.unless(refusal, () -> {
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.meetings().update(meeting.withMinutes(command.text().strip(),
                    now))));
            draft.event(new MeetingEvent.MinutesRecorded(meeting.id(), now));
            draft.audit(stamp.audit("meetings.minutes", "meeting", meeting.id().value(), "minutes recorded"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §5.1.2, §3.1.1: the attendance of one invitee of a meeting that has started, recorded once
     * within the policy's time; an unexcused absence from a compulsory meeting is decided to be a
     * MEETING_OR_TRAINING_ABSENCE, with reasons, for the discipline capability to record.
     */
    public static Outcome<MeetingStores, Marked> recordAttendance(MarkAttendance command, Recording facts,
                                                                  Stamp stamp) {
        var meeting = facts.meeting();
        var invitee = facts.invitee().map(Employee::id);
        var now = stamp.now();
        var closesAt = facts.policy().meetings().attendanceClosesAt(meeting.startsAt(),
                facts.policy().company().zone());
        var refusal = invitee.filter(meeting::invites).isEmpty()
                ? Optional.of(Refusal.invalid("employeeId", "not invited to meeting " + meeting.id() + ": "
                        + command.employeeId()))
                : MeetingAccess.mayRecordAttendance(stamp.actor(), meeting, facts.owner(), invitee.get())
                .or(() -> notStarted(meeting, now))
                .or(() -> now.isAfter(closesAt) ? Optional.of(Refusal.policy("§5.1.2", "meetings.attendance.closed",
                        "the attendance of meeting " + meeting.id() + " was to be recorded by " + closesAt
                                + " (policy " + facts.policy().version() + ")")) : Optional.empty())
                .or(() -> meeting.attendanceOf(invitee.get()).map(a -> Refusal.policy("§5.1.2",
                        "meetings.attendance.once", "the attendance of " + invitee.get() + " at meeting "
                                + meeting.id() + " is recorded already: " + a, "employeeId")));
        return Outcome.unless(refusal, () -> {
            var who = invitee.orElseThrow();
            var mark = new AttendanceMark(who, command.attendance(), stamp.actor().id(), now);
            var draft = Outcome.<MeetingStores>draft();
            var stored = draft.change(Change.of(s -> s.meetings().update(meeting.withAttendance(mark))));
            var absence = meeting.compulsory() && command.attendance() == Attendance.UNEXCUSED;
            var decision = absence ? Optional.of(stamp.decision(UNEXCUSED_ABSENCE, who,
                    ViolationType.MEETING_OR_TRAINING_ABSENCE.name(), List.of(
                            Reason.of("§5.1.2", "meetings.compulsory", "meeting %s (%s, %s) at %s was compulsory"
                                    .formatted(meeting.id(), meeting.kind(), meeting.title(), meeting.startsAt()),
                                    "meeting", meeting.id(), "kind", meeting.kind()),
                            Reason.of("§3.1.1", "meetings.absence.unexcused", "%s was invited and absent without "
                                    .formatted(who) + "an excuse, as %s recorded".formatted(stamp.actor().id()),
                                    "invitee", who, "recordedBy", stamp.actor().id())),
                    facts.policy().version(), meeting.startsAt())) : Optional.<Decision>empty();
            decision.ifPresent(draft::decision);
            draft.event(new MeetingEvent.AttendanceRecorded(meeting.id(), who, command.attendance(), now));
            draft.audit(stamp.audit("meetings.attendance", "meeting", meeting.id().value(), who + " "
                    + command.attendance() + (absence ? ", a MEETING_OR_TRAINING_ABSENCE" : "")));
            return draft.answer(s -> new Marked(s.of(stored), decision));
        });
    }

    /** The refusal of recording anything of {@code meeting} before it starts. */
    static Optional<Refusal> notStarted(Meeting meeting, Instant now) {
        return now.isBefore(meeting.startsAt()) ? Optional.of(Refusal.policy("§5.1.2", "meetings.not-started",
                "meeting " + meeting.id() + " starts at " + meeting.startsAt() + "; its record is kept after that"))
                : Optional.empty();
    }

    private static List<DepartmentId> sorted(List<DepartmentId> departments) {
        return departments.stream().sorted(Comparator.comparing(DepartmentId::value)).toList();
    }
}
