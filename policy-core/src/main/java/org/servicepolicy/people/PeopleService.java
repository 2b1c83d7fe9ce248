package org.servicepolicy.people;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.policy.PolicyService;

/**
 * Use cases of departments and employees (§1.2): check the command, load, decide in
 * {@link PeopleRules}, commit through the {@link UnitOfWork}.
 */
public final class PeopleService {
    private final UnitOfWork<PeopleStores> work;
    private final PolicyService policies;

    /** Wires the service to the unit of work of its stores and to the policy versions. */
    public PeopleService(UnitOfWork<PeopleStores> work, PolicyService policies) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
    }

    /**
     * The actor for an authenticated employee, with the roles their record gives; empty when no
     * such employee exists. Adapters call this after authenticating a caller.
     */
    public Optional<Actor> actorFor(EmployeeId id) {
        return work.stores().employees().find(id).map(e -> new Actor(e.id(), e.roles(), Optional.of(e.department())));
    }

    /** Creates a department (HR only). */
    public Department createDepartment(Actor actor, NewDepartment command) {
        Refusal.raise(Access.hr(actor, "create departments"));
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, stores -> command.id() != null
                        && stores.departments().find(DepartmentId.of(command.id())).isPresent(),
                (taken, stamp) -> PeopleRules.createDepartment(command, taken, stamp));
    }

    /** Hires an employee (HR only); every problem with the command is reported at once. */
    public Employee hire(Actor actor, NewEmployee command) {
        Refusal.raise(Access.hr(actor, "hire employees"));
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        var company = policies.inForceAt(now).company();
        command.requireValid(company.lowestLevel(), company.currency());
        return work.run(actor, now, stores -> {
            var supervisor = Optional.ofNullable(command.supervisorId()).map(EmployeeId::of);
            new Inputs().require(stores.departments().find(DepartmentId.of(command.departmentId())).isPresent(),
                            "departmentId", "no such department")
                    .require(supervisor.isEmpty() || stores.employees().find(supervisor.get()).isPresent(),
                            "supervisorId", "no such employee")
                    .throwIfAny();
            return command.id() != null && stores.employees().find(EmployeeId.of(command.id())).isPresent();
        }, (taken, stamp) -> PeopleRules.hire(command, taken, company, stamp));
    }

    /** Every department; any employee may list them. */
    public List<Department> departments(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().departments().all();
    }

    /** The employee with {@code id}, if the actor may see them. */
    public Employee employee(Actor actor, EmployeeId id) {
        var employee = work.stores().employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
        Access.requireView(actor, employee);
        return employee;
    }

    /** The employees the actor may see: HR and supervision everyone, a manager their department, staff themselves. */
    public List<Employee> employees(Actor actor) {
        if (actor.isHr() || actor.has(Role.SUPERVISION_GROUP)) {
            return work.stores().employees().all();
        }
        var visible = new ArrayList<Employee>();
        if (actor.has(Role.MANAGER) && actor.department().isPresent()) {
            visible.addAll(work.stores().employees().inDepartment(actor.department().get()));
        }
        if (visible.stream().noneMatch(e -> actor.is(e.id()))) {
            work.stores().employees().find(actor.id()).ifPresent(visible::add);
        }
        return visible;
    }
}
