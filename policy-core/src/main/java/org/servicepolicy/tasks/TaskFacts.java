package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Department;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of the tasks area load before they decide, and how they load it. */
final class TaskFacts {
    private TaskFacts() {
    }

    /**
     * A task and its assignee's reporting line: what every command on one task decides on.
     *
     * @param task     the task
     * @param assignee the assignee and their superiors
     */
    record OfTask(Task task, ReportingLine assignee) {
        OfTask {
            Objects.requireNonNull(task, "task");
            Objects.requireNonNull(assignee, "assignee");
        }
    }

    /**
     * What an adjustment request decides on: the task, and the policy in force when it is asked.
     *
     * @param task   the task
     * @param policy the policy version in force at the request
     */
    record Adjustment(OfTask task, PolicyDefinition policy) {
    }

    /**
     * What an assignment decides on (§3.1.1).
     *
     * @param assignee        the assignee and their superiors; empty when no such employee exists
     * @param unknownCopies   the copied people and departments that do not exist, one problem each
     * @param policy          the policy version in force at the assignment
     */
    record Assignment(Optional<ReportingLine> assignee, List<FieldProblem> unknownCopies, PolicyDefinition policy) {
        Assignment {
            unknownCopies = List.copyOf(unknownCopies);
        }
    }

    /**
     * What the sweep decides on for one task (§3.1.2).
     *
     * @param task the task
     * @param zone the company's zone in the policy version of the task's assignment
     */
    record Swept(Task task, ZoneId zone) {
    }

    /**
     * What one sweep of a task recorded, to be announced.
     *
     * @param task  the task
     * @param marks the marks this sweep recorded
     */
    record Marked(Task task, List<SweepMark> marks) {
        Marked {
            marks = List.copyOf(marks);
        }
    }

    /** The task {@code id} and its assignee's line; a task that does not exist is not found. */
    static OfTask ofTask(TaskStores stores, TaskId id) {
        Objects.requireNonNull(id, "id");
        var task = stores.tasks().find(id).orElseThrow(() -> Refusal.missing("task", id).toException());
        return new OfTask(task, lineOf(stores, task.assignee()));
    }

    /** The reporting line of {@code employee}; an employee that does not exist is not found. */
    static ReportingLine lineOf(TaskStores stores, EmployeeId employee) {
        var found = stores.employees().find(employee)
                .orElseThrow(() -> Refusal.missing("employee", employee).toException());
        return ReportingLine.of(found, stores.employees());
    }

    /**
     * What assigning {@code command} at {@code now} decides on; departments are read as one set.
     * The assignee is held, so that an assignment and the assignee's departure take turns: a task
     * is never assigned to someone whose departure has just withdrawn their tasks.
     */
    static Assignment forAssignment(TaskStores stores, NewTask command, Instant now) {
        var assignee = stores.employees().findForDecision(EmployeeId.of(command.assigneeId()))
                .map(e -> ReportingLine.of(e, stores.employees()));
        var unknown = new ArrayList<FieldProblem>();
        command.copiedPeople().stream().filter(p -> stores.employees().find(p).isEmpty())
                .forEach(p -> unknown.add(new FieldProblem("copiedEmployeeIds", "no such employee: " + p)));
        var departments = stores.departments().all().stream().map(Department::id).collect(Collectors.toSet());
        command.copiedDepartments().stream().filter(d -> !departments.contains(d))
                .forEach(d -> unknown.add(new FieldProblem("copiedDepartmentIds", "no such department: " + d)));
        return new Assignment(assignee, unknown, stores.policies().inForceAt(now));
    }

    /** The task {@code id} as the sweep finds it now, with the zone of the version it was assigned under. */
    static Swept forSweep(TaskStores stores, TaskId id, Function<String, ZoneId> zoneOfVersion) {
        var task = stores.tasks().find(id).orElseThrow(() -> Refusal.missing("task", id).toException());
        return new Swept(task, zoneOfVersion.apply(task.policyVersion()));
    }
}
