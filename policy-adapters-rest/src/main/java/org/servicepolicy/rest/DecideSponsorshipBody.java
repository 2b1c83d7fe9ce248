package org.servicepolicy.rest;

import org.servicepolicy.training.sponsorship.DecideSponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipVerdict;

/**
 * Body of {@code POST /api/v1/sponsorships/{id}/decision} (§4.1.2).
 *
 * @param verdict APPROVE or REJECT
 * @param note    why, in HR's words, kept in the decision's reasons
 */
public record DecideSponsorshipBody(SponsorshipVerdict verdict, String note) {
    /** The core command. */
    public DecideSponsorship toCommand() {
        return new DecideSponsorship(verdict, note);
    }
}
