package org.servicepolicy.training;

import static org.servicepolicy.training.TrainingFacts.held;
import static org.servicepolicy.training.TrainingFacts.readable;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.service.FindingViolations;

/**
 * Use cases of training and the posting gate (§4.1, §4.2): sessions are scheduled, attendance
 * and scores recorded; a pass completes a programme, and the pass that completes the last
 * programme due before post puts an onboarding hire on post (§4.1.1); used-up retakes go to HR.
 * What each employee owes is computed, never stored, and swept for reminders and overdue
 * obligations. Each command loads its facts, decides in the training rules with
 * {@link TrainingAccess}, and commits through the unit of work.
 */
public final class TrainingService {
    /** Who the sweep's marks are recorded as: no person decides them. */
    private static final Actor SWEEP = new Actor(EmployeeId.of("training-sweep"), Set.of(Role.EMPLOYEE),
            Optional.empty());

    private final UnitOfWork<TrainingStores> work;
    private final FindingViolations violations;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public TrainingService(UnitOfWork<TrainingStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Schedules a session of a programme: HR, or the manager of every attendee. */
    public TrainingSession schedule(Actor actor, ScheduleSession command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, s -> {
            var attendees = new LinkedHashMap<EmployeeId, Optional<Employee>>();
            TrainingRules.attendees(command).forEach(id -> attendees.put(id, s.employees().find(id)));
            return new TrainingFacts.Scheduling(s.policies().inForceAt(now).training().programme(command.programme()),
                    attendees, Optional.ofNullable(command.trainerId()).map(EmployeeId::of)
                    .flatMap(s.employees()::find), command.id() != null
                    && s.training().findSession(TrainingSessionId.of(command.id())).isPresent());
        }, (facts, stamp) -> TrainingRules.schedule(command, facts, stamp));
    }

    /**
     * Records an attendee's attendance: the trainer or HR, never about themself; UNEXCUSED records
     * a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1) in the same transaction.
     */
    public TrainingSession recordAttendance(Actor actor, TrainingSessionId id, RecordAttendance command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.together(() -> {
            var session = work.run(actor, s -> readable(s, actor, id),
                    (loaded, stamp) -> TrainingRules.attendance(loaded, command, stamp));
            if (command.attendance() == Attendance.UNEXCUSED) {
                violations.record(actor, RecordViolation.of(command.employeeId(),
                        ViolationType.MEETING_OR_TRAINING_ABSENCE, session.startsAt(), "unexcused absence from "
                                + "training session " + session.id() + " (" + session.programme() + ")"));
            }
            return session;
        });
    }

    /**
     * Records a present attendee's score: the trainer or HR, never about themself. A pass completes
     * the programme and may put an onboarding hire on post (§4.1.1); a fail that uses the last
     * attempt is a decision {@code training.retakes-exhausted}.
     */
    public TrainingAssessment recordScore(Actor actor, TrainingSessionId id, RecordScore command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        var trainee = EmployeeId.of(command.employeeId());
        return work.run(actor, now, s -> {
            var session = readable(s, actor, id);
            if (!session.attends(trainee)) {
                throw InvalidInputException.of("employeeId", "is not an attendee of the session " + id);
            }
            var policy = s.policies().inForceAt(now);
            return new TrainingFacts.Assessing(Optional.of(session), held(s, trainee),
                    policy.training().programme(session.programme()), s.training().assessmentsOf(trainee),
                    s.training().rulingsOf(trainee), policy);
        }, (facts, stamp) -> TrainingAssessmentRules.score(command, facts, stamp));
    }

    /** HR decides about a trainee whose retakes are exhausted: one more attempt, or the end of employment. */
    public RetakeRuling ruleOnRetakes(Actor actor, EmployeeId employee, RuleOnRetakes command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employee, "employee");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, s -> {
            var policy = s.policies().inForceAt(now);
            return new TrainingFacts.Assessing(Optional.empty(), held(s, employee),
                    policy.training().programme(command.programme().strip()), s.training().assessmentsOf(employee),
                    s.training().rulingsOf(employee), policy);
        }, (facts, stamp) -> TrainingAssessmentRules.ruleOnRetakes(command, facts, stamp));
    }

    /** One session, for HR, its scheduler, trainer and attendees and the attendees' managers. */
    public TrainingSession session(Actor actor, TrainingSessionId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return readable(work.stores(), actor, id);
    }

    /** The sessions an employee attends or trains, for themself, their managers and HR. */
    public List<TrainingSession> sessionsOf(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().training().sessionsOf(readable(work.stores(), actor, employee).id());
    }

    /** An employee's assessments (completions and failed attempts), for themself, their managers and HR. */
    public List<TrainingAssessment> assessmentsOf(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().training().assessmentsOf(readable(work.stores(), actor, employee).id());
    }

    /** What an employee owes now and by when, for themself, their managers and HR. */
    public List<TrainingObligation> obligations(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        return TrainingFacts.obligations(work.stores(), readable(work.stores(), actor, employee), work.now());
    }

    /**
     * The programmes due before post that {@code employee} has not passed, in the policy's order:
     * what keeps an onboarding hire from going on post (§4.1.1). For the host's wiring.
     */
    public List<String> mandatoryNotPassed(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return TrainingObligations.notPassedBeforePost(work.stores().policies().inForceAt(work.now()).training(),
                work.stores().training().assessmentsOf(employee));
    }

    /** The programmes {@code employee} has completed by now, each once, in the order first completed. For the host's wiring. */
    public List<String> completedProgrammes(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        var now = work.now();
        var completed = new LinkedHashSet<String>();
        work.stores().training().assessmentsOf(employee).stream()
                .filter(a -> a.passed() && !a.recordedAt().isAfter(now))
                .forEach(a -> completed.add(a.programme()));
        return List.copyOf(completed);
    }

    /**
     * Marks, as of {@code asOf}, each reminder and each overdue obligation of every employee not
     * marked yet; each employee in its own transaction. Idempotent, and safe with several sweeps at once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public TrainingSweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "asOf"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("asOf", "must not be in the future (now is " + present + ")");
        }
        var employees = work.stores().employees().all().stream().filter(e -> e.status().employed()).toList();
        int reminders = 0;
        int overdue = 0;
        for (var employee : employees) {
            for (var flag : sweep(employee.id(), now)) {
                if (flag.overdue()) {
                    overdue++;
                } else {
                    reminders++;
                }
            }
        }
        return new TrainingSweepResult(employees.size(), reminders, overdue);
    }

    /** Runs the sweep now on request of {@code actor}: HR. */
    public TrainingSweepResult sweepNow(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(TrainingAccess.maySweep(actor));
        return sweep(work.now());
    }

    /** Marks the obligations of one employee as of {@code now}, in its own transaction; answers the marks it made. */
    private List<TrainingSweepRules.Flag> sweep(EmployeeId id, Instant now) {
        return work.together(() -> {
            var marked = work.run(SWEEP, now, s -> s.employees().find(id).map(employee -> {
                var policy = s.policies().inForceAt(now);
                return TrainingSweepRules.due(TrainingFacts.obligations(s, employee, now),
                        policy.training().reminderBefore(), policy.company().zone(), now);
            }).orElse(List.of()), (flags, stamp) -> TrainingSweepRules.mark(flags, now));
            return marked.isEmpty() ? marked
                    : work.run(SWEEP, now, s -> marked, (flags, stamp) -> TrainingSweepRules.announce(flags, stamp));
        });
    }
}
