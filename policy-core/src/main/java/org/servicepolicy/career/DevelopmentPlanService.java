package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.UnitOfWork;

/**
 * Use cases of development plans (§4.3.1): a superior of an employee proposes the goals, the level
 * or role aimed at and the training programmes to take; the employee agrees, and only then is it
 * their plan; its progress is the share of its programmes they have completed. Each command loads
 * its facts, decides in {@link DevelopmentPlanRules} with {@link DevelopmentPlanAccess}, and
 * commits through the unit of work.
 */
public final class DevelopmentPlanService {
    private final UnitOfWork<DevelopmentPlanStores> work;

    /** Wires the service to its unit of work. */
    public DevelopmentPlanService(UnitOfWork<DevelopmentPlanStores> work) {
        this.work = Objects.requireNonNull(work, "work");
    }

    /**
     * A superior of the employee (anyone up their reporting line) proposes a plan now; it
     * supersedes the employee's plan still waiting for agreement, if any.
     */
    public DevelopmentPlan propose(Actor actor, ProposeDevelopmentPlan command) {
        throw new UnsupportedOperationException("propose");
    }

    /** The employee agrees to a proposed plan now: it supersedes the plan they agreed to before, if any. */
    public DevelopmentPlan agree(Actor actor, DevelopmentPlanId id) {
        throw new UnsupportedOperationException("agree");
    }

    /** One plan: the employee, their superiors and HR; to anyone else it does not exist. */
    public DevelopmentPlan plan(Actor actor, DevelopmentPlanId id) {
        throw new UnsupportedOperationException("plan");
    }

    /** The plans of {@code employee}, oldest first: the employee, their superiors and HR. */
    public List<DevelopmentPlan> plansOf(Actor actor, EmployeeId employee) {
        throw new UnsupportedOperationException("plansOf");
    }

    /** The progress of a plan now: its programmes completed and outstanding; readable like the plan. */
    public PlanProgress progress(Actor actor, DevelopmentPlanId id) {
        throw new UnsupportedOperationException("progress");
    }
}
