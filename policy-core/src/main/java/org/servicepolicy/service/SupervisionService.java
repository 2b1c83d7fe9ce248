package org.servicepolicy.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyService;

/**
 * Use cases of service supervision (§2.3.1): the service supervision group records
 * observations; a nonconformity is a finding in the record of each employee concerned, and the
 * findings the policy names propose a company-rule violation through the discipline area's
 * ladder (§3.3.3), in the same transaction. Each command loads its facts, decides in
 * {@link ServiceRules} with {@link ServiceAccess}, and commits through the unit of work.
 */
public final class SupervisionService {
    private final UnitOfWork<ServiceStores> work;
    private final PolicyService policies;
    private final FindingViolations violations;

    /** Wires the service to its unit of work, the policy versions and the discipline area's recording. */
    public SupervisionService(UnitOfWork<ServiceStores> work, PolicyService policies, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /**
     * Records an observation (the service supervision group, never about themself). A
     * nonconformity makes one finding per employee concerned; each finding the policy names
     * proposes a violation with its ladder decision, and a decision links the two. All of it
     * commits, or none.
     */
    public RecordedObservation record(Actor actor, RecordObservation command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        return work.together(() -> {
            var observed = work.run(actor, now, stores -> {
                Refusal.raise(ServiceAccess.mayRecordAtAll(actor));
                return recording(stores, command);
            }, (facts, stamp) -> ServiceRules.record(command, facts, stamp));
            var proposed = new ArrayList<FindingViolation>();
            for (var escalation : observed.escalations()) {
                var violation = violations.record(actor, ServiceRules.violationFor(escalation,
                        "%s observation %s".formatted(observed.observation().method(), observed.observation().id())));
                proposed.add(work.run(actor, now, stores -> violation,
                        (recorded, stamp) -> ServiceRules.link(escalation, recorded,
                                observed.observation().policyVersion(), stamp)));
            }
            return new RecordedObservation(observed.observation(), observed.findings(), proposed);
        });
    }

    /**
     * The employees concerned, each held for the decision in id order (so that two observations
     * about the same people take turns without deadlock) before their findings are read, and the
     * policy in force when the conduct was observed.
     */
    private ServiceFacts.Recording recording(ServiceStores stores, RecordObservation command) {
        var concerned = new ArrayList<Employee>();
        var findings = new HashMap<EmployeeId, List<ServiceFinding>>();
        for (var id : command.employeeIds().stream().sorted().toList()) {
            var employee = stores.employees().findForDecision(EmployeeId.of(id)).orElseThrow(() ->
                    Refusal.invalid("employeeIds", "no such employee: " + id).toException());
            concerned.add(employee);
        }
        for (var employee : concerned) {
            findings.put(employee.id(), stores.supervision().findingsOf(employee.id()));
        }
        return new ServiceFacts.Recording(concerned, findings, policies.inForceAt(command.observedAt()));
    }

    /**
     * One observation: the group and HR may read any, a manager one concerning their department,
     * an employee one concerning them, without who recorded it.
     */
    public Observation observation(Actor actor, ObservationId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var stores = work.stores();
        var observation = stores.supervision().find(id)
                .orElseThrow(() -> Refusal.missing("service observation", id).toException());
        var concerned = observation.concerned().stream().map(stores.employees()::find)
                .flatMap(Optional::stream).toList();
        if (!ServiceAccess.mayReadObservation(actor, concerned)) {
            throw Refusal.missing("service observation", id).toException();
        }
        return ServiceAccess.mayKnowRecorder(actor, observation) ? observation : observation.withoutRecorder();
    }

    /**
     * The findings in {@code employeeId}'s service record, oldest observation first: the employee,
     * their manager, the group and HR may read them.
     */
    public List<ServiceFinding> findingsOf(Actor actor, EmployeeId employeeId) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(employeeId, "employeeId");
        var stores = work.stores();
        var employee = stores.employees().find(employeeId).filter(e -> ServiceAccess.mayReadFindings(actor, e))
                .orElseThrow(() -> new NotFoundException("employee", employeeId));
        return stores.supervision().findingsOf(employee.id()).stream()
                .sorted(Comparator.comparing(ServiceFinding::observedAt).thenComparing(ServiceFinding::id)).toList();
    }
}
