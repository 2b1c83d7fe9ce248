package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The return visit a finished case is followed by (§2.1.4): when it is due and, once done, the
 * customer's satisfaction and what they said.
 *
 * @param dueAt        the end of the policy's period after the case was finished
 * @param doneAt       when the visit was recorded as done; empty while it is owed
 * @param satisfaction the customer's satisfaction, 1 to 5; present exactly when done
 * @param notes        what the customer said; present exactly when done
 * @param recordedBy   who recorded the visit; present exactly when done
 */
public record ReturnVisit(Instant dueAt, Optional<Instant> doneAt, Optional<Integer> satisfaction,
                          Optional<String> notes, Optional<EmployeeId> recordedBy) {
    /** The lowest satisfaction score a customer gives. */
    public static final int SATISFACTION_MIN = 1;
    /** The highest satisfaction score a customer gives. */
    public static final int SATISFACTION_MAX = 5;

    /** Requires every part; a done visit has a score in range, notes and a recorder, an owed one none. */
    public ReturnVisit {
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(doneAt, "doneAt");
        Objects.requireNonNull(satisfaction, "satisfaction");
        Objects.requireNonNull(notes, "notes");
        Objects.requireNonNull(recordedBy, "recordedBy");
        var done = doneAt.isPresent();
        if (satisfaction.isPresent() != done || notes.isPresent() != done || recordedBy.isPresent() != done) {
            throw new IllegalArgumentException("a done return visit has a score, notes and a recorder; an owed one none");
        }
        if (satisfaction.filter(s -> s < SATISFACTION_MIN || s > SATISFACTION_MAX).isPresent()) {
            throw new IllegalArgumentException("a satisfaction score is from 1 to 5");
        }
    }

    /** A visit owed by {@code dueAt}. */
    public static ReturnVisit owed(Instant dueAt) {
        return new ReturnVisit(dueAt, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());
    }

    /** Whether the visit was done. */
    public boolean done() {
        return doneAt.isPresent();
    }

    /** This visit, done at {@code at} by {@code by} with the customer's {@code score} and {@code said}. */
    public ReturnVisit doneAt(Instant at, int score, String said, EmployeeId by) {
        return new ReturnVisit(dueAt, Optional.of(at), Optional.of(score), Optional.of(said), Optional.of(by));
    }
}
