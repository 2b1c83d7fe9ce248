package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.tasks.AdjustmentRequest;

/**
 * A request to change a task's deadline or requirements (§3.1.1).
 *
 * @param number              the request's number on its task, from 1
 * @param requestedAt         when
 * @param newDeadline         the deadline asked for, if the deadline should change
 * @param newRequirements     the requirements asked for; empty when they should not change
 * @param reason              why the change is needed
 * @param proposedAlternative the alternative the assignee proposed
 * @param late                asked for with less than the policy's notice before the deadline
 * @param policyVersion       the policy version that judged the notice
 * @param decision            what became of it; absent while it is pending
 */
public record AdjustmentView(int number, Instant requestedAt, Instant newDeadline, List<String> newRequirements,
                             String reason, String proposedAlternative, boolean late, String policyVersion,
                             AdjustmentDecisionView decision) {
    /** The view of {@code request}. */
    public static AdjustmentView of(AdjustmentRequest request) {
        return new AdjustmentView(request.number(), request.requestedAt(), request.newDeadline().orElse(null),
                request.newRequirements(), request.reason(), request.proposedAlternative(), request.late(),
                request.policyVersion(), request.decision().map(AdjustmentDecisionView::of).orElse(null));
    }
}
