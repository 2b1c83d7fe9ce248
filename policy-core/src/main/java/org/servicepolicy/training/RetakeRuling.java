package org.servicepolicy.training;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * HR's decision about a trainee who used every retake of a programme (§4.1.1). Append-only.
 *
 * @param id        identifier
 * @param employee  the trainee
 * @param programme the programme
 * @param outcome   one more attempt, or the end of employment
 * @param note      HR's reasons in words
 * @param decision  the decision that explains it
 * @param decidedAt when
 * @param decidedBy the HR member who decided
 */
public record RetakeRuling(String id, EmployeeId employee, String programme, RetakeOutcome outcome, String note,
                           DecisionId decision, Instant decidedAt, EmployeeId decidedBy) {
    /** Requires every part. */
    public RetakeRuling {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decidedBy, "decidedBy");
    }
}
