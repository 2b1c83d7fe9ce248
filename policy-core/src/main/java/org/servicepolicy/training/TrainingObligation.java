package org.servicepolicy.training;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * What an employee owes of a programme and by when, computed from their record, completions and
 * follow-ups; never stored as truth (§4.1, §4.2, §2.3.3).
 *
 * @param employee       who owes it
 * @param programme      the programme owed
 * @param source         why it is owed
 * @param followUp       the service evaluation's follow-up that asked for it, for a remedial obligation
 * @param due            when it falls due
 * @param status         where it stands
 * @param metBy          the completion that meets it, when one does
 * @param lastCompletion the latest completion of the programme before, for a recurring obligation
 */
public record TrainingObligation(EmployeeId employee, String programme, ObligationSource source,
                                 Optional<String> followUp, Instant due, ObligationStatus status,
                                 Optional<TrainingAssessment> metBy, Optional<TrainingAssessment> lastCompletion) {
    /** Requires every part; an obligation is met exactly when a completion meets it. */
    public TrainingObligation {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(followUp, "followUp");
        Objects.requireNonNull(due, "due");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(metBy, "metBy");
        Objects.requireNonNull(lastCompletion, "lastCompletion");
        if ((status == ObligationStatus.MET) != metBy.isPresent()) {
            throw new IllegalArgumentException("an obligation is MET exactly when a completion meets it");
        }
    }

    /** The key that tells this obligation from another of the employee's, e.g. {@code RECURRING:PERIODIC_SERVICE:<due>}. */
    public String key() {
        return source + ":" + programme + followUp.map(f -> ":" + f).orElse("") + ":" + due;
    }
}
