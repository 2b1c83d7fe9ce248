package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.servicepolicy.training.sponsorship.RequestSponsorship;

/**
 * Body of {@code POST /api/v1/sponsorships} (§4.1.2): the caller asks the company to sponsor an
 * external course for themself.
 *
 * @param course   the course's title (at most 200 characters)
 * @param provider who gives it (at most 200 characters)
 * @param startsOn its first day (ISO-8601 date)
 * @param endsOn   its last day, not before the first
 * @param cost     what it costs, a positive amount in the policy's currency
 */
public record RequestSponsorshipBody(String course, String provider, LocalDate startsOn, LocalDate endsOn,
                                     BigDecimal cost) {
    /** The core command. */
    public RequestSponsorship toCommand() {
        return new RequestSponsorship(course, provider, startsOn, endsOn, cost);
    }
}
