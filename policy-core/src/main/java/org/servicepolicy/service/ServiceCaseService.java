package org.servicepolicy.service;

import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * Use cases of service cases (§2.1.2, §2.1.3, §2.1.4): the handler opens and finishes a case,
 * promises replies and gives them, stamped by the clock; the service supervision group or the handler's manager records the customer's
 * return trips and the return visit. A case finished late, a reply given late, a return trip for a document the
 * customer was not told about and a return visit done late are findings in the handler's record,
 * made once and escalated like any finding, in the same transaction; a done return visit's
 * satisfaction enters the customer-score ledger (§2.3.3) in it too. Each command loads its
 * facts, decides in {@link ServiceRecordRules} with {@link ServiceRecordAccess}, and commits
 * through the unit of work.
 */
public final class ServiceCaseService {
    private final UnitOfWork<ServiceRecordStores> work;
    private final ServiceRecordFindings findings;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public ServiceCaseService(UnitOfWork<ServiceRecordStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.findings = new ServiceRecordFindings(work, Objects.requireNonNull(violations, "violations"));
    }

    /** Opens a case now, for its handler (the caller unless named) with the policy in force now. */
    public ServiceCase open(Actor actor, ServiceCaseOpening command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var handlerId = command.handlerId() == null ? actor.id() : EmployeeId.of(command.handlerId());
        return work.run(actor, stores -> new Handling(stores.employees().find(handlerId).orElseThrow(() ->
                        Refusal.invalid("handlerId", "no such employee: " + handlerId).toException()),
                        stores.policies().inForceAt(work.now())),
                (facts, stamp) -> ServiceRecordRules.open(command, facts.handler(), facts.policy(), stamp))
                .serviceCase();
    }

    /** Finishes a case now; finished late, it is a CASE_TIME finding unless the sweep made it already. */
    public ServiceCaseResult finish(Actor actor, ServiceCaseId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var now = work.now();
        return work.together(() -> findings.make(now, work.run(actor, now,
                stores -> new Finishing(onCase(stores, actor, id), stores.policies().inForceAt(now)),
                (facts, stamp) -> ServiceRecordRules.finish(facts.onCase().serviceCase(), facts.onCase().handler(),
                        facts.policy(), stamp))));
    }

    /** Records a customer's return trip; for a document they were not told about, a finding. */
    public ServiceCaseResult recordReturnTrip(Actor actor, ServiceCaseId id, ServiceCaseTripReport command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.together(() -> findings.make(now, work.run(actor, now, stores -> onCase(stores, actor, id),
                (facts, stamp) -> ServiceRecordRules.returnTrip(facts.serviceCase(), facts.handler(), command,
                        stamp))));
    }

    /** Records a finished case's return visit as done; done late, it is a RETURN_VISIT finding unless swept. */
    public ServiceCaseResult recordReturnVisit(Actor actor, ServiceCaseId id, ReturnVisitReport command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.together(() -> findings.make(now, work.run(actor, now, stores -> onCase(stores, actor, id),
                (facts, stamp) -> ServiceRecordRules.returnVisit(facts.serviceCase(), facts.handler(), command,
                        stamp))));
    }

    /** Records a reply promised to the customer of the case by a time (§2.1.2): the handler or their manager. */
    public ServiceCaseResult promise(Actor actor, ServiceCaseId id, ServiceCasePromise command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        return findings.make(now, work.run(actor, now, stores -> onCase(stores, actor, id),
                (facts, stamp) -> ServiceRecordRules.promise(facts.serviceCase(), facts.handler(), command, stamp)));
    }

    /** Records the promised reply {@code number} as given now; given late, a PROMISED_REPLY finding unless swept. */
    public ServiceCaseResult reply(Actor actor, ServiceCaseId id, int number) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var now = work.now();
        return work.together(() -> findings.make(now, work.run(actor, now, stores -> onCase(stores, actor, id),
                (facts, stamp) -> ServiceRecordRules.reply(facts.serviceCase(), facts.handler(), number, stamp))));
    }

    /** One case with its return trips and visit: the handler, their manager, the group and HR may read it. */
    public ServiceCase serviceCase(Actor actor, ServiceCaseId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return onCase(work.stores(), actor, id).serviceCase();
    }

    /** The cases {@code employeeId} handles, oldest first: for the employee, their manager, the group and HR. */
    public List<ServiceCase> casesOf(Actor actor, EmployeeId employeeId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employeeId, "employeeId");
        var stores = work.stores();
        var employee = stores.employees().find(employeeId).filter(e -> ServiceRecordAccess.mayRead(actor, e))
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        return stores.records().handledBy(employee.id()).stream()
                .sorted(Comparator.comparing(ServiceCase::openedAt).thenComparing(c -> c.id().value())).toList();
    }

    /** The case and its handler, as a case that does not exist when {@code actor} may not read it. */
    private static OnCase onCase(ServiceRecordStores stores, Actor actor, ServiceCaseId id) {
        var serviceCase = stores.records().find(id)
                .orElseThrow(() -> Refusal.missing("service case", id).toException());
        var handler = stores.employees().find(serviceCase.handler())
                .filter(e -> ServiceRecordAccess.mayRead(actor, e))
                .orElseThrow(() -> Refusal.missing("service case", id).toException());
        return new OnCase(serviceCase, handler);
    }

    /**
     * The handler of a new case and the policy in force.
     *
     * @param handler the employee handling it
     * @param policy  the policy in force now
     */
    private record Handling(Employee handler, PolicyDefinition policy) {
    }

    /**
     * A case to finish and the policy in force now.
     *
     * @param onCase the case and its handler
     * @param policy the policy in force now, which gives the return visit's period
     */
    private record Finishing(OnCase onCase, PolicyDefinition policy) {
    }

    /**
     * A case and the employee handling it.
     *
     * @param serviceCase the case
     * @param handler     its handler
     */
    private record OnCase(ServiceCase serviceCase, Employee handler) {
    }
}
