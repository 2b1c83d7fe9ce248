package org.servicepolicy.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyVersions;

/**
 * Use cases of requests between departments (§2.2.1): an employee asks another department, a
 * member answers, the requester accepts the answer as clear or returns it as unclear. A reply
 * after the due time, or none by then when the sweep passes, is one finding in the responsible
 * employee's record, made once (whichever comes first) and escalated like any finding, in the
 * same transaction. Each command loads its facts, decides in {@link DepartmentRequestRules} with
 * {@link DepartmentRequestAccess}, and commits through the unit of work.
 */
public final class DepartmentRequestService {
    private final UnitOfWork<DepartmentRequestStores> work;
    private final FindingViolations violations;

    /** Wires the service to its unit of work and the discipline area's recording of violations. */
    public DepartmentRequestService(UnitOfWork<DepartmentRequestStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /** Asks another department now, as {@code actor}, with the policy in force now. */
    public DepartmentRequest ask(Actor actor, DepartmentRequestFiling command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var to = DepartmentId.of(command.toDepartmentId());
        return work.run(actor, stores -> new DepartmentRequestRules.Asking(
                        stores.employees().find(actor.id()).orElseThrow(() -> new NotFoundException("employee",
                                actor.id())),
                        stores.departments().find(to),
                        Optional.ofNullable(command.addresseeId()).flatMap(id -> stores.employees().find(
                                EmployeeId.of(id))),
                        command.addresseeId() == null ? stores.employees().inDepartment(to) : List.of(),
                        command.addresseeId() == null ? responderOf(stores, to) : Optional.empty(),
                        stores.policies().inForceAt(work.now())),
                (facts, stamp) -> DepartmentRequestRules.ask(command, facts, stamp));
    }

    /** Answers an open request now; answered late, it is a finding unless the sweep made it already. */
    public DepartmentRequestResult answer(Actor actor, DepartmentRequestId id, DepartmentRequestText command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.together(() -> make(now, work.run(actor, now, stores -> readable(stores, actor, id),
                (request, stamp) -> DepartmentRequestRules.answer(request, command, stamp))));
    }

    /** The requester accepts the answer as clear. */
    public DepartmentRequest accept(Actor actor, DepartmentRequestId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return work.run(actor, stores -> readable(stores, actor, id),
                (request, stamp) -> DepartmentRequestRules.conclude(request, true, Optional.empty(), stamp)).request();
    }

    /** The requester returns the answer as unclear: the request is open again, still due by its time. */
    public DepartmentRequest returnAsUnclear(Actor actor, DepartmentRequestId id, DepartmentRequestText command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        return work.run(actor, stores -> readable(stores, actor, id), (request, stamp) ->
                DepartmentRequestRules.conclude(request, false, Optional.of(command.text()), stamp)).request();
    }

    /** One request, for those who may read it; to anyone else it does not exist. */
    public DepartmentRequest request(Actor actor, DepartmentRequestId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        return readable(work.stores(), actor, id);
    }

    /** The requests sent from the caller's department or addressed to it, oldest first. */
    public List<DepartmentRequest> ofMyDepartment(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return actor.department().map(d -> work.stores().requests().ofDepartment(d).stream()
                .filter(r -> DepartmentRequestAccess.mayRead(actor, r)).toList()).orElse(List.of());
    }

    /**
     * Marks, as of {@code asOf}, every request still open after its due time and not marked yet,
     * and makes its finding; each request in its own transaction. Idempotent, and safe with several
     * sweeps at once: each request is marked once.
     *
     * @param asOf the instant to sweep for; not after the clock's present
     */
    public DepartmentRequestSweepResult sweep(Instant asOf) {
        var now = StoredPrecision.truncate(Objects.requireNonNull(asOf, "asOf"));
        var present = work.now();
        if (now.isAfter(present)) {
            throw InvalidInputException.of("asOf", "must not be in the future (now is " + present + ")");
        }
        var marked = new ArrayList<DepartmentRequestId>();
        var made = new ArrayList<ServiceFinding>();
        var proposed = new ArrayList<FindingViolation>();
        for (var candidate : work.stores().requests().dueForSweep(now)) {
            var result = work.together(() -> make(now, work.run(ServiceRecordFindings.RECORDS, now,
                    s -> s.requests().find(candidate.id()).orElseThrow(),
                    (request, stamp) -> DepartmentRequestRules.sweep(request, now))));
            if (!result.findings().isEmpty()) {
                marked.add(candidate.id());
            }
            made.addAll(result.findings());
            proposed.addAll(result.violations());
        }
        return new DepartmentRequestSweepResult(now, marked, made, proposed);
    }

    /** Runs the sweep now on request of {@code actor}: the service supervision group or HR. */
    public DepartmentRequestSweepResult sweepNow(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(DepartmentRequestAccess.maySweep(actor));
        return sweep(work.now());
    }

    /**
     * The responsible employee held for the decision, their findings so far and the policy
     * versions: what counting a new finding needs.
     */
    private record Counting(Employee responsible, List<ServiceFinding> earlier, PolicyVersions versions) {
    }

    /** The finding of {@code changed} if it was marked, in the responsible employee's record, and its violation. */
    private DepartmentRequestResult make(Instant now, DepartmentRequestRules.Changed changed) {
        if (!changed.marked()) {
            return new DepartmentRequestResult(changed.request(), List.of(), List.of());
        }
        var request = changed.request();
        var found = work.run(ServiceRecordFindings.RECORDS, now, s -> new Counting(
                        s.employees().findForDecision(request.responsible()).orElseThrow(),
                        s.supervision().findingsOf(request.responsible()), s.policies().history()),
                (facts, stamp) -> DepartmentRequestRules.finding(request, facts.responsible(), facts.earlier(),
                        facts.versions()::inForceAt, now, stamp));
        var proposed = new ArrayList<FindingViolation>();
        for (var escalation : found.escalations()) {
            var violation = violations.record(ServiceRecordFindings.RECORDS,
                    ServiceRules.violationFor(escalation, "department request " + escalation.finding().sourceId()));
            proposed.add(work.run(ServiceRecordFindings.RECORDS, now, s -> violation,
                    (recorded, stamp) -> ServiceRules.link(escalation, recorded,
                            recorded.violation().policyVersion(), stamp)));
        }
        return new DepartmentRequestResult(request, found.findings(), proposed);
    }

    /** The first responder {@code department} names (§5.1.1), by id, who is still an employee of it. */
    private static Optional<Employee> responderOf(DepartmentRequestStores stores, DepartmentId department) {
        return stores.responders().of(department).stream().flatMap(r -> r.responders().stream())
                .flatMap(id -> stores.employees().find(id).stream())
                .filter(e -> e.status().employed() && e.department().equals(department)).findFirst();
    }

    /** The request, as one that does not exist when {@code actor} may not read it. */
    private static DepartmentRequest readable(DepartmentRequestStores stores, Actor actor, DepartmentRequestId id) {
        return stores.requests().find(id).filter(r -> DepartmentRequestAccess.mayRead(actor, r))
                .orElseThrow(() -> new NotFoundException("department request", id));
    }
}
