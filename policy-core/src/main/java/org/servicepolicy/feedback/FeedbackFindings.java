package org.servicepolicy.feedback;

import static org.servicepolicy.feedback.FeedbackFacts.managerOf;
import static org.servicepolicy.feedback.FeedbackFacts.policyOf;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.UnitOfWork;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.FindingViolation;
import org.servicepolicy.service.FindingViolations;
import org.servicepolicy.service.ServiceFinding;
import org.servicepolicy.service.ServiceRules;

/**
 * The findings customer feedback makes (§2.3.2, §2.3.1): those of a justified complaint and those
 * of a breached clock, each in the record of the employee held, escalated like any finding (the
 * violation it proposes recorded and linked), inside the caller's transaction; and the sweep of
 * one item. Findings name no maker: they are made as {@link FeedbackRules#CUSTOMER_FEEDBACK}.
 */
final class FeedbackFindings {
    private final UnitOfWork<FeedbackStores> work;
    private final FindingViolations violations;

    FeedbackFindings(UnitOfWork<FeedbackStores> work, FindingViolations violations) {
        this.work = Objects.requireNonNull(work, "work");
        this.violations = Objects.requireNonNull(violations, "violations");
    }

    /**
     * What the sweep of one item did.
     *
     * @param fired      the checkpoints it fired
     * @param findings   the findings of its breaches
     * @param violations the violations they proposed
     */
    record Swept(List<FeedbackSweepResult.Fired> fired, List<ServiceFinding> findings,
                 List<FindingViolation> violations) {
    }

    /** The findings of a justified complaint, one per employee it names, and the answer of ruling. */
    FeedbackResult ofRuling(Instant now, FeedbackRulingRules.Ruled ruled) {
        var item = ruled.item();
        var made = new ArrayList<ServiceFinding>();
        var proposed = new ArrayList<FindingViolation>();
        if (!ruled.against().isEmpty()) {
            var ruling = item.ruling().orElseThrow();
            var standard = ruling.standard().orElseThrow();
            var policy = policyOf(work.stores(), item);
            var why = FeedbackRules.reason("feedback.complaint.justified", "the complaint %s received at %s was ruled "
                    .formatted(item.id(), item.receivedAt()) + "justified: " + ruling.note(), "item", item.id());
            for (var employee : ruled.against()) {
                make(now, item, employee, standard, item.receivedAt(), why, policy, made, proposed);
            }
        }
        return new FeedbackResult(item, made, proposed, ruled.scores());
    }

    /** Sweeps every item with a checkpoint due as of {@code now}, each in its own transaction. */
    FeedbackSweepResult sweep(Instant now) {
        var fired = new ArrayList<FeedbackSweepResult.Fired>();
        var made = new ArrayList<ServiceFinding>();
        var proposed = new ArrayList<FindingViolation>();
        for (var candidate : work.stores().feedback().dueCheckpoints(now)) {
            var swept = ofSweep(now, candidate);
            fired.addAll(swept.fired());
            made.addAll(swept.findings());
            proposed.addAll(swept.violations());
        }
        return new FeedbackSweepResult(now, fired, made, proposed);
    }

    /** Sweeps one item as of {@code now}, in its own transaction: fires its due checkpoints once and acts on them. */
    private Swept ofSweep(Instant now, FeedbackItemId id) {
        return work.together(() -> {
            var actor = FeedbackRules.CUSTOMER_FEEDBACK;
            var fired = work.run(actor, now, s -> {
                var item = s.feedback().find(id).orElseThrow();
                return new FeedbackFacts.Loaded<>(item, policyOf(s, item));
            }, (loaded, stamp) -> FeedbackSweepRules.fire(loaded.item(), loaded.facts(), now));
            var made = new ArrayList<ServiceFinding>();
            var proposed = new ArrayList<FindingViolation>();
            if (fired.isEmpty()) {
                return new Swept(List.of(), made, proposed);
            }
            var item = work.stores().feedback().find(id).orElseThrow();
            var policy = policyOf(work.stores(), item);
            var manager = managerOf(work.stores(), item.department());
            var breaches = work.run(actor, now, s -> item, (loaded, stamp) -> FeedbackSweepRules.announce(loaded,
                    fired, policy, manager, stamp));
            for (var breach : breaches) {
                make(now, item, breach.against(), ServiceStandard.FEEDBACK_HANDLING, breach.checkpoint().at(),
                        FeedbackSweepRules.breachReason(item, breach.checkpoint()), policy, made, proposed);
            }
            return new Swept(fired.stream().map(c -> new FeedbackSweepResult.Fired(id, c.key())).toList(), made,
                    proposed);
        });
    }

    private void make(Instant now, FeedbackItem item, EmployeeId employee,
                      ServiceStandard standard, Instant observedAt, Reason why, PolicyDefinition policy,
                      List<ServiceFinding> made, List<FindingViolation> proposed) {
        var actor = FeedbackRules.CUSTOMER_FEEDBACK;
        var found = work.run(actor, now, s -> new FeedbackFacts.Loaded<>(item, new Held(
                        s.employees().findForDecision(employee).orElseThrow(), s.supervision().findingsOf(employee))),
                (loaded, stamp) -> FeedbackRulingRules.finding(item, loaded.facts().employee(), standard, observedAt,
                        why, loaded.facts().earlier(), policy, stamp));
        made.addAll(found.findings());
        for (var escalation : found.escalations()) {
            var violation = violations.record(actor, ServiceRules.violationFor(escalation, "customer feedback "
                    + item.id()));
            proposed.add(work.run(actor, now, s -> violation, (recorded, stamp) -> ServiceRules.link(escalation,
                    recorded, recorded.violation().policyVersion(), stamp)));
        }
    }

    /**
     * The employee a finding is made against, and their findings so far.
     *
     * @param employee the employee, as held for decisions
     * @param earlier  their findings so far
     */
    private record Held(Employee employee, List<ServiceFinding> earlier) {
    }
}
