package org.servicepolicy.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyVersions;

/**
 * Makes the findings of service records' shortfalls and records the violations they propose
 * (§2.1.3, §2.1.4, §2.3.1, §3.3.3), inside the caller's transaction. The findings are made by the
 * records, not by a person: they act as {@link #RECORDS}, so no one, the handler included, is
 * named as having made a finding about anyone.
 */
final class ServiceRecordFindings {
    /** The stamp of what the records make names this actor. */
    static final Actor RECORDS = new Actor(EmployeeId.of("service-records"), Set.of(Role.EMPLOYEE), Optional.empty());

    private final UnitOfWork<ServiceRecordStores> work;
    private final FindingViolations violations;

    ServiceRecordFindings(UnitOfWork<ServiceRecordStores> work, FindingViolations violations) {
        this.work = work;
        this.violations = violations;
    }

    /**
     * The handler held for the decision, their findings so far and the policy versions: what
     * counting new findings needs.
     *
     * @param handler  the employee handling the case
     * @param earlier  their findings so far
     * @param versions the policy versions, for the one in force at each shortfall
     */
    private record Counting(Employee handler, List<ServiceFinding> earlier, PolicyVersions versions) {
    }

    /**
     * The findings of {@code changed}'s shortfalls in its handler's record, the handler held for
     * the decision before their findings are counted, and the violations the findings propose.
     */
    ServiceCaseResult make(Instant now, ServiceRecordRules.Changed changed) {
        if (changed.shortfalls().isEmpty()) {
            return new ServiceCaseResult(changed.serviceCase(), List.of(), List.of());
        }
        var handlerId = changed.serviceCase().handler();
        var found = work.run(RECORDS, now, s -> {
            var handler = s.employees().findForDecision(handlerId).orElseThrow();
            return new Counting(handler, s.supervision().findingsOf(handlerId), s.policies().history());
        }, (facts, stamp) -> ServiceRecordRules.findings(changed.shortfalls(), facts.handler(), facts.earlier(),
                facts.versions()::inForceAt, stamp));
        var proposed = new ArrayList<FindingViolation>();
        for (var escalation : found.escalations()) {
            var violation = violations.record(RECORDS, ServiceRules.violationFor(escalation,
                    "service case " + escalation.finding().sourceId()));
            proposed.add(work.run(RECORDS, now, s -> violation,
                    (recorded, stamp) -> ServiceRules.link(escalation, recorded,
                            recorded.violation().policyVersion(), stamp)));
        }
        return new ServiceCaseResult(changed.serviceCase(), found.findings(), proposed);
    }
}
