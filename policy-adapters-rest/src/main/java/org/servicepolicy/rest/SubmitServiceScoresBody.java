package org.servicepolicy.rest;

import java.util.Map;
import org.servicepolicy.service.evaluation.SubmitServiceScores;

/**
 * Body of {@code POST /api/v1/service-evaluation-periods/{id}/scores} (§2.3.3): the caller's
 * scores of one employee, in the role that follows from who they are (superior or supervision
 * group). A new body replaces the role's earlier scores while the period is open.
 *
 * @param employeeId who is scored
 * @param scores     0 to 100 for each of CUSTOMER_SATISFACTION, EFFICIENCY, COMMUNICATION, ATTITUDE
 */
public record SubmitServiceScoresBody(String employeeId, Map<String, Integer> scores) {
    /** The core command. */
    public SubmitServiceScores toCommand() {
        return new SubmitServiceScores(employeeId, scores);
    }
}
