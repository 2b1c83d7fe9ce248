package org.servicepolicy.rest;

import org.servicepolicy.discipline.AppealOutcome;

/**
 * Body of {@code POST /api/v1/penalties/{id}/decide-appeal}.
 *
 * @param outcome UPHELD or REVOKED
 * @param reason  why
 */
public record AppealDecisionBody(AppealOutcome outcome, String reason) {
}
