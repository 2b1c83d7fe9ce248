package org.servicepolicy.rest;

import java.time.Instant;
import java.time.LocalDate;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.training.sponsorship.Sponsorship;
import org.servicepolicy.training.sponsorship.SponsorshipStatus;

/**
 * A request for the sponsorship of external training (§4.1.2) and what became of it.
 *
 * @param id                  identifier
 * @param employeeId          who asked, for themself
 * @param course              the course's title
 * @param provider            who gives it
 * @param startsOn            its first day
 * @param endsOn              its last day
 * @param cost                what it costs
 * @param requestedAt         when it was asked for
 * @param status              REQUESTED, APPROVED or REJECTED
 * @param companyShare        what the company bears; null unless approved
 * @param commitmentUntil     the first day after the commitment to stay; null when there is none
 * @param decidedById         who decided it; null while requested
 * @param decidedAt           when; null while requested
 * @param decisionId          the decision recording it, readable at {@code /api/v1/decisions/{id}}; null while requested
 * @param repaymentDecisionId the decision of what a leaver within the commitment owes back; null when none is owed
 * @param owed                what that leaver owes back; null when nothing is
 * @param version             the optimistic-locking version
 */
public record SponsorshipView(String id, String employeeId, String course, String provider, LocalDate startsOn,
                              LocalDate endsOn, MoneyView cost, Instant requestedAt, SponsorshipStatus status,
                              MoneyView companyShare, LocalDate commitmentUntil, String decidedById,
                              Instant decidedAt, String decisionId, String repaymentDecisionId, MoneyView owed,
                              long version) {
    /** The view of {@code sponsorship}. */
    public static SponsorshipView of(Sponsorship sponsorship) {
        var repayment = sponsorship.repayment();
        return new SponsorshipView(sponsorship.id().value(), sponsorship.employee().value(), sponsorship.course(),
                sponsorship.provider(), sponsorship.startsOn(), sponsorship.endsOn(), MoneyView.of(sponsorship.cost()),
                sponsorship.requestedAt(), sponsorship.status(), sponsorship.companyShare().map(MoneyView::of)
                .orElse(null), sponsorship.commitmentUntil().orElse(null),
                sponsorship.decidedBy().map(EmployeeId::value).orElse(null), sponsorship.decidedAt().orElse(null),
                sponsorship.decision().map(DecisionId::value).orElse(null),
                repayment.map(r -> r.decision().value()).orElse(null),
                repayment.map(r -> MoneyView.of(r.owed())).orElse(null), sponsorship.version());
    }
}
