package org.servicepolicy.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardService;

/**
 * Use cases of peer service problem reports (§2.3.1): any employee reports a service problem
 * about a colleague, a process or a department to the service supervision group or their
 * superior; the group confirms it as effective information or dismisses it, once. A confirmation
 * enters a finding in the colleague's record, which proposes a violation as the policy says
 * (§3.3.3), and proposes the reporter's reward, all in one transaction. Each command loads its
 * facts, decides in {@link ServiceReportRules} with {@link ServiceReportAccess}, and commits
 * through the unit of work.
 */
public final class ServiceReportService {
    private final UnitOfWork<ServiceReportStores> work;
    private final PolicyService policies;
    private final FindingViolations violations;
    private final RewardService rewards;

    /** Wires the service to its unit of work, the policy versions, the discipline area's recording and rewards. */
    public ServiceReportService(UnitOfWork<ServiceReportStores> work, PolicyService policies,
                                FindingViolations violations, RewardService rewards) {
        this.work = Objects.requireNonNull(work, "work");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.violations = Objects.requireNonNull(violations, "violations");
        this.rewards = Objects.requireNonNull(rewards, "rewards");
    }

    /** The acting employee reports a service problem. */
    public ServiceReport file(Actor actor, ServiceReportFiling command) {
        Objects.requireNonNull(actor, "actor");
        new Inputs().present(command, "body").throwIfAny();
        var now = work.now();
        command.requireValid(now);
        var reference = command.subjectReference().strip();
        return work.run(actor, now, stores -> new ServiceReportFacts.Filing(stores.employees().find(actor.id()),
                        command.subjectKind() == ServiceReportSubjectKind.EMPLOYEE
                                ? stores.employees().find(EmployeeId.of(reference)) : Optional.empty(),
                        command.subjectKind() == ServiceReportSubjectKind.DEPARTMENT
                                && stores.departments().find(DepartmentId.of(reference)).isPresent()),
                (facts, stamp) -> ServiceReportRules.file(command, facts, stamp));
    }

    /**
     * Confirms an open report as effective information (the group; never its reporter nor the
     * colleague it is about). About a colleague, a finding enters their record and, where the
     * policy says, proposes a violation with its ladder decision; the reporter's reward is
     * proposed. All of it commits, or none; of two rulings at once, one wins and the other is a
     * conflict.
     */
    public ServiceReportRuled confirm(Actor actor, ServiceReportId id, ServiceReportConfirmation command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().present(command, "body").throwIfAny();
        command.requireValid();
        var now = work.now();
        return work.together(() -> {
            var ruled = work.run(actor, now, stores -> ruling(actor, stores, id),
                    (facts, stamp) -> ServiceReportRules.confirm(id, command, facts, stamp));
            var proposed = new ArrayList<FindingViolation>();
            for (var escalation : ruled.escalation().stream().toList()) {
                var violation = violations.record(actor, ServiceRules.violationFor(escalation,
                        "confirmed service report " + ruled.report().id()));
                proposed.add(work.run(actor, now, stores -> violation,
                        (recorded, stamp) -> ServiceRules.link(escalation, recorded, ruled.policy(), stamp)));
            }
            List<Reward> proposedRewards = rewards.recognise(actor, ServiceReportRules.achievement(ruled.report()));
            return new ServiceReportRuled(ruled.report(), ruled.decision(), ruled.finding(), proposed,
                    proposedRewards);
        });
    }

    /** Dismisses an open report with a reason (the group; never its reporter nor the colleague it is about). */
    public ServiceReportRuled dismiss(Actor actor, ServiceReportId id, String reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        new Inputs().text(reason, "reason").throwIfAny();
        var ruled = work.run(actor, stores -> ruling(actor, stores, id),
                (facts, stamp) -> ServiceReportRules.dismiss(id, reason.strip(), facts, stamp));
        return new ServiceReportRuled(ruled.report(), ruled.decision(), Optional.empty(), List.of(), List.of());
    }

    /**
     * The report, and for one about a colleague the colleague held for the decision before their
     * findings are read (so that two findings about them are counted in turn), with the policy in
     * force when the problem happened.
     */
    private ServiceReportFacts.Ruling ruling(Actor actor, ServiceReportStores stores, ServiceReportId id) {
        Refusal.raise(ServiceReportAccess.mayRuleAtAll(actor));
        var report = stores.reports().find(id);
        var colleague = report.flatMap(r -> r.subject().employee()).flatMap(stores.employees()::findForDecision);
        var findings = colleague.map(e -> stores.supervision().findingsOf(e.id())).orElse(List.of());
        var policy = policies.inForceAt(report.map(ServiceReport::happenedAt).orElseGet(work::now));
        return new ServiceReportFacts.Ruling(report, colleague, findings, policy);
    }

    /**
     * One report, as the actor may read it: whole for its reporter, the superior it is addressed
     * to, the group and HR; a confirmed one without its reporter for the colleague it is about
     * and their manager; otherwise as if it did not exist.
     */
    public ServiceReport report(Actor actor, ServiceReportId id) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        var stores = work.stores();
        return stores.reports().find(id).flatMap(report -> ServiceReportAccess.visible(actor, report,
                        colleague(stores, report)))
                .orElseThrow(() -> Refusal.missing("service report", id).toException());
    }

    /** The reports the actor filed, oldest first. */
    public List<ServiceReport> filedBy(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return work.stores().reports().filedBy(actor.id());
    }

    /** The reports addressed to the actor as a superior, oldest first; they read and do not rule on them. */
    public List<ServiceReport> addressedTo(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        var stores = work.stores();
        return stores.reports().addressedTo(actor.id()).stream()
                .flatMap(r -> ServiceReportAccess.visible(actor, r, colleague(stores, r)).stream()).toList();
    }

    /**
     * Every report, oldest first (the group and HR); a report about the reader themself comes
     * without its reporter, if it is confirmed, or not at all.
     */
    public List<ServiceReport> all(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        Refusal.raise(ServiceReportAccess.mayReadAll(actor));
        var stores = work.stores();
        return stores.reports().all().stream()
                .flatMap(r -> ServiceReportAccess.visible(actor, r, colleague(stores, r)).stream()).toList();
    }

    private static Optional<Employee> colleague(ServiceReportStores stores, ServiceReport report) {
        return report.subject().employee().flatMap(stores.employees()::find);
    }
}
