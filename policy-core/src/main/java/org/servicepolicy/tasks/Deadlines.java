package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * What a task's deadline says about its assignee (§3.1.1, §3.1.2), read from the task's history
 * alone, so that the answer does not depend on when, or whether, the sweep ran. Pure: the same
 * task and instant always give the same answer.
 *
 * <p>Both facts are dated at the deadline that passed, so each belongs to the period in which
 * the deadline passed, whatever became of the task later: delivering after the period ended
 * neither moves the lateness into a later period nor counts it a second time there.
 */
public final class Deadlines {
    private Deadlines() {
    }

    /**
     * §3.1.1: the first deadline that passed, by {@code asOf}, while the task still awaited the
     * assignee's acceptance or refusal. A deadline counts only while it was the one in force: one
     * moved by an approved adjustment before it came did not pass. A task whose refusal awaited
     * its ruling at the deadline was answered.
     */
    public static Optional<Instant> unansweredAt(Task task, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        var terms = task.terms();
        for (int i = 0; i < terms.size(); i++) {
            var deadline = terms.get(i).deadline();
            boolean inForce = !terms.get(i).effectiveFrom().isAfter(deadline)
                    && (i + 1 == terms.size() || terms.get(i + 1).effectiveFrom().isAfter(deadline));
            if (inForce && asOf.isAfter(deadline) && task.statusAt(deadline) == TaskStatus.ASSIGNED) {
                return Optional.of(deadline);
            }
        }
        return Optional.empty();
    }

    /**
     * §3.1.2: the task's lateness as of {@code asOf}, once per task. Delivered late when a
     * completion report came after the deadline of the terms it was checked against (the first
     * such report, however often the result was resubmitted); otherwise still owed when, at
     * {@code asOf}, the task awaits acceptance or is in progress and the deadline in force has
     * passed. A task whose refusal awaits its ruling owes nothing until the ruling: a justified
     * refusal closes it, an unjustified one is a fact of its own and returns the work.
     */
    public static Optional<Lateness> lateness(Task task, Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        var lateReport = task.completions().stream()
                .filter(c -> c.late() && !c.submittedAt().isAfter(asOf))
                .findFirst();
        if (lateReport.isPresent()) {
            var missed = task.terms().get(lateReport.get().termsVersion() - 1).deadline();
            return Optional.of(new Lateness(true, missed));
        }
        var status = task.statusAt(asOf);
        var deadline = termsAt(task, asOf).deadline();
        if ((status == TaskStatus.ASSIGNED || status == TaskStatus.IN_PROGRESS) && asOf.isAfter(deadline)) {
            return Optional.of(new Lateness(false, deadline));
        }
        return Optional.empty();
    }

    /** The terms in force at {@code instant}: the last version that took effect by then. */
    private static TaskTerms termsAt(Task task, Instant instant) {
        var inForce = task.terms().get(0);
        for (var terms : task.terms()) {
            if (!terms.effectiveFrom().isAfter(instant)) {
                inForce = terms;
            }
        }
        return inForce;
    }

    /**
     * A task's lateness.
     *
     * @param delivered whether the result was delivered (late); otherwise the work is still owed
     * @param deadline  the deadline that passed, which dates the fact
     */
    public record Lateness(boolean delivered, Instant deadline) {
        /** Requires the deadline. */
        public Lateness {
            Objects.requireNonNull(deadline, "deadline");
        }
    }
}
