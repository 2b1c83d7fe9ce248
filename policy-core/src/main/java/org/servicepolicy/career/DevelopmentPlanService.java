package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;

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
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(work.stores().policies().inForceAt(now).company().lowestLevel());
        var employee = EmployeeId.of(command.employeeId());
        return work.run(actor, now, s -> {
            var found = s.employees().findForDecision(employee);
            return new DevelopmentPlanRules.Proposing(found, superiors(s, found), s.plans().ofEmployee(employee));
        }, (facts, stamp) -> DevelopmentPlanRules.propose(command, facts, stamp));
    }

    /** The employee agrees to a proposed plan now: it supersedes the plan they agreed to before, if any. */
    public DevelopmentPlan agree(Actor actor, DevelopmentPlanId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.run(actor, s -> {
            var plan = readable(s, actor, id);
            s.employees().findForDecision(plan.employee());
            return s.plans().ofEmployee(plan.employee());
        }, (theirs, stamp) -> DevelopmentPlanRules.agree(theirs.stream().filter(p -> p.id().equals(id)).findFirst()
                .orElseThrow(() -> new NotFoundException("development plan", id)), theirs, stamp));
    }

    /** One plan: the employee, their superiors and HR; to anyone else it does not exist. */
    public DevelopmentPlan plan(Actor actor, DevelopmentPlanId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return readable(work.stores(), actor, id);
    }

    /** The plans of {@code employee}, oldest first: the employee, their superiors and HR. */
    public List<DevelopmentPlan> plansOf(Actor actor, EmployeeId employee) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employee, "employee");
        var stores = work.stores();
        var found = stores.employees().find(employee);
        if (found.isEmpty() || !DevelopmentPlanAccess.mayRead(actor, employee, superiors(stores, found))) {
            throw new NotFoundException("employee", employee);
        }
        return stores.plans().ofEmployee(employee);
    }

    /** The progress of a plan now: its programmes completed and outstanding; readable like the plan. */
    public PlanProgress progress(Actor actor, DevelopmentPlanId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var now = work.now();
        var plan = readable(work.stores(), actor, id);
        return DevelopmentPlanRules.progress(plan, work.stores().completed().of(plan.employee(), now), now);
    }

    /** The plan {@code id} if {@code actor} may read it; to anyone else it does not exist. */
    private static DevelopmentPlan readable(DevelopmentPlanStores stores, Actor actor, DevelopmentPlanId id) {
        return stores.plans().find(id).filter(p -> DevelopmentPlanAccess.mayRead(actor, p.employee(),
                        superiors(stores, stores.employees().find(p.employee()))))
                .orElseThrow(() -> new NotFoundException("development plan", id));
    }

    private static Set<EmployeeId> superiors(DevelopmentPlanStores stores, Optional<Employee> employee) {
        return employee.map(e -> e.superiors(stores.employees()::find)).orElse(Set.of());
    }
}
