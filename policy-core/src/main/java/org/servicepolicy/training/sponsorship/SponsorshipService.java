package org.servicepolicy.training.sponsorship;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
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
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        var policy = work.stores().policies().inForceAt(now);
        command.requireValid(policy.company().currency());
        return work.run(actor, now, s -> s.employees().find(actor.id()),
                (requester, stamp) -> SponsorshipRules.request(command, requester, policy, stamp));
    }

    /**
     * HR approves or rejects a request, never their own: approving it checks every rule of the
     * policy in force now and gives the company's share, the cost times the policy's share capped
     * at what is left of the year's cap; the decision carries a reason per rule.
     */
    public Sponsorship decide(Actor actor, SponsorshipId id, DecideSponsorship command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.run(actor, now, s -> {
            var sponsorship = readable(s, actor, id);
            var employee = s.employees().findForDecision(sponsorship.employee())
                    .orElseThrow(() -> new NotFoundException("sponsorship", id));
            // read again once the employee is held: a decision that committed meanwhile counts against the cap
            var held = s.sponsorships().find(id).orElseThrow(() -> new NotFoundException("sponsorship", id));
            return new SponsorshipFacts.Deciding(held, employee, s.grades().of(employee.id()),
                    s.penalties().of(employee.id()), s.sponsorships().ofEmployee(employee.id()),
                    s.policies().inForceAt(now));
        }, (facts, stamp) -> SponsorshipRules.decide(command, facts, stamp));
    }

    /** One request: its employee, their managers and HR; to anyone else it does not exist. */
    public Sponsorship sponsorship(Actor actor, SponsorshipId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return readable(work.stores(), actor, id);
    }

    /** The requests of {@code employee}, oldest first: the employee, their managers and HR. */
    public List<Sponsorship> of(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employee, "employee");
        var found = work.stores().employees().find(employee).filter(e -> SponsorshipAccess.mayRead(actor, e));
        if (found.isEmpty()) {
            throw new NotFoundException("employee", employee);
        }
        return work.stores().sponsorships().ofEmployee(employee);
    }

    /** The requests waiting for a decision, oldest first (HR only). */
    public List<Sponsorship> requested(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(SponsorshipAccess.mayListRequested(actor));
        return work.stores().sponsorships().requested();
    }

    /**
     * What {@code employee}, who has left, owes back for each approved sponsorship whose
     * commitment they left within: decided once per sponsorship, as a decision explaining the
     * share, the commitment and the days left unserved; a later call answers the same repayments.
     * HR calls it, never about themself; the library also runs it in the transaction that records a
     * departure.
     */
    public List<Repayment> repaymentOnDeparture(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employee, "employee");
        var now = work.now();
        return work.run(actor, now, s -> {
            s.employees().findForDecision(employee);
            var history = s.employees().history(employee);
            var leftAt = SponsorshipRules.leftAt(history).orElse(now);
            return new SponsorshipFacts.Departed(history, s.sponsorships().ofEmployee(employee),
                    s.policies().inForceAt(leftAt));
        }, (facts, stamp) -> SponsorshipRules.repayments(employee, facts, stamp));
    }

    /** The sponsorship {@code id} if {@code actor} may read it; to anyone else it does not exist. */
    private static Sponsorship readable(SponsorshipStores stores, Actor actor, SponsorshipId id) {
        return stores.sponsorships().find(id).filter(s -> stores.employees().find(s.employee())
                .filter(e -> SponsorshipAccess.mayRead(actor, e)).isPresent())
                .orElseThrow(() -> new NotFoundException("sponsorship", id));
    }
}
