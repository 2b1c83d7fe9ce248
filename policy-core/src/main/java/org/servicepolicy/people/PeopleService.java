package org.servicepolicy.people;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.policy.PolicyService;

/** Use cases of departments and employees (§1.2). */
public final class PeopleService {
    private final EmployeeStore employees;
    private final DepartmentStore departments;
    private final PolicyService policies;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public PeopleService(EmployeeStore employees, DepartmentStore departments, PolicyService policies,
                         Transactions transactions, EventPublisher events, AuditTrail audit, IdGenerator ids,
                         Clock clock) {
        this.employees = Objects.requireNonNull(employees, "employees");
        this.departments = Objects.requireNonNull(departments, "departments");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * The actor for an authenticated employee, with the roles their record gives; empty when no
     * such employee exists. Adapters call this after authenticating a caller.
     */
    public Optional<Actor> actorFor(EmployeeId id) {
        return employees.find(id).map(e -> new Actor(e.id(), e.roles(), Optional.of(e.department())));
    }

    /** Creates a department (HR only). */
    public Department createDepartment(Actor actor, NewDepartment command) {
        Access.requireHr(actor, "create departments");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        inputs.notBlank(command.name(), "name")
                .require(command.id() == null || Ids.isValid(command.id()), "id",
                        "must be 1-64 letters, digits, '.', '_' or '-'")
                .require(command.name() == null || command.name().length() <= 200, "name", "must be at most 200 characters");
        inputs.throwIfAny();
        var department = new Department(DepartmentId.of(command.id() == null ? ids.next() : command.id()),
                command.name().strip());
        return transactions.inTransaction(() -> {
            if (departments.find(department.id()).isPresent()) {
                throw ConflictException.duplicate("department", department.id());
            }
            departments.add(department);
            var now = clock.instant();
            events.publish(new PeopleEvents.DepartmentCreated(department.id().value(), department.name(), now));
            audit.record(new AuditEntry(now, actor.id(), "department.create", "department", department.id().value(),
                    department.name()));
            return department;
        });
    }

    /** Every department; any employee may list them. */
    public List<Department> departments(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return departments.all();
    }

    /** Hires an employee (HR only); every problem with the command is reported at once. */
    public Employee hire(Actor actor, NewEmployee command) {
        Access.requireHr(actor, "hire employees");
        var inputs = new Inputs();
        inputs.present(command, "body");
        inputs.throwIfAny();
        var lowest = policies.current().company().lowestLevel();
        inputs.notBlank(command.name(), "name")
                .require(command.name() == null || command.name().length() <= 200, "name", "must be at most 200 characters")
                .require(command.id() == null || Ids.isValid(command.id()), "id",
                        "must be 1-64 letters, digits, '.', '_' or '-'")
                .present(command.category(), "category")
                .present(command.departmentId(), "departmentId")
                .present(command.level(), "level")
                .present(command.hireDate(), "hireDate")
                .require(command.level() == null || command.level() >= lowest, "level",
                        "must be at least the company's lowest level, " + lowest)
                .require(command.status() == null || command.status().employed(), "status",
                        "a new employee is ONBOARDING or ON_POST")
                .positiveAmount(command.monthlyWage(), policies.current().company().currency(), "monthlyWage")
                .require(command.grantedRoles() == null || command.grantedRoles().stream()
                        .allMatch(r -> r == Role.HR || r == Role.SUPERVISION_GROUP), "grantedRoles",
                        "only HR and SUPERVISION_GROUP are granted; MANAGER follows from the category")
                .require(command.departmentId() == null || Ids.isValid(command.departmentId()), "departmentId",
                        "is not a valid id")
                .require(command.supervisorId() == null || Ids.isValid(command.supervisorId()), "supervisorId",
                        "is not a valid id");
        inputs.throwIfAny();
        return transactions.inTransaction(() -> {
            var department = DepartmentId.of(command.departmentId());
            var references = new Inputs();
            references.require(departments.find(department).isPresent(), "departmentId", "no such department");
            var supervisor = Optional.ofNullable(command.supervisorId()).map(EmployeeId::of);
            references.require(supervisor.isEmpty() || employees.find(supervisor.get()).isPresent(), "supervisorId",
                    "no such employee");
            references.throwIfAny();
            var currency = policies.current().company().currency();
            var employee = new Employee(EmployeeId.of(command.id() == null ? ids.next() : command.id()),
                    command.name().strip(), command.category(), supervisor, department, command.level(),
                    command.hireDate(), command.status() == null ? EmploymentStatus.ON_POST : command.status(),
                    Optional.ofNullable(command.monthlyWage()).map(w -> new Money(w, currency)),
                    command.grantedRoles() == null ? new HashSet<>() : command.grantedRoles(), 0);
            if (employees.find(employee.id()).isPresent()) {
                throw ConflictException.duplicate("employee", employee.id());
            }
            var stored = employees.add(employee);
            var now = clock.instant();
            events.publish(new PeopleEvents.EmployeeHired(stored.id().value(), department.value(),
                    stored.category().name(), now));
            audit.record(new AuditEntry(now, actor.id(), "employee.hire", "employee", stored.id().value(),
                    stored.category() + " in " + department + " at level " + stored.level()));
            return stored;
        });
    }

    /** The employee with {@code id}, if the actor may see them. */
    public Employee employee(Actor actor, EmployeeId id) {
        var employee = employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
        Access.requireView(actor, employee);
        return employee;
    }

    /** The employees the actor may see: HR and supervision everyone, a manager their department, staff themselves. */
    public List<Employee> employees(Actor actor) {
        if (actor.isHr() || actor.has(Role.SUPERVISION_GROUP)) {
            return employees.all();
        }
        var visible = new ArrayList<Employee>();
        if (actor.has(Role.MANAGER) && actor.department().isPresent()) {
            visible.addAll(employees.inDepartment(actor.department().get()));
        }
        if (visible.stream().noneMatch(e -> actor.is(e.id()))) {
            employees.find(actor.id()).ifPresent(visible::add);
        }
        return visible;
    }
}
