package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.servicepolicy.people.ChangeEmployment;
import org.servicepolicy.people.EmployeeCategory;

/**
 * Body of {@code POST /api/v1/employees/{id}/changes}: HR changes an employee's terms (§1.2).
 * Every term omitted stays as it is; at least one is given.
 *
 * @param supervisorId the new direct supervisor's id
 * @param departmentId the new department's id
 * @param level        the new level on the company's ladder
 * @param category     the new category: MANAGER, STAFF or TEMPORARY
 * @param monthlyWage  the new monthly wage in the policy's currency
 * @param reason       why, kept with the decision (required)
 * @param effectiveAt  when the change takes effect (ISO-8601 instant); now when omitted, never in
 *                     the future
 */
public record ChangeEmploymentBody(String supervisorId, String departmentId, Integer level, EmployeeCategory category,
                                   BigDecimal monthlyWage, String reason, Instant effectiveAt) {
    /** The core command. */
    public ChangeEmployment toCommand() {
        return new ChangeEmployment(supervisorId, departmentId, level, category, monthlyWage, reason, effectiveAt);
    }
}
