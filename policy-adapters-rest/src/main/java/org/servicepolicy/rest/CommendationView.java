package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.rewards.Commendation;

/**
 * A role model publicised inside the company (§3.3.2): a granted public commendation, as every
 * employee sees it.
 *
 * @param rewardId     the reward that commends
 * @param employeeId   who is commended
 * @param name         their name
 * @param departmentId their department
 * @param citation     what they are commended for
 * @param grantedAt    when the commendation was granted
 */
public record CommendationView(String rewardId, String employeeId, String name, String departmentId,
                               String citation, Instant grantedAt) {
    /** The view of {@code commendation}. */
    public static CommendationView of(Commendation commendation) {
        return new CommendationView(commendation.reward().value(), commendation.employee().value(),
                commendation.name(), commendation.department().value(), commendation.citation(),
                commendation.grantedAt());
    }
}
