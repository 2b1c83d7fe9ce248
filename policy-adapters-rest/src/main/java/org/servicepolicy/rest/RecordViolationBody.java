package org.servicepolicy.rest;

import jakarta.validation.Valid;
import java.time.Instant;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * Body of {@code POST /api/v1/violations} (§3.2). Which optional members a type needs is checked
 * by the core, which lists every problem at once.
 *
 * @param employeeId         whose violation
 * @param type               which rule was broken
 * @param occurredAt         when it happened (ISO-8601 instant, not in the future)
 * @param minutes            minutes late or left early (LATE_ARRIVAL, EARLY_LEAVE)
 * @param days               consecutive days absent (ABSENTEEISM)
 * @param description        what happened
 * @param severity           the recorder's judgement (COMPANY_RULE_VIOLATION only)
 * @param ruleArea           the company rule broken (COMPANY_RULE_VIOLATION only)
 * @param customerDataLeaked whether customer data leaked (CONFIDENTIALITY_BREACH only)
 * @param damage             the assessed damage (PROPERTY_DAMAGE only)
 */
public record RecordViolationBody(String employeeId, ViolationType type, Instant occurredAt, Integer minutes,
                                  Integer days, String description, Severity severity, RuleArea ruleArea,
                                  Boolean customerDataLeaked, @Valid DamageBody damage) {
    /** The core command. */
    public RecordViolation toCommand() {
        return new RecordViolation(employeeId, type, occurredAt, minutes, days, description, severity, ruleArea,
                customerDataLeaked, damage == null ? null : damage.amount(), damage == null ? null : damage.currency(),
                damage == null ? null : damage.fault());
    }
}
