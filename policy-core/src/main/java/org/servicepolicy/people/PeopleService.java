package org.servicepolicy.people;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private final List<DepartureFollowUp> departureFollowUps;
    private final MandatoryTraining mandatoryTraining;

    /**
     * Wires the service to the unit of work of its stores, to the policy versions, to what other
     * areas do when an employee leaves, and to the training a hire passes before going on post.
     */
    public PeopleService(UnitOfWork<PeopleStores> work, PolicyService policies,
                         List<DepartureFollowUp> departureFollowUps, MandatoryTraining mandatoryTraining) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.departureFollowUps = List.copyOf(departureFollowUps);
        this.mandatoryTraining = Objects.requireNonNull(mandatoryTraining, "mandatoryTraining");
    }

    /**
     * The actor for an authenticated employee, with the roles their record gives; empty when no
     * such employee exists or when they have left the company: a leaver's access ends with their
     * employment, while their records stay readable to those who may see them (§1.2). A
     * dismissed employee keeps access to read their records and appeal (§3.3.3). Adapters call
     * this after authenticating a caller.
     */
    public Optional<Actor> actorFor(EmployeeId id) {
        return work.stores().employees().find(id).flatMap(PeopleService::actor);
    }

    /**
     * The actor for an authenticated employee, as {@link #actorFor(EmployeeId)}, for a request
     * about the employees {@code about}: their records are read with the actor's in one
     * statement, so that, in the same transaction, the use case that then finds them need not
     * read them again ({@link org.servicepolicy.people.EmployeeStore#findAll}).
     */
    public Optional<Actor> actorFor(EmployeeId id, Set<EmployeeId> about) {
        Objects.requireNonNull(id, "id");
        var wanted = new LinkedHashSet<EmployeeId>(about);
        wanted.add(id);
        return work.stores().employees().findAll(wanted).stream().filter(e -> e.id().equals(id)).findFirst()
                .flatMap(PeopleService::actor);
    }

    /** The actor an employee's record makes; none for a leaver. */
    private static Optional<Actor> actor(Employee employee) {
        return employee.status() == EmploymentStatus.LEFT ? Optional.empty()
                : Optional.of(new Actor(employee.id(), employee.roles(), Optional.of(employee.department())));
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
        var policy = policies.inForceAt(now);
        var company = policy.company();
        command.requireValid(company.lowestLevel(), company.currency());
        return work.run(actor, now, stores -> {
            var supervisor = Optional.ofNullable(command.supervisorId()).map(EmployeeId::of);
            new Inputs().require(stores.departments().find(DepartmentId.of(command.departmentId())).isPresent(),
                            "departmentId", "no such department")
                    .require(supervisor.isEmpty() || stores.employees().find(supervisor.get()).isPresent(),
                            "supervisorId", "no such employee")
                    .throwIfAny();
            return command.id() != null && stores.employees().find(EmployeeId.of(command.id())).isPresent();
        }, (taken, stamp) -> PeopleRules.hire(command, taken, company, policy.training(), stamp));
    }

    /**
     * Changes an employee's terms of employment (HR only, never one's own; see
     * {@link PeopleRules#change}); every problem with the command is reported at once.
     */
    public Employee change(Actor actor, EmployeeId id, ChangeEmployment command) {
        Refusal.raise(Access.hr(actor, "change terms of employment"));
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        var policy = policies.inForceAt(now);
        command.requireValid(policy.company().lowestLevel(), policy.company().currency(), now);
        return work.run(actor, now, stores -> {
            var supervisor = Optional.ofNullable(command.supervisorId()).map(EmployeeId::of);
            var employee = holdWithLine(stores, id, supervisor);
            var newSupervisor = supervisor.flatMap(stores.employees()::find);
            var above = newSupervisor.map(s -> s.superiors(stores.employees()::find)).orElse(Set.of());
            var department = command.departmentId() == null
                    || stores.departments().find(DepartmentId.of(command.departmentId())).isPresent();
            return new PeopleFacts.Changing(employee, newSupervisor, above, department, policy);
        }, (facts, stamp) -> PeopleRules.change(command, facts, stamp));
    }

    /**
     * Records an employee's departure (HR only, never one's own; see {@link PeopleRules#depart}),
     * then runs every departure follow-up in the same transaction.
     */
    public Employee depart(Actor actor, EmployeeId id, RecordDeparture command) {
        Refusal.raise(Access.hr(actor, "record departures"));
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        var policy = policies.inForceAt(now);
        return work.together(() -> {
            var left = work.run(actor, now, stores -> {
                // The leaver and their reports are held in id order, as a change of supervisor holds
                // its line, so that the two never wait on each other; the reports are read again
                // once held, to include anyone placed under the leaver meanwhile.
                var involved = new TreeSet<EmployeeId>(Comparator.comparing(EmployeeId::value));
                involved.add(id);
                involved.addAll(directReports(stores, id));
                involved.forEach(each -> stores.employees().findForDecision(each));
                var reports = directReports(stores, id).stream().map(report -> held(stores, report)).toList();
                return new PeopleFacts.Departing(held(stores, id), reports, policy);
            }, (facts, stamp) -> PeopleRules.depart(command, facts, stamp));
            departureFollowUps.forEach(followUp -> followUp.employeeLeft(actor, left));
            return left;
        });
    }

    /**
     * Puts a new hire on post once onboarding is over (HR only, never one's own; see
     * {@link PeopleRules#placeOnPost}), with a note; refused while a programme due before post is
     * not passed (§4.1.1).
     */
    public Employee placeOnPost(Actor actor, EmployeeId id, String note) {
        Refusal.raise(Access.hr(actor, "put employees on post"));
        new Inputs().text(note, "reason").throwIfAny();
        var now = work.now();
        var version = policies.inForceAt(now).version();
        return work.run(actor, now, stores -> new PeopleFacts.Posting(held(stores, id), mandatoryTraining.notPassed(id)),
                (facts, stamp) -> PeopleRules.placeOnPost(facts, note, version, stamp));
    }

    /**
     * Every version of an employee's record, oldest first, each with the instant it took effect,
     * for whoever may see the employee.
     */
    public List<Employee> history(Actor actor, EmployeeId id) {
        var employee = work.stores().employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
        Access.requireView(actor, employee);
        return work.stores().employees().history(id);
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

    /** The employed people who report directly to {@code id}, ordered by id. */
    private static List<EmployeeId> directReports(PeopleStores stores, EmployeeId id) {
        return stores.employees().all().stream()
                .filter(e -> e.supervisor().filter(id::equals).isPresent() && e.status().employed())
                .map(Employee::id).toList();
    }

    private static Employee held(PeopleStores stores, EmployeeId id) {
        return stores.employees().findForDecision(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    /**
     * Holds the employee and, when the change names a new supervisor, that supervisor and
     * everyone above them, all in the order of their ids: two changes that would each close half
     * of a cycle (A to report to B, B to A) then take turns, and the second sees the first's
     * line, while two such changes can never wait on each other in opposite orders.
     */
    private static Employee holdWithLine(PeopleStores stores, EmployeeId id, Optional<EmployeeId> supervisor) {
        var involved = new TreeSet<EmployeeId>(Comparator.comparing(EmployeeId::value));
        involved.add(id);
        supervisor.ifPresent(s -> {
            involved.add(s);
            stores.employees().find(s).ifPresent(found -> involved.addAll(found.superiors(stores.employees()::find)));
        });
        involved.forEach(each -> stores.employees().findForDecision(each));
        return held(stores, id);
    }
}
