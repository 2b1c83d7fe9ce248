package org.servicepolicy.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Achievement;

/**
 * §2.3.1: employees supervise each other and report service problems to the service supervision
 * group or their superior; the group rules on each report once, and reports that give effective
 * information are rewarded. A confirmed report about a colleague is a finding in their record,
 * which proposes a violation as any finding does (§3.3.3). The reporter is never told to the
 * colleague: the finding, its decision, the violation and the events do not name them. Pure:
 * each function decides from the facts loaded and the stamp.
 */
public final class ServiceReportRules {
    /** The decision kind of a ruling on a report, about its reporter. */
    public static final DecisionKind RULING = DecisionKind.of("service.report.ruling");

    private ServiceReportRules() {
    }

    /**
     * What a ruling decides, before any violation or reward is recorded.
     *
     * @param report     the report as ruled
     * @param decision   the ruling's decision
     * @param finding    the finding it made, if any
     * @param escalation the violation that finding proposes, if it does
     * @param policy     the version of the policy applied
     */
    public record Ruled(ServiceReport report, Decision decision, Optional<ServiceFinding> finding,
                        Optional<Escalation> escalation, String policy) {
        /** Requires every part. */
        public Ruled {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(finding, "finding");
            Objects.requireNonNull(escalation, "escalation");
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * §2.3.1, §1.3.3: an employee of the company reports a service problem about a colleague who
     * exists and is not themself, a process, or a department that exists, to the group or to
     * their own superior; a report about that very superior goes to the group.
     */
    public static Outcome<ServiceReportStores, ServiceReport> file(ServiceReportFiling command,
                                                                   ServiceReportFacts.Filing facts, Stamp stamp) {
        var actor = stamp.actor();
        var subject = new ServiceReportSubject(command.subjectKind(), command.subjectReference().strip());
        var refused = ServiceReportAccess.mayFile(facts.reporter())
                .or(() -> ServiceReportAccess.aboutThemself(actor, subject))
                .or(() -> unknownSubject(subject, facts));
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var superior = command.addressedTo() == ServiceReportAddressee.SUPERIOR
                ? facts.reporter().get().supervisor() : Optional.<EmployeeId>empty();
        if (command.addressedTo() == ServiceReportAddressee.SUPERIOR && superior.isEmpty()) {
            return Outcome.refused(Refusal.invalid("addressedTo", "the reporter has no superior: address the "
                    + ServiceReportAddressee.SUPERVISION_GROUP));
        }
        if (superior.isPresent() && subject.employee().equals(superior)) {
            return Outcome.refused(Refusal.policy("§1.3.3", "service.report.superior.subject",
                    "a report about the reporter's own superior is addressed to the "
                            + ServiceReportAddressee.SUPERVISION_GROUP + ", not to that superior", "addressedTo"));
        }
        var report = new ServiceReport(ServiceReportId.of(stamp.nextId()), Optional.of(actor.id()),
                command.addressedTo(), superior, subject, Optional.ofNullable(command.standard()),
                command.description().strip(), command.happenedAt(), stamp.now(), Optional.empty(), 0);
        var draft = Outcome.<ServiceReportStores>draft();
        var stored = draft.change(Change.of(s -> s.reports().add(report)));
        draft.event(ServiceReportEvent.StatusChanged.of(report, stamp.now()));
        draft.audit(stamp.audit("service-report.file", "service-report", report.id().value(),
                subject.kind() + " to " + report.addressedTo()));
        return draft.answer(s -> s.of(stored));
    }

    /**
     * §2.3.1: the group confirms open report {@code id} as effective information. About a
     * colleague, it enters a finding in their record, at the severity the group chose and the
     * standard the report or the group named, dated when the problem happened; the finding
     * proposes a violation as the policy in force then says (§3.3.3). The ruling is a decision
     * about the reporter; {@link #achievement} is what it earns them.
     */
    public static Outcome<ServiceReportStores, Ruled> confirm(ServiceReportId id, ServiceReportConfirmation command,
                                                              ServiceReportFacts.Ruling facts, Stamp stamp) {
        return ruling(id, ServiceReportStatus.CONFIRMED, facts, stamp, report -> confirmationProblem(report, command), report -> {
            var policy = facts.policy();
            var standard = Optional.ofNullable(command.standard()).or(report::standard);
            var note = Optional.ofNullable(command.note()).filter(n -> !n.isBlank()).map(String::strip);
            var draft = Outcome.<ServiceReportStores>draft();
            var finding = report.subject().employee().map(colleague -> new ServiceFinding(stamp.nextId(), colleague,
                    standard.get(), command.severity(), report.happenedAt(), FindingSource.PEER_REPORT,
                    report.id().value(), stamp.now()));
            var ruled = report.ruled(new ServiceReportRuling(ServiceReportStatus.CONFIRMED, stamp.now(),
                    Optional.of(stamp.actor().id()), note, standard, finding.map(ServiceFinding::severity),
                    finding.map(ServiceFinding::id)));
            var reasons = new ArrayList<Reason>();
            reasons.add(Reason.of("§2.3.1", "service.report.confirmed", "the service supervision group confirmed "
                    + "service report %s about a %s as effective information".formatted(report.id(),
                    report.subject().kind() == ServiceReportSubjectKind.EMPLOYEE ? "colleague"
                            : report.subject().kind().name().toLowerCase(Locale.ROOT)), "report", report.id(),
                    "subjectKind", report.subject().kind()));
            standard.ifPresent(s -> reasons.add(Reason.of(s.clause(), "service.standard", policy.service().criterion(s),
                    "standard", s)));
            note.ifPresent(n -> reasons.add(Reason.of("§2.3.1", "service.report.note", n)));
            var decision = stamp.decision(RULING, report.reporter().orElseThrow(), ServiceReportStatus.CONFIRMED.name(),
                    reasons, policy.version(), report.happenedAt());
            draft.decision(decision);
            var escalation = Optional.<Escalation>empty();
            if (finding.isPresent()) {
                var made = finding.get();
                draft.change(Change.of(s -> s.supervision().add(made)));
                draft.decision(ServiceRules.unattributed(stamp, ServiceRules.FINDING, made, made.severity().name(),
                        findingReasons(report, made, facts), policy.version()));
                draft.event(ServiceEvent.FindingRecorded.of(made));
                escalation = ServiceRules.escalation(made, facts.findings(), policy.service().escalation(),
                        policy.company().zone());
            }
            var found = escalation;
            return recorded(ruled, draft, stamp, "service-report.confirm",
                    finding.map(f -> "finding " + f.id() + " " + f.severity()).orElse(ServiceReportStatus.CONFIRMED.name()),
                    stored -> new Ruled(stored, decision, finding, found, policy.version()));
        });
    }

    /** §2.3.1: the group dismisses open report {@code id}, with a reason: a decision about the reporter. */
    public static Outcome<ServiceReportStores, Ruled> dismiss(ServiceReportId id, String reason,
                                                              ServiceReportFacts.Ruling facts, Stamp stamp) {
        return ruling(id, ServiceReportStatus.DISMISSED, facts, stamp, report -> Optional.empty(), report -> {
            var policy = facts.policy();
            var ruled = report.ruled(new ServiceReportRuling(ServiceReportStatus.DISMISSED, stamp.now(),
                    Optional.of(stamp.actor().id()), Optional.of(reason), Optional.empty(), Optional.empty(),
                    Optional.empty()));
            var decision = stamp.decision(RULING, report.reporter().orElseThrow(), ServiceReportStatus.DISMISSED.name(),
                    List.of(Reason.of("§2.3.1", "service.report.dismissed", "the service supervision group dismissed "
                            + "service report %s: %s".formatted(report.id(), reason), "report", report.id())),
                    policy.version(), report.happenedAt());
            var draft = Outcome.<ServiceReportStores>draft();
            draft.decision(decision);
            return recorded(ruled, draft, stamp, "service-report.dismiss", reason,
                    stored -> new Ruled(stored, decision, Optional.empty(), Optional.empty(), policy.version()));
        });
    }

    /**
     * §2.3.1: "employees whose reports provide effective information are rewarded". The
     * achievement a confirmed report is for its reporter, for the reward rules in force when it
     * was confirmed. Its words name neither the colleague nor the report, since a public
     * commendation would show them to everyone.
     *
     * @throws IllegalArgumentException when {@code confirmed} is not confirmed
     */
    public static Achievement achievement(ServiceReport confirmed) {
        if (confirmed.status() != ServiceReportStatus.CONFIRMED) {
            throw new IllegalArgumentException("service report " + confirmed.id() + " is " + confirmed.status()
                    + ", not confirmed");
        }
        return new Achievement(RewardTrigger.SERVICE_REPORT_EFFECTIVE, confirmed.reporter().orElseThrow(),
                source(confirmed.id()), confirmed.ruling().orElseThrow().at(), Reason.of("§2.3.1",
                "service.report.effective", "a service problem report gave effective information"));
    }

    /** The source the rewards for report {@code id} name: one confirmation, one set of rewards. */
    public static String source(ServiceReportId id) {
        return "service-report:" + id;
    }

    /** The lifecycle of a report: ruled once. */
    public static Optional<Refusal> lifecycle(ServiceReport report, ServiceReportStatus target) {
        return report.status() == ServiceReportStatus.OPEN ? Optional.empty()
                : Optional.of(Refusal.transition("service report", report.id(), report.status(), target.verb()));
    }

    private static Outcome<ServiceReportStores, Ruled> ruling(
            ServiceReportId id, ServiceReportStatus target, ServiceReportFacts.Ruling facts, Stamp stamp,
            Function<ServiceReport, Optional<Refusal>> problem,
            Function<ServiceReport, Outcome<ServiceReportStores, Ruled>> decided) {
        var refused = ServiceReportAccess.mayRuleAtAll(stamp.actor())
                .or(() -> facts.report().isEmpty() ? Optional.of(Refusal.missing("service report", id))
                        : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var report = facts.report().get();
        return Outcome.unless(ServiceReportAccess.mayRule(stamp.actor(), report)
                .or(() -> lifecycle(report, target))
                .or(() -> problem.apply(report)), () -> decided.apply(report));
    }

    private static Optional<Refusal> confirmationProblem(ServiceReport report, ServiceReportConfirmation command) {
        if (report.subject().employee().isEmpty()) {
            return command.severity() == null ? Optional.empty() : Optional.of(Refusal.invalid("severity",
                    "only a report about an employee makes a finding with a severity"));
        }
        if (command.standard() == null && report.standard().isEmpty()) {
            return Optional.of(Refusal.invalid("standard", "is required: the report names no standard, and the "
                    + "finding about the colleague needs one"));
        }
        return command.severity() == null ? Optional.of(Refusal.invalid("severity", "is required: the group chooses "
                + "the severity of the finding about the colleague")) : Optional.empty();
    }

    private static Optional<Refusal> unknownSubject(ServiceReportSubject subject, ServiceReportFacts.Filing facts) {
        return switch (subject.kind()) {
            case EMPLOYEE -> facts.colleague().isPresent() ? Optional.empty()
                    : Optional.of(Refusal.invalid("subjectReference", "no such employee: " + subject.reference()));
            case DEPARTMENT -> facts.departmentExists() ? Optional.empty()
                    : Optional.of(Refusal.invalid("subjectReference", "no such department: " + subject.reference()));
            case PROCESS -> Optional.empty();
        };
    }

    private static List<Reason> findingReasons(ServiceReport report, ServiceFinding finding,
                                               ServiceReportFacts.Ruling facts) {
        var policy = facts.policy();
        var standardSeverity = policy.service().severity(finding.standard());
        return List.of(
                Reason.of("§2.3.1", "service.report.finding", "the service supervision group confirmed a service "
                        + "report of a nonconformity with %s".formatted(finding.standard()), "report", report.id(),
                        "standard", finding.standard()),
                Reason.of(finding.standard().clause(), "service.standard", policy.service().criterion(finding.standard()),
                        "standard", finding.standard()),
                Reason.of("§2.3.1", "service.severity.ruled", "the service supervision group judged it %s; policy "
                        + "version %s gives a nonconformity with %s the severity %s".formatted(finding.severity(),
                        policy.version(), finding.standard(), standardSeverity), "severity", finding.severity(),
                        "standardSeverity", standardSeverity));
    }

    private static Outcome<ServiceReportStores, Ruled> recorded(
            ServiceReport ruled, Outcome.Draft<ServiceReportStores> draft, Stamp stamp, String action, String detail,
            Function<ServiceReport, Ruled> answer) {
        var stored = draft.change(Change.of(s -> s.reports().update(ruled)));
        draft.event(ServiceReportEvent.StatusChanged.of(ruled, stamp.now()));
        draft.audit(stamp.audit(action, "service-report", ruled.id().value(), detail));
        return draft.answer(s -> answer.apply(s.of(stored)));
    }
}
