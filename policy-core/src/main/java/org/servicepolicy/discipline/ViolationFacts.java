package org.servicepolicy.discipline;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * What the severity rule needs to know about a violation.
 *
 * @param type               which rule was broken
 * @param minutes            minutes late or left early
 * @param days               consecutive days absent
 * @param recorderSeverity   the severity the recorder gave, for a company-rule violation
 * @param customerDataLeaked whether a confidentiality breach leaked customer data
 * @param fault              the fault behind property damage
 */
public record ViolationFacts(ViolationType type, Optional<Integer> minutes, Optional<Integer> days,
                             Optional<Severity> recorderSeverity, boolean customerDataLeaked, Optional<Fault> fault) {
    /** Requires every part. */
    public ViolationFacts {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(recorderSeverity, "recorderSeverity");
        Objects.requireNonNull(fault, "fault");
    }
}
