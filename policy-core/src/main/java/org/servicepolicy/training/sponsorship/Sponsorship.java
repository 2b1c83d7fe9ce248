package org.servicepolicy.training.sponsorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;

/**
 * A request for the sponsorship of external professional training (§4.1.2) and what became of it:
 * HR's decision, the company's share of the cost, the commitment to stay that came with it, and
 * what a leaver owes back.
 *
 * @param id              its identifier
 * @param employee        who asked, for themself
 * @param course          the course's title
 * @param provider        who gives it
 * @param startsOn        its first day
 * @param endsOn          its last day
 * @param cost            what it costs, in the company's currency
 * @param requestedAt     when it was asked for
 * @param status          where it stands
 * @param companyShare    what the company bears; present once approved
 * @param commitmentUntil the first day after the commitment to stay; present once approved under a
 *                        policy with a commitment
 * @param decidedBy       who decided it; present once decided
 * @param decidedAt       when; present once decided
 * @param decision        the decision that records it; present once decided
 * @param repayment       what is owed back after leaving within the commitment, once decided
 * @param version         the optimistic-locking version, 0 before the first save
 */
public record Sponsorship(SponsorshipId id, EmployeeId employee, String course, String provider, LocalDate startsOn,
                          LocalDate endsOn, Money cost, Instant requestedAt, SponsorshipStatus status,
                          Optional<Money> companyShare, Optional<LocalDate> commitmentUntil,
                          Optional<EmployeeId> decidedBy, Optional<Instant> decidedAt, Optional<DecisionId> decision,
                          Optional<Repayment> repayment, long version) {
    /** Requires every part, and a decision exactly when decided, a share exactly when approved. */
    public Sponsorship {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(course, "course");
        Objects.requireNonNull(provider, "provider");
        Objects.requireNonNull(startsOn, "startsOn");
        Objects.requireNonNull(endsOn, "endsOn");
        Objects.requireNonNull(cost, "cost");
        Objects.requireNonNull(requestedAt, "requestedAt");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(companyShare, "companyShare");
        Objects.requireNonNull(commitmentUntil, "commitmentUntil");
        Objects.requireNonNull(decidedBy, "decidedBy");
        Objects.requireNonNull(decidedAt, "decidedAt");
        Objects.requireNonNull(decision, "decision");
        Objects.requireNonNull(repayment, "repayment");
        boolean decided = status != SponsorshipStatus.REQUESTED;
        if (decidedBy.isPresent() != decided || decidedAt.isPresent() != decided || decision.isPresent() != decided) {
            throw new IllegalArgumentException("a sponsorship names who decided it, when and how exactly when decided");
        }
        boolean approved = status == SponsorshipStatus.APPROVED;
        if (companyShare.isPresent() != approved || (!approved && (commitmentUntil.isPresent()
                || repayment.isPresent()))) {
            throw new IllegalArgumentException("only an approved sponsorship has a share, a commitment, a repayment");
        }
    }

    /** A new request by {@code employee}, at {@code at}. */
    public static Sponsorship requested(SponsorshipId id, EmployeeId employee, RequestSponsorship command, Money cost,
                                        Instant at) {
        return new Sponsorship(id, employee, command.course().strip(), command.provider().strip(), command.startsOn(),
                command.endsOn(), cost, at, SponsorshipStatus.REQUESTED, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), 0);
    }

    /**
     * This request approved by {@code by} at {@code at} in the decision {@code recordedBy}, the
     * company bearing {@code share}, the employee committed to stay until {@code until} if at all.
     */
    public Sponsorship approved(Money share, Optional<LocalDate> until, EmployeeId by, Instant at,
                                DecisionId recordedBy) {
        return new Sponsorship(id, employee, course, provider, startsOn, endsOn, cost, requestedAt,
                SponsorshipStatus.APPROVED, Optional.of(share), until, Optional.of(by), Optional.of(at),
                Optional.of(recordedBy), Optional.empty(), version);
    }

    /** This request rejected by {@code by} at {@code at} in the decision {@code recordedBy}. */
    public Sponsorship rejected(EmployeeId by, Instant at, DecisionId recordedBy) {
        return new Sponsorship(id, employee, course, provider, startsOn, endsOn, cost, requestedAt,
                SponsorshipStatus.REJECTED, Optional.empty(), Optional.empty(), Optional.of(by), Optional.of(at),
                Optional.of(recordedBy), Optional.empty(), version);
    }

    /** This approved sponsorship with what its leaver owes back. */
    public Sponsorship withRepayment(Repayment owed) {
        return new Sponsorship(id, employee, course, provider, startsOn, endsOn, cost, requestedAt, status,
                companyShare, commitmentUntil, decidedBy, decidedAt, decision, Optional.of(owed), version);
    }

    /** The first day of the commitment to stay: the day after the course ends. */
    public LocalDate commitmentFrom() {
        return endsOn.plusDays(1);
    }

    /** This record as stored at {@code storedVersion}. */
    public Sponsorship atVersion(long storedVersion) {
        return new Sponsorship(id, employee, course, provider, startsOn, endsOn, cost, requestedAt, status,
                companyShare, commitmentUntil, decidedBy, decidedAt, decision, repayment, storedVersion);
    }
}
