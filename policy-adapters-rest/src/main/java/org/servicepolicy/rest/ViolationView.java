package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * A recorded violation (§3.2).
 *
 * @param id                 identifier
 * @param employeeId         who broke the rule
 * @param type               which rule
 * @param clause             the clause the type breaks
 * @param severity           MINOR, MODERATE, SERIOUS or GROSS
 * @param occurredAt         when it happened
 * @param recordedAt         when it was recorded
 * @param recordedBy         who recorded it
 * @param description        what happened
 * @param minutes            minutes late or left early
 * @param days               consecutive days absent
 * @param ruleArea           the company rule broken
 * @param customerDataLeaked whether a confidentiality breach leaked customer data
 * @param compensation       what is owed for property damage
 * @param policyVersion      the policy version in force when it happened
 * @param voided             why it no longer counts, once voided
 * @param replaces           the violation whose part approved leave did not cover this one records (§3.2.2)
 * @param version            the record's version
 */
public record ViolationView(String id, String employeeId, ViolationType type, String clause, Severity severity,
                            Instant occurredAt, Instant recordedAt, String recordedBy, String description,
                            Integer minutes, Integer days, RuleArea ruleArea, boolean customerDataLeaked,
                            CompensationView compensation, String policyVersion, VoidingView voided, String replaces,
                            long version) {
    /** The view of {@code violation}. */
    public static ViolationView of(Violation violation) {
        return new ViolationView(violation.id().value(), violation.employee().value(), violation.type(),
                violation.type().clause(), violation.severity(), violation.occurredAt(), violation.recordedAt(),
                violation.recordedBy().value(), violation.description(), violation.minutes().orElse(null),
                violation.days().orElse(null), violation.ruleArea().orElse(null), violation.customerDataLeaked(),
                violation.compensation().map(CompensationView::of).orElse(null), violation.policyVersion(),
                violation.voiding().map(VoidingView::of).orElse(null),
                violation.replaces().map(ViolationId::value).orElse(null), violation.version());
    }
}
