package org.servicepolicy.career;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;

/**
 * §4.3.1: the company helps each employee plan a career path and provides training resources. A
 * superior proposes a plan, the employee agrees to it; a newer proposal supersedes one not agreed
 * yet, and a newly agreed plan the one agreed before, so that an employee has at most one plan of
 * each. Progress is the share of the plan's programmes completed. Pure: each function decides
 * from the facts loaded and the stamp.
 */
public final class DevelopmentPlanRules {
    private DevelopmentPlanRules() {
    }

    /**
     * The facts of a proposal.
     *
     * @param employee  the employee it is for, if they exist
     * @param superiors everyone up their reporting line
     * @param theirs    their plans
     */
    public record Proposing(Optional<Employee> employee, Set<EmployeeId> superiors, List<DevelopmentPlan> theirs) {
        /** Requires every part and copies the collections. */
        public Proposing {
            Objects.requireNonNull(employee, "employee");
            superiors = Set.copyOf(superiors);
            theirs = List.copyOf(theirs);
        }
    }

    /** §4.3.1: a superior of the employee proposes a plan now, superseding their plan still proposed, if any. */
    public static Outcome<DevelopmentPlanStores, DevelopmentPlan> propose(ProposeDevelopmentPlan command,
                                                                          Proposing facts, Stamp stamp) {
        var actor = stamp.actor();
        var id = EmployeeId.of(command.employeeId());
        var visible = facts.employee().filter(e -> DevelopmentPlanAccess.mayRead(actor, e.id(), facts.superiors()));
        if (visible.isEmpty()) {
            return Outcome.refused(Refusal.missing("employee", id));
        }
        var refused = DevelopmentPlanAccess.mayPropose(actor, id, facts.superiors()).or(() -> visible.get().status()
                .employed() ? Optional.empty() : Optional.of(Refusal.policy("§4.3.1", "career.plan.employed",
                "a development plan is for an employee who works here; " + id + " is " + visible.get().status(),
                "employeeId")));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var plan = DevelopmentPlan.proposed(DevelopmentPlanId.of(stamp.nextId()), actor.id(), command, stamp.now());
        var draft = Outcome.<DevelopmentPlanStores>draft();
        supersede(facts.theirs(), DevelopmentPlanStatus.PROPOSED, plan.id(), stamp, draft);
        var stored = draft.change(Change.of(s -> s.plans().add(plan)));
        draft.event(new DevelopmentPlanEvent.Proposed(plan.id(), id, actor.id(), stamp.now()));
        draft.audit(stamp.audit("career.propose-plan", "developmentPlan", plan.id().value(),
                "for " + id + ": " + String.join(",", plan.programmes())));
        return draft.answer(s -> s.of(stored));
    }

    /** §4.3.1: the employee agrees to a proposed plan now, superseding the plan they agreed to before, if any. */
    public static Outcome<DevelopmentPlanStores, DevelopmentPlan> agree(DevelopmentPlan plan,
                                                                        List<DevelopmentPlan> theirs, Stamp stamp) {
        var refused = DevelopmentPlanAccess.mayAgree(stamp.actor(), plan).or(() -> plan.status()
                == DevelopmentPlanStatus.PROPOSED ? Optional.empty()
                : Optional.of(Refusal.transition("development plan", plan.id(), plan.status(), "agree")));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var draft = Outcome.<DevelopmentPlanStores>draft();
        supersede(theirs, DevelopmentPlanStatus.AGREED, plan.id(), stamp, draft);
        var agreed = plan.agreed(stamp.now());
        var stored = draft.change(Change.of(s -> s.plans().update(agreed)));
        draft.event(new DevelopmentPlanEvent.Agreed(plan.id(), plan.employee(), stamp.now()));
        draft.audit(stamp.audit("career.agree-plan", "developmentPlan", plan.id().value(),
                "agreed to the plan proposed by " + plan.proposedBy()));
        return draft.answer(s -> s.of(stored));
    }

    /** §4.3.1: the progress of {@code plan} at {@code asOf}, given the programmes its employee completed by then. */
    public static PlanProgress progress(DevelopmentPlan plan, Set<String> completed, Instant asOf) {
        return new PlanProgress(plan, plan.programmes().stream().filter(completed::contains).toList(),
                plan.programmes().stream().filter(p -> !completed.contains(p)).toList(), asOf);
    }

    private static void supersede(List<DevelopmentPlan> theirs, DevelopmentPlanStatus status, DevelopmentPlanId by,
                                  Stamp stamp, Outcome.Draft<DevelopmentPlanStores> draft) {
        theirs.stream().filter(p -> p.status() == status && !p.id().equals(by)).forEach(earlier -> {
            draft.change(Change.of(s -> s.plans().update(earlier.superseded())));
            draft.event(new DevelopmentPlanEvent.Superseded(earlier.id(), earlier.employee(), by, stamp.now()));
            draft.audit(stamp.audit("career.supersede-plan", "developmentPlan", earlier.id().value(),
                    "superseded by " + by));
        });
    }
}
