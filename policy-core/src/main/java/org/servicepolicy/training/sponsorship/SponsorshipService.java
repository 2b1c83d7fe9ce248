package org.servicepolicy.training.sponsorship;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * Use cases of the sponsorship of external professional training (§4.1.2): an employee asks the
 * company to sponsor a course; HR approves it, the company bearing its share of the cost within
 * the annual cap, or rejects it, each a decision with a reason per rule; an employee who leaves
 * within the commitment that came with a sponsorship owes part of it back, a decision taken when
 * the departure is recorded. Each command loads its facts, decides in {@link SponsorshipRules}
 * with {@link SponsorshipAccess}, and commits through the unit of work.
 */
public final class SponsorshipService {
    /** The decision kind of HR's decision on a request. */
    public static final DecisionKind DECISION = SponsorshipRules.DECISION;
    /** The decision kind of what a leaver owes back. */
    public static final DecisionKind REPAYMENT = SponsorshipRules.REPAYMENT;

    private final UnitOfWork<SponsorshipStores> work;

    /** Wires the service to its unit of work. */
    public SponsorshipService(UnitOfWork<SponsorshipStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /** {@code actor} asks, now, for the sponsorship of a course they will take. */
    public Sponsorship request(Actor actor, RequestSponsorship command) {
        throw new UnsupportedOperationException("request");
    }

    /**
     * HR approves or rejects a request, never their own: approving it checks every rule of the
     * policy in force now and gives the company's share, the cost times the policy's share capped
     * at what is left of the year's cap; the decision carries a reason per rule.
     */
    public Sponsorship decide(Actor actor, SponsorshipId id, DecideSponsorship command) {
        throw new UnsupportedOperationException("decide");
    }

    /** One request: its employee, their managers and HR; to anyone else it does not exist. */
    public Sponsorship sponsorship(Actor actor, SponsorshipId id) {
        throw new UnsupportedOperationException("sponsorship");
    }

    /** The requests of {@code employee}, oldest first: the employee, their managers and HR. */
    public List<Sponsorship> of(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException("of");
    }

    /** The requests waiting for a decision, oldest first (HR only). */
    public List<Sponsorship> requested(Actor actor) {
        throw new UnsupportedOperationException("requested");
    }

    /**
     * What {@code employee}, who has left, owes back for each approved sponsorship whose
     * commitment they left within: decided once per sponsorship, as a decision explaining the
     * share, the commitment and the days left unserved; a later call answers the same repayments.
     * HR calls it, never about themself; the library also runs it in the transaction that records a
     * departure.
     */
    public List<Repayment> repaymentOnDeparture(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException("repaymentOnDeparture");
    }
}
