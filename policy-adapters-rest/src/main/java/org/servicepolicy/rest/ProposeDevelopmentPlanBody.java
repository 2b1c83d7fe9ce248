package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.career.ProposeDevelopmentPlan;

/**
 * Body of {@code POST /api/v1/development-plans} (§4.3.1): a superior of the employee proposes
 * their plan.
 *
 * @param employeeId  whose plan
 * @param goals       what the employee aims to achieve, 1 to 20
 * @param targetLevel the level on the company's ladder aimed at, if one is
 * @param targetRole  the role aimed at (at most 200 characters), if one is; a level or a role is required
 * @param programmes  the ids of the training programmes to take, 1 to 30, e.g. {@code PERIODIC_SERVICE}
 */
public record ProposeDevelopmentPlanBody(String employeeId, List<String> goals, Integer targetLevel,
                                         String targetRole, List<String> programmes) {
    /** The core command. */
    public ProposeDevelopmentPlan toCommand() {
        return new ProposeDevelopmentPlan(employeeId, goals, targetLevel, targetRole, programmes);
    }
}
