package org.servicepolicy.training.sponsorship;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §4.1.2: what a leaver owes back for a sponsorship whose commitment they did not serve. The
 * commitment runs from the day after the course ends until the day the approval fixed; leaving
 * on day {@code d} of it leaves the days from {@code d} to its end unserved (all of them when
 * leaving before it starts), and the company's share is owed back in the proportion of the
 * unserved days to all of them, rounded half up to the currency. Pure.
 */
final class SponsorshipRepayments {
    private SponsorshipRepayments() {
    }

    /**
     * The repayment of {@code sponsorship} by its employee, who left on {@code leftOn} (at
     * {@code leftAt}), added to {@code draft} with its decision; empty when nothing is owed: not
     * approved, without a commitment, or left once it was served.
     */
    static Optional<Repayment> owed(Sponsorship sponsorship, LocalDate leftOn, Instant leftAt, PolicyDefinition policy,
                                    Stamp stamp, Outcome.Draft<SponsorshipStores> draft) {
        if (sponsorship.status() != SponsorshipStatus.APPROVED || sponsorship.commitmentUntil().isEmpty()
                || !leftOn.isBefore(sponsorship.commitmentUntil().get())) {
            return Optional.empty();
        }
        var share = sponsorship.companyShare().orElseThrow();
        var from = sponsorship.commitmentFrom();
        var until = sponsorship.commitmentUntil().get();
        long total = ChronoUnit.DAYS.between(from, until);
        long unserved = ChronoUnit.DAYS.between(leftOn.isBefore(from) ? from : leftOn, until);
        var owed = new Money(share.amount().multiply(BigDecimal.valueOf(unserved)).divide(BigDecimal.valueOf(total),
                Math.max(0, share.currency().getDefaultFractionDigits()), RoundingMode.HALF_UP), share.currency());
        var decision = stamp.decision(SponsorshipRules.REPAYMENT, sponsorship.employee(), owed.amount().toPlainString(),
                List.of(Reason.of("§4.1.2", "training.sponsorship.commitment",
                                "sponsorship %s of %s (%s) committed %s to stay from %s until %s".formatted(
                                        sponsorship.id(), sponsorship.course(), share, sponsorship.employee(), from,
                                        until), "sponsorship", sponsorship.id(), "companyShare", share,
                                "commitmentFrom", from, "commitmentUntil", until, "commitmentDays", total),
                        Reason.of("§4.1.2", "training.sponsorship.repayment",
                                "left on %s with %d of %d days unserved: owes %s x %d / %d = %s".formatted(leftOn,
                                        unserved, total, share, unserved, total, owed),
                                "leftOn", leftOn, "unservedDays", unserved, "owed", owed)),
                policy.version(), leftAt);
        var repayment = new Repayment(sponsorship.id(), sponsorship.employee(), share, from, until, leftOn, unserved,
                total, owed, decision.id());
        draft.decision(decision);
        draft.change(Change.of(s -> s.sponsorships().update(sponsorship.withRepayment(repayment))));
        draft.event(new SponsorshipEvent.RepaymentOwed(sponsorship.id(), sponsorship.employee(), owed, decision.id(),
                stamp.now()));
        draft.audit(stamp.audit("training.sponsorship-repayment", "sponsorship", sponsorship.id().value(),
                "owes " + owed + " for " + unserved + " of " + total + " days"));
        return Optional.of(repayment);
    }
}
