package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.career.DevelopmentPlan;
import org.servicepolicy.career.DevelopmentPlanStatus;

/**
 * An employee's development plan (§4.3.1): proposed by a superior, agreed by the employee.
 *
 * @param id           identifier
 * @param employeeId   whose plan
 * @param proposedById the superior who proposed it
 * @param goals        what the employee aims to achieve, in order
 * @param targetLevel  the level aimed at; null when none is
 * @param targetRole   the role aimed at; null when none is
 * @param programmes   the ids of the training programmes to take, in order
 * @param status       PROPOSED, AGREED or SUPERSEDED
 * @param proposedAt   when it was proposed
 * @param agreedAt     when the employee agreed to it; null until then
 * @param version      the optimistic-locking version
 */
public record DevelopmentPlanView(String id, String employeeId, String proposedById, List<String> goals,
                                  Integer targetLevel, String targetRole, List<String> programmes,
                                  DevelopmentPlanStatus status, Instant proposedAt, Instant agreedAt, long version) {
    /** The view of {@code plan}. */
    public static DevelopmentPlanView of(DevelopmentPlan plan) {
        return new DevelopmentPlanView(plan.id().value(), plan.employee().value(), plan.proposedBy().value(),
                plan.goals(), plan.targetLevel().orElse(null), plan.targetRole().orElse(null), plan.programmes(),
                plan.status(), plan.proposedAt(), plan.agreedAt().orElse(null), plan.version());
    }
}
