package org.servicepolicy.rewards;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A role model publicised inside the company (§3.3.2): a granted public commendation, as every
 * employee sees it. Carries no bonus or other private detail.
 *
 * @param reward     the reward that commends
 * @param employee   who is commended
 * @param name       their name
 * @param department their department
 * @param citation   what they are commended for
 * @param grantedAt  when the commendation was granted
 */
public record Commendation(RewardId reward, EmployeeId employee, String name, DepartmentId department,
                           String citation, Instant grantedAt) {
    /** Requires every part. */
    public Commendation {
        Objects.requireNonNull(reward, "reward");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(citation, "citation");
        Objects.requireNonNull(grantedAt, "grantedAt");
    }
}
