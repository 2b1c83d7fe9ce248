package org.servicepolicy.tasks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: tasks, with optimistic locking, and the marks of the sweep.
 *
 * <p>A {@link Task} is one aggregate: the task row and its lists (terms versions, status
 * history, refusals, adjustment requests, progress reports, escalations, completion reports,
 * reviews). Every list entry is identified by the task and its number; entries are only
 * appended, and an existing entry changes only by gaining its ruling, decision or answer. An
 * adapter may therefore keep each list in a child table keyed by (task id, number) and, on
 * {@link #update}, insert the new entries and update those whose ruling, decision or answer
 * appeared.
 *
 * <p>Sweep marks are kept apart from the aggregate, so that marking never conflicts with the
 * assignee's or assigner's concurrent commands on the same task.
 */
public interface TaskStore {
    /** Stores a new task at version 1 and returns it; an existing id is a {@code ConflictException}. */
    Task add(Task task);

    /**
     * Replaces the task stored at {@code task.version()} and returns it at the next version; any
     * other stored version is a {@code ConflictException} (stale-version), a missing task a
     * {@code NotFoundException}.
     */
    Task update(Task task);

    /** The task with {@code id}. */
    Optional<Task> find(TaskId id);

    /** The tasks assigned to {@code assignee}, oldest assignment first. */
    List<Task> assignedTo(EmployeeId assignee);

    /**
     * The tasks assigned to each of {@code assignees}, read set-based so that a whole assessment
     * cycle costs a bounded number of reads. The map has one entry per distinct assignee, in the
     * order they were given, an assignee without tasks mapping to an empty list; each list is
     * what {@link #assignedTo} returns for that assignee.
     */
    Map<EmployeeId, List<Task>> assignedToAll(Collection<EmployeeId> assignees);

    /** The tasks {@code assigner} assigned, oldest assignment first. */
    List<Task> assignedBy(EmployeeId assigner);

    /** The tasks whose status is not final (neither COMPLETED nor CLOSED), oldest assignment first: the sweep's work. */
    List<Task> unfinished();

    /** The tasks with at least one unanswered escalation, oldest assignment first. */
    List<Task> withOpenEscalations();

    /**
     * Records {@code mark} unless a mark with the same {@link SweepMark#key() key} is recorded
     * already, and says whether this call recorded it. Part of the current transaction: if that
     * transaction fails, the mark is not kept.
     *
     * <p>Concurrency contract: the check and the insert are one atomic step against every
     * instance that shares the storage. Of any number of concurrent calls with the same key,
     * from any number of transactions and processes, exactly one whose transaction commits
     * returns {@code true}; the others return {@code false} and must not fail. A SQL adapter
     * meets this with a unique key on (task id, kind, number) and an insert that skips a
     * conflicting row, e.g. PostgreSQL's {@code INSERT ... ON CONFLICT DO NOTHING}, reading the
     * inserted row count.
     */
    boolean markOnce(SweepMark mark);

    /** The marks of {@code task}, in the order they were recorded. */
    List<SweepMark> marks(TaskId task);
}
