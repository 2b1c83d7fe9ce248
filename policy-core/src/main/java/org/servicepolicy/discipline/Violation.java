package org.servicepolicy.discipline;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * A recorded breach of the rules (§3.2) by one employee.
 *
 * @param id                 identifier
 * @param employee           who broke the rule
 * @param type               which rule
 * @param severity           how serious, decided when recorded
 * @param occurredAt         when it happened
 * @param recordedAt         when it was recorded
 * @param recordedBy         who recorded it
 * @param description        what happened, in the recorder's words
 * @param minutes            minutes late or left early, for those types
 * @param days               consecutive days absent, for absenteeism
 * @param ruleArea           the company rule broken, for a company-rule violation
 * @param customerDataLeaked whether a confidentiality breach leaked customer data
 * @param compensation       what is owed for property damage
 * @param policyVersion      the policy version in force at {@code occurredAt}
 * @param voiding            why it no longer counts, once voided
 * @param replaces           the violation whose part that approved leave did not cover this one records (§3.2.2)
 * @param version            optimistic-locking version, 0 before the first save
 */
public record Violation(ViolationId id, EmployeeId employee, ViolationType type, Severity severity,
                        Instant occurredAt, Instant recordedAt, EmployeeId recordedBy, String description,
                        Optional<Integer> minutes, Optional<Integer> days, Optional<RuleArea> ruleArea,
                        boolean customerDataLeaked, Optional<Compensation> compensation, String policyVersion,
                        Optional<Voiding> voiding, Optional<ViolationId> replaces, long version) {
    /** Requires every part. */
    public Violation {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(minutes, "minutes");
        Objects.requireNonNull(days, "days");
        Objects.requireNonNull(ruleArea, "ruleArea");
        Objects.requireNonNull(compensation, "compensation");
        Objects.requireNonNull(policyVersion, "policyVersion");
        Objects.requireNonNull(voiding, "voiding");
        Objects.requireNonNull(replaces, "replaces");
    }

    /** Whether it has been voided and so no longer counts on the ladder. */
    public boolean voided() {
        return voiding.isPresent();
    }

    /** This violation, voided. */
    public Violation voided(Voiding why) {
        return new Violation(id, employee, type, severity, occurredAt, recordedAt, recordedBy, description, minutes,
                days, ruleArea, customerDataLeaked, compensation, policyVersion, Optional.of(why), replaces, version);
    }
}
