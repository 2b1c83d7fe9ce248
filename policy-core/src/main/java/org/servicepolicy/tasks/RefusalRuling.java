package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;

/**
 * The ruling on a refusal: a justified refusal closes the task; an unjustified one returns it
 * to the assignee and is a violation (§3.1.1).
 *
 * @param justified whether the reason was valid
 * @param at        when it was ruled
 * @param by        who ruled
 * @param comment   the ruler's comment; required for an unjustified refusal
 * @param violation the violation recorded for an unjustified refusal
 */
public record RefusalRuling(boolean justified, Instant at, EmployeeId by, String comment,
                            Optional<ViolationId> violation) {
    /** Requires every part, and a violation exactly when the refusal was unjustified. */
    public RefusalRuling {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(comment, "comment");
        Objects.requireNonNull(violation, "violation");
        if (justified == violation.isPresent()) {
            throw new IllegalArgumentException("an unjustified refusal, and only that, records a violation");
        }
    }
}
