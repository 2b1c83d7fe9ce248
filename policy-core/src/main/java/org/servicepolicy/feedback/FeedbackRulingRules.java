package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.ServiceEvent;
import org.servicepolicy.service.ServiceFinding;
import org.servicepolicy.service.ServiceRecordRules;
import org.servicepolicy.service.ServiceRules;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/**
 * §2.3.2, §2.3.1: a complaint is ruled justified against employees it names, which is a finding
 * in the record of each (escalated like any finding), or unjustified; a praise is confirmed,
 * which gives each employee it names a customer score of {@value CustomerScore#MAX}, or not. Once
 * per item. Pure: each function decides from the facts loaded and the stamp.
 */
public final class FeedbackRulingRules {
    private FeedbackRulingRules() {
    }

    /**
     * What ruling decided, before the findings are made.
     *
     * @param item    the item as stored
     * @param against the employees a justified complaint names, each to get a finding
     * @param scores  the customer scores a confirmed praise gave
     */
    public record Ruled(FeedbackItem item, List<EmployeeId> against, List<CustomerScore> scores) {
        /** Requires every part. */
        public Ruled {
            Objects.requireNonNull(item, "item");
            against = List.copyOf(against);
            scores = List.copyOf(scores);
        }
    }

    /**
     * §2.3.2: rules on a complaint or a praise, once; a decision about each employee it names (or
     * whoever answers for an item naming none) explains it.
     *
     * @param manager the manager of the item's department, if it has one
     */
    public static Outcome<FeedbackStores, Ruled> rule(FeedbackItem item, FeedbackRuling ruling,
                                                      Optional<EmployeeId> manager, Stamp stamp) {
        var complaint = item.nature() == FeedbackNature.COMPLAINT;
        var strangers = ruling.employees().stream().filter(e -> !item.employeesConcerned().contains(e)).toList();
        Optional<Refusal> refusal = FeedbackAccess.mayRule(stamp.actor(), item)
                .or(() -> complaint || item.nature() == FeedbackNature.PRAISE ? Optional.empty()
                        : Optional.of(Refusal.policy("§2.3.2", "feedback.ruling.nature",
                        "only complaints and praise are ruled on; this is " + item.nature())))
                .or(() -> item.ruling().map(r -> Refusal.policy("§2.3.2", "feedback.ruling.once",
                        "it was ruled " + r.verdict() + " already")))
                .or(() -> ruling.verdict().onComplaint() == complaint ? Optional.empty()
                        : Optional.of(Refusal.invalid("verdict", complaint ? "a complaint is JUSTIFIED or UNJUSTIFIED"
                        : "a praise is CONFIRMED or NOT_CONFIRMED")))
                .or(() -> strangers.isEmpty() ? Optional.empty()
                        : Optional.of(Refusal.invalid("employees", "not among the employees concerned: " + strangers)));
        return Outcome.unless(refusal, () -> {
            var now = stamp.now();
            var note = ruling.note().strip();
            var made = new FeedbackRuling(ruling.verdict(), ruling.employees(), ruling.standard(), note);
            var next = item.ruled(made);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = draft.change(Change.of(s -> s.feedback().update(next)));
            var reasons = new ArrayList<Reason>();
            reasons.add(FeedbackRules.reason("feedback.ruling", "the %s was ruled %s: %s".formatted(
                    item.nature().name().toLowerCase(Locale.ROOT), made.verdict(), note), "verdict", made.verdict()));
            made.standard().ifPresent(standard -> reasons.add(Reason.of(standard.clause(), "service.standard",
                    "fell short of " + standard, "standard", standard, "employees", made.employees())));
            var confirmed = made.verdict() == FeedbackRuling.Verdict.CONFIRMED;
            if (confirmed) {
                reasons.add(Reason.of("§2.3.3", "feedback.praise.score", "a confirmed praise gives each employee it "
                        + "names a customer score of " + CustomerScore.MAX));
            }
            var subjects = item.employeesConcerned().isEmpty()
                    ? FeedbackRules.answerable(item, manager).stream().toList() : item.employeesConcerned();
            for (var subject : subjects) {
                draft.decision(stamp.decision(FeedbackRules.RULING, subject, made.verdict().name(), reasons,
                        item.policyVersion(), now));
            }
            var scores = confirmed ? item.employeesConcerned().stream().map(e -> new CustomerScore(stamp.nextId(), e,
                    CustomerScore.MAX, CustomerScoreSource.CUSTOMER_FEEDBACK, item.id().value(), now, now)).toList()
                    : List.<CustomerScore>of();
            scores.forEach(score -> draft.change(Change.of(s -> s.customerScores().add(score))));
            draft.event(new FeedbackEvent.Ruled(item.id(), made.verdict(), now));
            draft.audit(stamp.audit("feedback.rule", "feedback-item", item.id().value(), made.verdict() + ": " + note));
            return draft.answer(s -> new Ruled(s.of(stored), made.employees(), scores));
        });
    }

    /**
     * §2.3.2, §2.3.1: the finding in {@code employee}'s record that {@code item} made, for falling
     * short of {@code standard} at {@code observedAt}, with the severity the policy gives that
     * standard, explained by a decision that names no maker, and whether it proposes a violation
     * given {@code earlier}.
     *
     * @param why what the item showed, the finding's first reason
     */
    public static Outcome<FeedbackStores, ServiceRecordRules.Found> finding(
            FeedbackItem item, Employee employee, ServiceStandard standard, Instant observedAt, Reason why,
            List<ServiceFinding> earlier, PolicyDefinition policy, Stamp stamp) {
        var severity = policy.service().severity(standard);
        var finding = new ServiceFinding(stamp.nextId(), employee.id(), standard, severity, observedAt,
                FindingSource.CUSTOMER_FEEDBACK, item.id().value(), stamp.now());
        var draft = Outcome.<FeedbackStores>draft();
        draft.change(Change.of(s -> s.supervision().add(finding)));
        draft.decision(new Decision(DecisionId.of(stamp.nextId()), FeedbackRules.FINDING, employee.id(),
                severity.name(), List.of(why,
                Reason.of(standard.clause(), "service.standard", policy.service().criterion(standard), "standard",
                        standard),
                Reason.of("§2.3.1", "service.severity.standard", "policy version %s gives a nonconformity with %s "
                        .formatted(policy.version(), standard) + "the severity " + severity, "severity", severity)),
                policy.version(), observedAt, stamp.now(), Optional.empty()));
        draft.event(ServiceEvent.FindingRecorded.of(finding));
        draft.audit(stamp.audit("feedback.finding", "service-finding", finding.id(), standard + " " + severity
                + ", feedback " + item.id()));
        var escalations = ServiceRules.escalation(finding, earlier, policy.service().escalation(),
                policy.company().zone()).stream().toList();
        return draft.answer(s -> new ServiceRecordRules.Found(List.of(finding), escalations));
    }
}
