package org.servicepolicy.training;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;

/**
 * §4.1: scheduling sessions and recording attendance. Pure: facts and the stamp in, an outcome out.
 */
public final class TrainingRules {
    private TrainingRules() {
    }

    /**
     * Schedules a session. Refused: a programme the policy in force does not have; an attendee or a
     * training employee who does not exist or no longer works here; a trainer among the attendees;
     * a start in the past; an id already taken; anyone but HR or the attendees' manager, or one of
     * the attendees (§1.3.3).
     */
    static Outcome<TrainingStores, TrainingSession> schedule(ScheduleSession command, TrainingFacts.Scheduling facts,
                                                             Stamp stamp) {
        var problems = new ArrayList<FieldProblem>();
        if (facts.programme().isEmpty()) {
            problems.add(new FieldProblem("programme", "is not a programme of the policy in force: "
                    + command.programme()));
        }
        var attendees = new ArrayList<Employee>();
        for (var id : command.attendeeIds()) {
            var attendee = facts.attendees().get(EmployeeId.of(id));
            if (attendee == null || attendee.filter(a -> a.status().employed()).isEmpty()) {
                problems.add(new FieldProblem("attendeeIds", "no employed employee " + id));
            } else {
                attendees.add(attendee.get());
            }
        }
        if (command.trainerId() != null) {
            if (facts.trainer().filter(t -> t.status().employed()).isEmpty()) {
                problems.add(new FieldProblem("trainerId", "no employed employee " + command.trainerId()));
            } else if (command.attendeeIds().contains(command.trainerId())) {
                problems.add(new FieldProblem("trainerId", "the trainer does not attend their own session"));
            }
        }
        if (command.startsAt().isBefore(stamp.now())) {
            problems.add(new FieldProblem("startsAt", "must not be in the past (now is " + stamp.now() + ")"));
        }
        if (!problems.isEmpty()) {
            return Outcome.refused(Refusal.invalid(problems));
        }
        return Outcome.unless(TrainingAccess.maySchedule(stamp.actor(), attendees), () -> {
            var id = TrainingSessionId.of(command.id() == null ? stamp.nextId() : command.id());
            if (facts.taken()) {
                return Outcome.refused(Refusal.duplicate("training session", id));
            }
            var trainer = command.trainerId() != null ? Trainer.employee(EmployeeId.of(command.trainerId()))
                    : Trainer.outsideExpert(command.outsideTrainer().strip());
            var session = new TrainingSession(id, facts.programme().orElseThrow().id(), command.startsAt(), trainer,
                    command.attendeeIds().stream().map(EmployeeId::of).toList(), stamp.actor().id(), stamp.now(),
                    Map.of(), 0);
            var draft = Outcome.<TrainingStores>draft();
            var stored = draft.change(Change.of(s -> s.training().addSession(session)));
            draft.event(new TrainingEvent.SessionScheduled(id, session.programme(), session.startsAt(),
                    session.attendees().size(), stamp.now()));
            draft.audit(stamp.audit("training.schedule", "training session", id.value(), session.programme()
                    + " at " + session.startsAt() + " by " + trainer + " for " + session.attendees().size()
                    + " attendee(s)"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * Records an attendee's attendance, once. Refused: anyone but the trainer or HR, or the
     * attendee themself (§1.3.3); someone who is not an attendee; a session not started yet;
     * attendance already recorded.
     */
    static Outcome<TrainingStores, TrainingSession> attendance(TrainingSession session, RecordAttendance command,
                                                               Stamp stamp) {
        var attendee = EmployeeId.of(command.employeeId());
        return Outcome.unless(TrainingAccess.mayRecord(stamp.actor(), session, attendee), () -> {
            var refusal = recordable(session, attendee, stamp, "attendance");
            if (refusal.isPresent()) {
                return Outcome.refused(refusal.get());
            }
            if (session.attendanceOf(attendee).isPresent()) {
                return Outcome.refused(Refusal.transition("training attendance", session.id() + "/" + attendee,
                        session.attendanceOf(attendee).get(), "record attendance"));
            }
            var draft = Outcome.<TrainingStores>draft();
            var stored = draft.change(Change.of(s -> s.training().updateSession(session.withAttendance(attendee,
                    command.attendance()))));
            draft.event(new TrainingEvent.AttendanceRecorded(session.id(), attendee, command.attendance(),
                    stamp.now()));
            draft.audit(stamp.audit("training.attendance", "training session", session.id().value(),
                    attendee + " " + command.attendance()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** Why nothing can be recorded for {@code attendee} at {@code session} now, if something forbids it. */
    static Optional<Refusal> recordable(TrainingSession session, EmployeeId attendee, Stamp stamp, String what) {
        if (!session.attends(attendee)) {
            return Optional.of(Refusal.invalid("employeeId", "is not an attendee of the session " + session.id()));
        }
        if (session.startsAt().isAfter(stamp.now())) {
            return Optional.of(Refusal.policy("§4.1", "training.after-start", "the " + what + " of session "
                    + session.id() + " is recorded once it has started, at " + session.startsAt()));
        }
        return Optional.empty();
    }

    /** The attendees' ids of {@code command}, as employee ids. */
    static List<EmployeeId> attendees(ScheduleSession command) {
        return command.attendeeIds().stream().map(EmployeeId::of).toList();
    }
}
