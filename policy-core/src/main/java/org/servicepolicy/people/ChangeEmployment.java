package org.servicepolicy.people;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Currency;
import java.util.stream.Stream;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR changes an employee's terms of employment (§1.2): a new supervisor, a transfer to
 * another department, a new level, category or wage. Each field left null stays as it is; at
 * least one must be given. Every change is effective-dated and kept as a new version of the
 * record. In Java, start from {@link #because} and add what changes.
 *
 * @param supervisorId the new direct supervisor's id, or null
 * @param departmentId the new department's id, or null
 * @param level        the new level on the company's ladder, or null
 * @param category     the new category, or null
 * @param monthlyWage  the new monthly wage in the policy's currency, or null
 * @param reason       why, in HR's words: kept with the decision
 * @param effectiveAt  when the change takes effect: now when null, never in the future, never
 *                     before the record's current version took effect
 */
public record ChangeEmployment(String supervisorId, String departmentId, Integer level, EmployeeCategory category,
                               BigDecimal monthlyWage, String reason, Instant effectiveAt) {
    /** A change for {@code reason}, taking effect now, to which the changed terms are added. */
    public static ChangeEmployment because(String reason) {
        return new ChangeEmployment(null, null, null, null, null, reason, null);
    }

    /** This change, with {@code id} as the new direct supervisor. */
    public ChangeEmployment reportingTo(String id) {
        return new ChangeEmployment(id, departmentId, level, category, monthlyWage, reason, effectiveAt);
    }

    /** This change, transferring the employee to department {@code id}. */
    public ChangeEmployment transferTo(String id) {
        return new ChangeEmployment(supervisorId, id, level, category, monthlyWage, reason, effectiveAt);
    }

    /** This change, moving the employee to {@code newLevel}. */
    public ChangeEmployment atLevel(int newLevel) {
        return new ChangeEmployment(supervisorId, departmentId, newLevel, category, monthlyWage, reason, effectiveAt);
    }

    /** This change, making the employee a {@code newCategory}. */
    public ChangeEmployment as(EmployeeCategory newCategory) {
        return new ChangeEmployment(supervisorId, departmentId, level, newCategory, monthlyWage, reason, effectiveAt);
    }

    /** This change, with {@code wage} a month in the policy's currency. */
    public ChangeEmployment earning(BigDecimal wage) {
        return new ChangeEmployment(supervisorId, departmentId, level, category, wage, reason, effectiveAt);
    }

    /** This change, taking effect at {@code at} rather than now. */
    public ChangeEmployment effective(Instant at) {
        return new ChangeEmployment(supervisorId, departmentId, level, category, monthlyWage, reason, at);
    }

    /**
     * Throws {@code InvalidInputException} listing every problem of the change at once, for a
     * company whose lowest level is {@code lowestLevel} and whose wages are in {@code currency},
     * at {@code now}.
     */
    public void requireValid(int lowestLevel, Currency currency, Instant now) {
        new Inputs().text(reason, "reason")
                .require(Stream.of(supervisorId, departmentId, level, category, monthlyWage).anyMatch(v -> v != null),
                        "body", "names at least one of supervisorId, departmentId, level, category, monthlyWage")
                .require(supervisorId == null || Ids.isValid(supervisorId), "supervisorId", "is not a valid id")
                .require(departmentId == null || Ids.isValid(departmentId), "departmentId", "is not a valid id")
                .require(level == null || level >= lowestLevel, "level",
                        "must be at least the company's lowest level, " + lowestLevel)
                .positiveAmount(monthlyWage, currency, "monthlyWage")
                .require(effectiveAt == null || !effectiveAt.isAfter(now), "effectiveAt",
                        "a change takes effect now or in the past; record a future change when it takes effect")
                .throwIfAny();
    }
}
