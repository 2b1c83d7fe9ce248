package org.servicepolicy.assessment;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * Who may act and see what in the compliance assessment (§3.3.1). Each function answers with the
 * refusal, if any, or with what the actor may see; none reads a store. Grades and evaluations
 * are personnel records: the employee, their department manager and HR see them, and to anyone
 * else the employee does not exist ({@link Access}).
 */
public final class AssessmentAccess {
    private AssessmentAccess() {
    }

    /** Opening a cycle: HR only. */
    public static Optional<Refusal> mayOpen(Actor actor) {
        return actor.isHr() ? Optional.empty() : Optional.of(Refusal.access("only HR opens assessment cycles (§3.3.1)"));
    }

    /** Finalizing a cycle, which fixes everyone's grade: HR only. */
    public static Optional<Refusal> mayFinalize(Actor actor) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR finalizes assessment cycles (§3.3.1)"));
    }

    /**
     * Evaluating anyone: an employee of the company, found as {@code self}; whom they may
     * evaluate is their standing ({@link EvaluatorRule}).
     */
    public static Optional<Refusal> mayEvaluate(Optional<Employee> self) {
        return self.filter(e -> e.status().employed()).isPresent() ? Optional.empty()
                : Optional.of(Refusal.access("only employees of the company evaluate"));
    }

    /**
     * Overseeing a cycle ({@code what}: previewing its grades, listing them or its missing
     * evaluations): HR, and a department manager for their department ({@link #oversees}).
     */
    public static Optional<Refusal> mayOversee(Actor actor, String what) {
        return actor.isHr() || actor.has(Role.MANAGER) && actor.department().isPresent() ? Optional.empty()
                : Optional.of(Refusal.access("only HR and department managers may " + what));
    }

    /** Whether an overseer sees what a cycle holds about the employees of {@code department}. */
    public static boolean oversees(Actor actor, DepartmentId department) {
        return actor.isHr() || actor.manages(department);
    }

    /** Reading the grades or evaluations of {@code employee}: the employee, their manager and HR. */
    public static Optional<Refusal> mayRead(Actor actor, Employee employee) {
        return Access.canViewPersonnel(actor, employee) ? Optional.empty()
                : Optional.of(Refusal.missing("employee", employee.id()));
    }

    /**
     * Whether a reader of {@code evaluation} sees who gave it: peers stay anonymous to the
     * person they evaluate (§3.3.1, §1.3.3).
     */
    public static boolean showsEvaluator(Actor actor, Evaluation evaluation) {
        return evaluation.role() != EvaluatorRole.PEER || !actor.is(evaluation.evaluated());
    }

    /**
     * Whether {@code actor} may know that a cycle assesses {@code participant}: HR knows every
     * one, a manager their department's, and everyone those they may evaluate.
     *
     * @param mayEvaluate whether the actor stands as the participant's evaluator (§3.3.1)
     */
    public static boolean knows(Actor actor, Employee participant, boolean mayEvaluate) {
        return actor.isHr() || actor.manages(participant.department()) || mayEvaluate;
    }
}
