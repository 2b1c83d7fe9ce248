package org.servicepolicy.discipline;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.Objects;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * Command: record a violation. In Java, build it with the factory of its type
 * ({@link #lateArrival}, {@link #absence}, {@link #propertyDamage}, ...), whose parameters are
 * exactly the measure the type needs. Adapters that map raw input (a JSON body) use the
 * canonical constructor, and {@link #requireValid} then lists every problem at once: a measure
 * that does not fit the type, a missing one, a time in the future.
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

    /** §3.2.2: arriving {@code minutes} late. */
    public static RecordViolation lateArrival(String employeeId, Instant occurredAt, int minutes, String description) {
        return timed(employeeId, ViolationType.LATE_ARRIVAL, occurredAt, minutes, description);
    }

    /** §3.2.2: leaving {@code minutes} early. */
    public static RecordViolation earlyLeave(String employeeId, Instant occurredAt, int minutes, String description) {
        return timed(employeeId, ViolationType.EARLY_LEAVE, occurredAt, minutes, description);
    }

    /** §3.2.2: absent for {@code days} consecutive days from {@code occurredAt}. */
    public static RecordViolation absence(String employeeId, Instant occurredAt, int days, String description) {
        return new RecordViolation(employeeId, ViolationType.ABSENTEEISM, occurredAt, null, days, description, null,
                null, null, null, null, null);
    }

    /**
     * §3.2.2: a breach of confidentiality; a leak of customer data makes it GROSS.
     */
    public static RecordViolation confidentialityBreach(String employeeId, Instant occurredAt, boolean customerDataLeaked,
                                                        String description) {
        return new RecordViolation(employeeId, ViolationType.CONFIDENTIALITY_BREACH, occurredAt, null, null,
                description, null, null, customerDataLeaked, null, null, null);
    }

    /** §3.2.2: damage to company property, assessed at {@code damage}, through {@code fault}. */
    public static RecordViolation propertyDamage(String employeeId, Instant occurredAt, Money damage, Fault fault,
                                                 String description) {
        Objects.requireNonNull(damage, "damage");
        return new RecordViolation(employeeId, ViolationType.PROPERTY_DAMAGE, occurredAt, null, null, description,
                null, null, null, damage.amount(), damage.currency().getCurrencyCode(), fault);
    }

    /** §3.2.1: a breach of a company rule in {@code area}, at the recorder's {@code severity}. */
    public static RecordViolation companyRule(String employeeId, Instant occurredAt, RuleArea area, Severity severity,
                                              String description) {
        return new RecordViolation(employeeId, ViolationType.COMPANY_RULE_VIOLATION, occurredAt, null, null,
                description, severity, area, null, null, null, null);
    }

    /**
     * A violation of a {@code type} that takes no measure (NON_WORK_ACTIVITY,
     * LEAVE_NOT_REQUESTED_IN_ADVANCE, MEETING_OR_TRAINING_ABSENCE,
     * TASK_REFUSED_WITHOUT_VALID_REASON, or CONFIDENTIALITY_BREACH without a customer-data leak).
     *
     * @throws IllegalArgumentException when {@code type} takes a measure: use its own factory
     */
    public static RecordViolation of(String employeeId, ViolationType type, Instant occurredAt, String description) {
        if (type.measure() != ViolationType.Measure.NONE) {
            throw new IllegalArgumentException(type + " takes a measure (" + type.measure() + "): use its factory");
        }
        return new RecordViolation(employeeId, type, occurredAt, null, null, description, null, null, null, null,
                null, null);
    }

    private static RecordViolation timed(String employeeId, ViolationType type, Instant occurredAt, int minutes,
                                         String description) {
        return new RecordViolation(employeeId, type, occurredAt, minutes, null, description, null, null, null, null,
                null, null);
    }

    /**
     * Throws {@code InvalidInputException} listing every problem of the command as of
     * {@code now}: each field the type needs and has not, each it has and does not take, each
     * out of range. Whether the damage's currency is the policy's is for the use case, which
     * knows the policy in force.
     */
    public void requireValid(Instant now) {
        var inputs = new Inputs();
        var measure = type == null ? null : type.measure();
        inputs.present(employeeId, "employeeId")
                .require(employeeId == null || Ids.isValid(employeeId), "employeeId", "is not a valid id")
                .present(type, "type")
                .present(occurredAt, "occurredAt")
                .require(occurredAt == null || !occurredAt.isAfter(now), "occurredAt",
                        "must not be in the future (now is " + now + ")")
                .text(description, "description");
        if (measure != null) {
            boolean inMinutes = measure == ViolationType.Measure.MINUTES;
            boolean inDays = measure == ViolationType.Measure.DAYS;
            boolean damage = measure == ViolationType.Measure.DAMAGE;
            boolean recorder = measure == ViolationType.Measure.RECORDER_SEVERITY;
            inputs.require(!inMinutes || minutes != null, "minutes", "is required for " + type)
                    .require(inMinutes || minutes == null, "minutes", "applies only to LATE_ARRIVAL and EARLY_LEAVE")
                    .require(minutes == null || minutes > 0 && minutes <= 24 * 60, "minutes", "must be between 1 and 1440")
                    .require(!inDays || days != null, "days", "is required for " + type)
                    .require(inDays || days == null, "days", "applies only to ABSENTEEISM")
                    .require(days == null || days > 0 && days <= 366, "days", "must be between 1 and 366")
                    .require(!recorder || severity != null, "severity", "is required for " + type)
                    .require(recorder || severity == null, "severity",
                            "is decided by the policy for " + type + "; only COMPANY_RULE_VIOLATION takes the recorder's")
                    .require(!recorder || ruleArea != null, "ruleArea", "is required for " + type)
                    .require(recorder || ruleArea == null, "ruleArea", "applies only to COMPANY_RULE_VIOLATION")
                    .require(customerDataLeaked == null || type == ViolationType.CONFIDENTIALITY_BREACH,
                            "customerDataLeaked", "applies only to CONFIDENTIALITY_BREACH")
                    .require(!damage || damageAmount != null, "damage.amount", "is required for " + type)
                    .require(!damage || damageCurrency != null, "damage.currency", "is required for " + type)
                    .require(!damage || fault != null, "damage.fault", "is required for " + type)
                    .require(damage || damageAmount == null && fault == null && damageCurrency == null, "damage",
                            "applies only to PROPERTY_DAMAGE")
                    .require(damageCurrency == null || isCurrency(damageCurrency), "damage.currency",
                            "must be an ISO-4217 code such as CNY");
            if (damageAmount != null) {
                var currency = damageCurrency != null && isCurrency(damageCurrency) ? Currency.getInstance(damageCurrency)
                        : null;
                if (currency == null) {
                    inputs.require(damageAmount.signum() > 0, "damage.amount", "must be positive");
                } else {
                    inputs.positiveAmount(damageAmount, currency, "damage.amount");
                }
            }
        }
        inputs.throwIfAny();
    }

    private static boolean isCurrency(String code) {
        try {
            Currency.getInstance(code);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
