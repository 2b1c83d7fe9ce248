package org.servicepolicy.tasks;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;

/**
 * Who may do what with a task (§3.1), as pure functions: each answers a refusal, or nothing when
 * the actor may.
 *
 * <p>A superior of the assignee (anyone up the reporting line) or HR assigns; anyone else is
 * refused under §3.1.1, because the policy itself says where a task comes from. The assignee
 * alone accepts, refuses, asks for adjustments, reports progress, escalates and reports
 * completion. The assigner, a superior of the assignee, the manager of the assignee's department,
 * or HR directs the task: rules on refusals, decides adjustments, answers escalations and reviews
 * results; never the assignee (§1.3.3). Those people, the assignee, whoever is copied on the
 * task, and whoever may see the assignee's records (see {@link Access}) may see it; to anyone
 * else it does not exist.
 */
final class TaskAccess {
    private TaskAccess() {
    }

    /** §3.1.1: a task comes from a superior of the assignee or from HR, and nobody assigns one to themself. */
    static Optional<Refusal> mayAssign(Actor actor, ReportingLine assignee) {
        var id = assignee.employee().id();
        if (actor.is(id)) {
            return Optional.of(Refusal.policy("§3.1.1", "tasks.assign.superior",
                    "nobody assigns a task to themself: a task comes from a superior", "assigneeId"));
        }
        if (!(actor.isHr() || assignee.hasAbove(actor.id()))) {
            return Optional.of(Refusal.policy("§3.1.1", "tasks.assign.superior", actor.id() + " is neither a superior of "
                    + id + " (up the reporting line) nor HR; a task comes from a superior", "assigneeId"));
        }
        return Optional.empty();
    }

    /** Whether {@code actor} directs {@code task}: its assigner, HR, the assignee's manager or a superior, never the assignee. */
    static boolean directs(Actor actor, Task task, ReportingLine assignee) {
        var employee = assignee.employee();
        return !actor.is(employee.id()) && (actor.is(task.assigner()) || actor.isHr()
                || actor.manages(employee.department()) || assignee.hasAbove(actor.id()));
    }

    /** Whether {@code actor} may see {@code task}. */
    static boolean sees(Actor actor, Task task, ReportingLine assignee) {
        return actor.is(task.assignee()) || task.copiedPeople().contains(actor.id()) || directs(actor, task, assignee)
                || Access.canView(actor, assignee.employee());
    }

    /** A task the actor may not see does not exist for them. */
    static Optional<Refusal> toSee(Actor actor, TaskFacts.OfTask facts) {
        return sees(actor, facts.task(), facts.assignee()) ? Optional.empty()
                : Optional.of(Refusal.missing("task", facts.task().id()));
    }

    /**
     * Only those who direct the task may {@code action} it (e.g. "review"), and never in their own
     * case (§1.3.3).
     */
    static Optional<Refusal> toDirect(Actor actor, TaskFacts.OfTask facts, String action) {
        var task = facts.task();
        var assignee = facts.assignee().employee().id();
        return toSee(actor, facts)
                .or(() -> ownCase(actor, assignee, action + " a task"))
                .or(() -> directs(actor, task, facts.assignee()) ? Optional.empty()
                        : Optional.of(Refusal.access(actor.id() + " may not " + action + " task " + task.id()
                                + ": the assigner, a superior or the department manager of " + assignee
                                + ", or HR may")));
    }

    /** Only the assignee may {@code action} the task (e.g. "accept"); to whoever may not see it, it does not exist. */
    static Optional<Refusal> asAssignee(Actor actor, TaskFacts.OfTask facts, String action) {
        var task = facts.task();
        if (actor.is(task.assignee())) {
            return Optional.empty();
        }
        return toSee(actor, facts).or(() -> Optional.of(Refusal.access("only the assignee, " + task.assignee()
                + ", may " + action + " task " + task.id())));
    }

    /**
     * The tasks of {@code assignee} that {@code actor} may list: all of them for whoever may see
     * the assignee's records or is their superior; for anyone else those they assigned or are
     * copied on. Empty when the actor may know of none: then the employee does not exist for them.
     */
    static Optional<List<Task>> listedTasks(Actor actor, ReportingLine assignee, List<Task> tasks) {
        if (Access.canView(actor, assignee.employee()) || assignee.hasAbove(actor.id())) {
            return Optional.of(tasks);
        }
        var concerning = tasks.stream()
                .filter(t -> actor.is(t.assigner()) || t.copiedPeople().contains(actor.id())).toList();
        return concerning.isEmpty() ? Optional.empty() : Optional.of(concerning);
    }

    /** §3.3.1: the employee, their manager or a superior, and HR read the compliance facts of their tasks. */
    static Optional<Refusal> toReadComplianceFacts(Actor actor, ReportingLine subject) {
        var employee = subject.employee();
        boolean superior = subject.hasAbove(actor.id());
        if (!(Access.canView(actor, employee) || superior)) {
            return Optional.of(Refusal.missing("employee", employee.id()));
        }
        if (!(actor.is(employee.id()) || actor.isHr() || actor.manages(employee.department()) || superior)) {
            return Optional.of(Refusal.access("the compliance facts of " + employee.id()
                    + " are read by the employee, their manager or HR"));
        }
        return Optional.empty();
    }

    /** §1.3.3: nobody decides their own case, whatever roles they hold. */
    private static Optional<Refusal> ownCase(Actor actor, EmployeeId subject, String action) {
        return Access.isOwnCase(actor, subject)
                ? Optional.of(Refusal.access("nobody may " + action + " in their own case (§1.3.3); another"
                        + " authorised person must"))
                : Optional.empty();
    }
}
