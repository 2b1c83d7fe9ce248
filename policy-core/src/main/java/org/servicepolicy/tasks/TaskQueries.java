package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * What may be read about work assignments (§3.1), and by whom ({@link TaskAccess}): a task with
 * its marks, an employee's tasks, the tasks one assigned, the open escalations one may answer,
 * and the compliance facts the assessment grades (§3.3.1).
 */
public final class TaskQueries {
    private final UnitOfWork<TaskStores> work;

    /** Reads through {@code work}'s stores, at its clock's instant. */
    public TaskQueries(UnitOfWork<TaskStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** The task with {@code id}, with its terms and history, if the actor may see it. */
    public Task task(Actor actor, TaskId id) {
        Objects.requireNonNull(actor, "actor");
        var facts = TaskFacts.ofTask(work.stores(), id);
        raise(TaskAccess.toSee(actor, facts));
        return facts.task();
    }

    /** What the sweep marked on the task, if the actor may see it. */
    public List<SweepMark> marks(Actor actor, TaskId id) {
        task(actor, id);
        return work.stores().tasks().marks(id);
    }

    /**
     * The tasks assigned to {@code employee}, oldest first, optionally only those in
     * {@code status}. Whoever may see the employee's records, and their superiors, see all of
     * them; an assigner or a copied person sees the ones that concern them.
     */
    public List<Task> tasksOf(Actor actor, EmployeeId employee, Optional<TaskStatus> status) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        var line = TaskFacts.lineOf(work.stores(), employee);
        var listed = TaskAccess.listedTasks(actor, line, work.stores().tasks().assignedTo(employee))
                .orElseThrow(() -> Refusal.missing("employee", employee).toException());
        return listed.stream().filter(t -> status.isEmpty() || t.status() == status.get()).toList();
    }

    /** The tasks the actor assigned, oldest first. */
    public List<Task> assignedBy(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().tasks().assignedBy(actor.id());
    }

    /** The escalations the actor may answer that await an answer, oldest task first. */
    public List<OpenEscalation> openEscalations(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        var lines = new HashMap<EmployeeId, ReportingLine>();
        var open = new ArrayList<OpenEscalation>();
        for (var task : work.stores().tasks().withOpenEscalations()) {
            var line = lines.computeIfAbsent(task.assignee(), a -> TaskFacts.lineOf(work.stores(), a));
            if (TaskAccess.directs(actor, task, line)) {
                task.openEscalations().forEach(e -> open.add(new OpenEscalation(task.id(), task.title(),
                        task.assignee(), task.assigner(), e)));
            }
        }
        return open;
    }

    /**
     * The compliance facts of {@code employee}'s work assignments in [{@code from}, {@code to})
     * as of now (§3.3.1), each number with the tasks it counts; each task's report periods are
     * counted in the zone of the policy version it was assigned under. The employee, their
     * manager or a superior, and HR may read them.
     */
    public ComplianceFacts complianceFacts(Actor actor, EmployeeId employee, Instant from, Instant to) {
        Objects.requireNonNull(actor, "actor");
        var inputs = new Inputs();
        inputs.present(from, "from").present(to, "to")
                .require(from == null || to == null || from.isBefore(to), "to", "must be after from");
        inputs.throwIfAny();
        raise(TaskAccess.toReadComplianceFacts(actor, TaskFacts.lineOf(work.stores(), employee)));
        var zoneOf = work.stores().policies().zoneByVersion();
        return ComplianceFacts.of(employee, from, to, work.now(), work.stores().tasks().assignedTo(employee),
                task -> zoneOf.apply(task.policyVersion()));
    }

    private static void raise(Optional<Refusal> refusal) {
        if (refusal.isPresent()) {
            throw refusal.get().toException();
        }
    }
}
