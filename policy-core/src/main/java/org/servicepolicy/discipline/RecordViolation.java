package org.servicepolicy.discipline;

import java.math.BigDecimal;
import java.time.Instant;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * Command: record a violation. Which optional fields a type needs is checked by
 * {@link DisciplineService#record}, which lists every problem at once.
 *
 * @param employeeId         whose violation
 * @param type               which rule was broken
 * @param occurredAt         when it happened; not in the future
 * @param minutes            minutes late or left early (LATE_ARRIVAL, EARLY_LEAVE only)
 * @param days               consecutive days absent (ABSENTEEISM only)
 * @param description        what happened
 * @param severity           the recorder's judgement (COMPANY_RULE_VIOLATION only)
 * @param ruleArea           the company rule broken (COMPANY_RULE_VIOLATION only)
 * @param customerDataLeaked whether customer data leaked (CONFIDENTIALITY_BREACH only)
 * @param damageAmount       the assessed damage (PROPERTY_DAMAGE only)
 * @param damageCurrency     its ISO-4217 currency, which must be the policy's
 * @param fault              negligence or intent (PROPERTY_DAMAGE only)
 */
public record RecordViolation(String employeeId, ViolationType type, Instant occurredAt, Integer minutes, Integer days,
                              String description, Severity severity, RuleArea ruleArea, Boolean customerDataLeaked,
                              BigDecimal damageAmount, String damageCurrency, Fault fault) {
    /** Keeps {@code occurredAt} at the stores' precision, so that it reads back as given. */
    public RecordViolation {
        occurredAt = StoredPrecision.truncate(occurredAt);
    }
}
