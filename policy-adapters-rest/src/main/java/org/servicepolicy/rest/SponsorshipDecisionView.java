package org.servicepolicy.rest;

import org.servicepolicy.kernel.Decision;
import org.servicepolicy.training.sponsorship.Sponsorship;

/**
 * HR's decision on a request for sponsorship (§4.1.2): the request as decided and the decision,
 * whose reasons give each condition, the share and the cap left, and HR's note.
 *
 * @param sponsorship the request as stored
 * @param decision    the decision and its reasons
 */
public record SponsorshipDecisionView(SponsorshipView sponsorship, DecisionView decision) {
    /** The view of {@code sponsorship}, decided by {@code decision}. */
    public static SponsorshipDecisionView of(Sponsorship sponsorship, Decision decision) {
        return new SponsorshipDecisionView(SponsorshipView.of(sponsorship), DecisionView.of(decision));
    }
}
