package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * The sweep for overdue tasks and missed progress reports (§3.1.2), run by the host on a
 * schedule. It acts for nobody and writes no audit line; its marks and events are its record.
 */
public final class TaskSweep {
    /** The stamp of the sweep's commands names this actor; nothing it writes records an actor. */
    private static final Actor SWEEP = new Actor(EmployeeId.of("task-sweep"), Set.of(Role.EMPLOYEE), Optional.empty());

    private final UnitOfWork<TaskStores> work;

    /** Sweeps through {@code work}. */
    public TaskSweep(UnitOfWork<TaskStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * Marks, as of {@code asOf}, every task whose deadline passed while the work was still owed
     * and every report period that ended without a progress report, publishing one event per
     * mark. Each task is swept in its own transaction, its marks and their events together.
     * Idempotent: a fact already marked, by this or another instance sharing the store, is not
     * marked again (see {@link TaskStore#markOnce}).
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public SweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "now"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("now", "must not be in the future (now is " + present + ")");
        }
        var marked = new ArrayList<SweepMark>();
        var zoneOf = work.stores().policies().zoneByVersion();
        for (var candidate : work.stores().tasks().unfinished()) {
            marked.addAll(work.together(() -> {
                var recorded = work.run(SWEEP, now, s -> TaskFacts.forSweep(s, candidate.id(), zoneOf),
                        (facts, stamp) -> SweepRules.markDue(facts, stamp.now()));
                return work.run(SWEEP, now, s -> recorded, (facts, stamp) -> SweepRules.announce(facts));
            }));
        }
        return new SweepResult(now, marked);
    }
}
