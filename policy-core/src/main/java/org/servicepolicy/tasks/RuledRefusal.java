package org.servicepolicy.tasks;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.RecordedViolation;

/**
 * The result of a ruling on a refusal: the task, and for an unjustified refusal the violation
 * recorded with its ladder decision and proposed penalty (§3.1.1, §3.3.3).
 *
 * @param task      the task after the ruling
 * @param violation the violation recorded, for an unjustified refusal
 */
public record RuledRefusal(Task task, Optional<RecordedViolation> violation) {
    /** Requires both parts. */
    public RuledRefusal {
        Objects.requireNonNull(task, "task");
        Objects.requireNonNull(violation, "violation");
    }
}
