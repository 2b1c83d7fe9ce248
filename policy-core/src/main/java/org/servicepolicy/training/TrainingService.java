package org.servicepolicy.training;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.UnitOfWork;
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
    private final UnitOfWork<TrainingStores> work;
    private final FindingViolations violations;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public TrainingService(UnitOfWork<TrainingStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Schedules a session of a programme: HR, or the manager of every attendee. */
    public TrainingSession schedule(Actor actor, ScheduleSession command) {
        throw new UnsupportedOperationException();
    }

    /**
     * Records an attendee's attendance: the trainer or HR, never about themself; UNEXCUSED records
     * a MEETING_OR_TRAINING_ABSENCE violation (§3.1.1) in the same transaction.
     */
    public TrainingSession recordAttendance(Actor actor, TrainingSessionId id, RecordAttendance command) {
        throw new UnsupportedOperationException();
    }

    /**
     * Records a present attendee's score: the trainer or HR, never about themself. A pass completes
     * the programme and may put an onboarding hire on post (§4.1.1); a fail that uses the last
     * attempt is a decision {@code training.retakes-exhausted}.
     */
    public TrainingAssessment recordScore(Actor actor, TrainingSessionId id, RecordScore command) {
        throw new UnsupportedOperationException();
    }

    /** HR decides about a trainee whose retakes are exhausted: one more attempt, or the end of employment. */
    public RetakeRuling ruleOnRetakes(Actor actor, EmployeeId employee, RuleOnRetakes command) {
        throw new UnsupportedOperationException();
    }

    /** One session, for HR, its scheduler, trainer and attendees and the attendees' managers. */
    public TrainingSession session(Actor actor, TrainingSessionId id) {
        throw new UnsupportedOperationException();
    }

    /** The sessions an employee attends or trains, for themself, their managers and HR. */
    public List<TrainingSession> sessionsOf(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException();
    }

    /** An employee's assessments (completions and failed attempts), for themself, their managers and HR. */
    public List<TrainingAssessment> assessmentsOf(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException();
    }

    /** What an employee owes now and by when, for themself, their managers and HR. */
    public List<TrainingObligation> obligations(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException();
    }

    /**
     * The programmes due before post that {@code employee} has not passed, in the policy's order:
     * what keeps an onboarding hire from going on post (§4.1.1). For the host's wiring.
     */
    public List<String> mandatoryNotPassed(EmployeeId employee) {
        throw new UnsupportedOperationException();
    }

    /** The programmes {@code employee} has completed by now, each once, in the order first completed. For the host's wiring. */
    public List<String> completedProgrammes(EmployeeId employee) {
        throw new UnsupportedOperationException();
    }

    /**
     * Marks, as of {@code asOf}, each reminder and each overdue obligation of every employee not
     * marked yet; each employee in its own transaction. Idempotent, and safe with several sweeps at once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public TrainingSweepResult sweep(Instant asOf) {
        throw new UnsupportedOperationException();
    }

    /** Runs the sweep now on request of {@code actor}: HR. */
    public TrainingSweepResult sweepNow(Actor actor) {
        throw new UnsupportedOperationException();
    }
}
