package org.servicepolicy.training;

import java.util.Collection;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with training (§4.1, §1.3.3). Each function answers without reading a store.
 *
 * <p>HR, or the manager of the department of every attendee, schedules a session, never one they
 * attend. The session's trainer or HR records attendance and scores; HR decides about used-up
 * retakes. Nobody records, rules on or decides anything about themself. An employee's training
 * record and obligations are read by the employee, the manager of their department, their
 * supervisor and HR; a session by HR, its scheduler, its trainer, its attendees and their managers.
 */
public final class TrainingAccess {
    private TrainingAccess() {
    }

    /** Scheduling a session for {@code attendees}: HR or the manager of every attendee's department, not among them. */
    public static Optional<Refusal> maySchedule(Actor actor, Collection<Employee> attendees) {
        if (attendees.stream().anyMatch(a -> actor.is(a.id()))) {
            return Optional.of(ownCase("schedule training they attend"));
        }
        return actor.isHr() || !attendees.isEmpty() && attendees.stream().allMatch(a -> actor.manages(a.department()))
                ? Optional.empty()
                : Optional.of(Refusal.access("only HR or the attendees' manager schedules training (§4.1)"));
    }

    /** Recording {@code attendee}'s attendance or score at {@code session}: its trainer or HR, never about themself. */
    public static Optional<Refusal> mayRecord(Actor actor, TrainingSession session, EmployeeId attendee) {
        if (actor.is(attendee)) {
            return Optional.of(ownCase("record their own attendance or score"));
        }
        return actor.isHr() || session.trainer().is(actor.id()) ? Optional.empty()
                : Optional.of(Refusal.access("only the session's trainer or HR records attendance and scores (§4.1)"));
    }

    /** Deciding about {@code trainee}'s used-up retakes: HR, never about themself. */
    public static Optional<Refusal> mayRuleOnRetakes(Actor actor, EmployeeId trainee) {
        if (actor.is(trainee)) {
            return Optional.of(ownCase("decide about their own retakes"));
        }
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR decides about used-up retakes (§4.1.1)"));
    }

    /** Whether {@code actor} may read {@code employee}'s training record and obligations. */
    public static boolean mayRead(Actor actor, Employee employee) {
        return actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department())
                || employee.supervisor().filter(actor::is).isPresent();
    }

    /** Whether {@code actor} may read {@code session}, whose attendees are {@code attendees}. */
    public static boolean mayRead(Actor actor, TrainingSession session, Collection<Employee> attendees) {
        return actor.isHr() || actor.is(session.scheduledBy()) || session.trainer().is(actor.id())
                || session.attends(actor.id()) || attendees.stream().anyMatch(a -> actor.manages(a.department())
                || a.supervisor().filter(actor::is).isPresent());
    }

    /** Sweeping training obligations on request: HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR runs the training obligations sweep"));
    }

    private static Refusal ownCase(String action) {
        return Refusal.access("nobody may " + action + " (§1.3.3); another authorised person must");
    }
}
