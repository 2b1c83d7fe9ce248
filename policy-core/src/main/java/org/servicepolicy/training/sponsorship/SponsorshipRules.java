package org.servicepolicy.training.sponsorship;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §4.1.2: external professional training is encouraged, and the company supports its cost as
 * appropriate. An employee asks; HR approves, the company bearing the policy's share of the cost
 * within what is left of the employee's annual cap, when every condition of
 * {@link SponsorshipConditions} is met, or rejects; a leaver owes back the share of the
 * commitment they did not serve ({@link SponsorshipRepayments}). Pure: each function decides from
 * the facts loaded and the stamp.
 */
public final class SponsorshipRules {
    /** The decision kind of HR's decision on a request. */
    public static final DecisionKind DECISION = DecisionKind.of("training.sponsorship-decision");
    /** The decision kind of what a leaver owes back. */
    public static final DecisionKind REPAYMENT = DecisionKind.of("training.sponsorship-repayment");
    /** The outcome of an approved request. */
    public static final String APPROVED = "APPROVED";
    /** The outcome of a rejected request. */
    public static final String REJECTED = "REJECTED";

    private SponsorshipRules() {
    }

    /** §4.1.2: {@code requester} asks now for the sponsorship of a course, its cost in the company's currency. */
    public static Outcome<SponsorshipStores, Sponsorship> request(RequestSponsorship command, Optional<Employee> requester,
                                                                  PolicyDefinition policy, Stamp stamp) {
        var actor = stamp.actor();
        var refused = requester.isEmpty() ? Optional.of(Refusal.missing("employee", actor.id()))
                : SponsorshipAccess.mayRequest(actor, requester.get());
        return Outcome.unless(refused, () -> {
            var cost = new Money(command.cost(), policy.company().currency());
            var sponsorship = Sponsorship.requested(SponsorshipId.of(stamp.nextId()), actor.id(), command, cost,
                    stamp.now());
            var draft = Outcome.<SponsorshipStores>draft();
            var stored = draft.change(Change.of(s -> s.sponsorships().add(sponsorship)));
            draft.event(new SponsorshipEvent.Requested(sponsorship.id(), actor.id(), cost, stamp.now()));
            draft.audit(stamp.audit("training.request-sponsorship", "sponsorship", sponsorship.id().value(),
                    sponsorship.course() + " by " + sponsorship.provider() + ", " + cost));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §4.1.2: HR approves or rejects a request, never their own, once. Approval needs every
     * condition met and a share above zero left under the cap; either decision carries HR's note
     * and a reason per condition.
     */
    public static Outcome<SponsorshipStores, Sponsorship> decide(DecideSponsorship command,
                                                                 SponsorshipFacts.Deciding facts, Stamp stamp) {
        var sponsorship = facts.sponsorship();
        var refused = SponsorshipAccess.mayDecide(stamp.actor(), sponsorship).or(() -> sponsorship.status()
                == SponsorshipStatus.REQUESTED ? Optional.empty()
                : Optional.of(Refusal.transition("sponsorship", sponsorship.id(), sponsorship.status(), "decide")));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var assessed = SponsorshipConditions.assess(facts, stamp.now());
        var approve = command.verdict() == SponsorshipVerdict.APPROVE;
        if (approve && !assessed.met()) {
            return Outcome.refused(Refusal.policy("§4.1.2", "training.sponsorship.conditions",
                    "cannot approve: " + String.join("; ", assessed.unmetMessages())));
        }
        var note = command.note().strip();
        var reasons = new ArrayList<Reason>();
        reasons.add(Reason.of("§4.1.2", approve ? "training.sponsorship.approved" : "training.sponsorship.rejected",
                (approve ? "HR approves: " : "HR rejects: ") + note, "verdict", command.verdict(), "note", note));
        reasons.addAll(assessed.reasons());
        var decision = stamp.decision(DECISION, sponsorship.employee(), approve ? APPROVED : REJECTED, reasons,
                facts.policy().version(), stamp.now());
        var actor = stamp.actor().id();
        var decided = approve
                ? sponsorship.approved(assessed.share(), facts.policy().sponsorship().commitment()
                .map(sponsorship.commitmentFrom()::plus), actor, stamp.now(), decision.id())
                : sponsorship.rejected(actor, stamp.now(), decision.id());
        var draft = Outcome.<SponsorshipStores>draft().decision(decision);
        var stored = draft.change(Change.of(s -> s.sponsorships().update(decided)));
        draft.event(approve
                ? new SponsorshipEvent.Approved(sponsorship.id(), sponsorship.employee(), assessed.share(),
                decision.id(), stamp.now())
                : new SponsorshipEvent.Rejected(sponsorship.id(), sponsorship.employee(), decision.id(), stamp.now()));
        draft.audit(stamp.audit(approve ? "training.approve-sponsorship" : "training.reject-sponsorship",
                "sponsorship", sponsorship.id().value(), approve ? "company share " + assessed.share() : note));
        return draft.answer(s -> s.of(stored));
    }

    /**
     * §4.1.2: what a leaver owes back for each approved sponsorship whose commitment they left
     * within, decided once per sponsorship; answers every repayment of theirs, earlier ones
     * included. HR decides it, never about themself; an employee who has not left owes nothing yet.
     */
    public static Outcome<SponsorshipStores, List<Repayment>> repayments(EmployeeId id,
                                                                         SponsorshipFacts.Departed facts,
                                                                         Stamp stamp) {
        var actor = stamp.actor();
        var employee = facts.employee().filter(e -> SponsorshipAccess.mayRead(actor, e));
        if (employee.isEmpty()) {
            return Outcome.refused(Refusal.missing("employee", id));
        }
        var refused = SponsorshipAccess.mayDecideRepayment(actor, id);
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var leftAt = leftAt(facts.history());
        if (leftAt.isEmpty()) {
            return Outcome.refused(Refusal.policy("§4.1.2", "training.sponsorship.repayment",
                    "a repayment is decided once the employee has left; " + id + " is "
                            + employee.get().status(), "employeeId"));
        }
        var leftOn = LocalDate.ofInstant(leftAt.get(), facts.policy().company().zone());
        var draft = Outcome.<SponsorshipStores>draft();
        var repayments = new ArrayList<Repayment>();
        for (var sponsorship : facts.sponsorships()) {
            if (sponsorship.repayment().isPresent()) {
                repayments.add(sponsorship.repayment().get());
                continue;
            }
            SponsorshipRepayments.owed(sponsorship, leftOn, leftAt.get(), facts.policy(), stamp, draft)
                    .ifPresent(repayments::add);
        }
        return draft.answer(s -> List.copyOf(repayments));
    }

    /** When the employee whose versions {@code history} holds left: the first version that has them LEFT. */
    public static Optional<Instant> leftAt(List<Employee> history) {
        return history.stream().filter(e -> e.status() == EmploymentStatus.LEFT).map(Employee::effectiveFrom)
                .findFirst();
    }
}
