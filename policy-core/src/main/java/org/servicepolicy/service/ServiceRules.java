package org.servicepolicy.service;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.FindingEscalation;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;

/**
 * §2.3.1: the service supervision group checks service conduct; a nonconformity is a finding in
 * the record of each employee concerned, and the policy says when findings propose a discipline
 * violation (§3.3.3). Pure: each function decides from the facts loaded and the stamp.
 */
public final class ServiceRules {
    /** The decision kind of a finding: which standard, how serious, and why that severity. */
    public static final DecisionKind FINDING = DecisionKind.of("service.finding");
    /** The decision kind that links a finding and the violation it proposed. */
    public static final DecisionKind FINDING_VIOLATION = DecisionKind.of("service.finding-violation");

    private ServiceRules() {
    }

    /**
     * What recording an observation decides, before any violation is recorded.
     *
     * @param observation the observation
     * @param findings    its findings, in employee id order
     * @param escalations the findings that propose a violation
     */
    public record Observed(Observation observation, List<ServiceFinding> findings, List<Escalation> escalations) {
        /** Requires every part. */
        public Observed {
            Objects.requireNonNull(observation, "observation");
            findings = List.copyOf(findings);
            escalations = List.copyOf(escalations);
        }
    }

    /**
     * §2.3.1, §1.3.3: the group records an observation. A nonconformity takes the severity the
     * policy in force when it was observed gives its standard, unless the recorder stated
     * another with a reason; it makes one finding per employee concerned, each explained by a
     * decision that does not name the recorder, and says which findings propose a violation.
     */
    public static Outcome<ServiceStores, Observed> record(RecordObservation command, ServiceFacts.Recording facts,
                                                          Stamp stamp) {
        return Outcome.unless(ServiceAccess.mayRecord(stamp.actor(), facts.concerned()), () -> {
            var policy = facts.policy();
            var standardSeverity = policy.service().severity(command.standard());
            var nonconformity = command.outcome() == ObservationOutcome.NONCONFORMITY;
            var severity = !nonconformity ? Optional.<Severity>empty()
                    : Optional.of(command.severity() == null ? standardSeverity : command.severity());
            var observation = new Observation(ObservationId.of(stamp.nextId()), command.standard(), command.method(),
                    command.outcome(), severity, Optional.ofNullable(command.severityReason()).map(String::strip),
                    command.evidence().strip(), facts.concerned().stream().map(e -> e.id()).toList(),
                    command.observedAt(), stamp.now(), Optional.of(stamp.actor().id()), policy.version());
            var draft = Outcome.<ServiceStores>draft();
            var stored = draft.change(Change.of(s -> s.supervision().add(observation)));
            var findings = new ArrayList<Change<ServiceStores, ServiceFinding>>();
            var escalations = new ArrayList<Escalation>();
            for (var employee : nonconformity ? observation.concerned() : List.<EmployeeId>of()) {
                var finding = new ServiceFinding(stamp.nextId(), employee, observation.standard(), severity.get(),
                        observation.observedAt(), FindingSource.SUPERVISION, observation.id().value(), stamp.now());
                findings.add(draft.change(Change.of(s -> s.supervision().add(finding))));
                draft.decision(unattributed(stamp, FINDING, finding, severity.get().name(),
                        findingReasons(observation, standardSeverity, policy), policy.version()));
                draft.event(ServiceEvent.FindingRecorded.of(finding));
                escalation(finding, facts.findings().get(employee), policy.service().escalation(),
                        policy.company().zone())
                        .ifPresent(escalations::add);
            }
            draft.event(new ServiceEvent.ObservationRecorded(observation.id(), observation.standard(),
                    observation.method(), observation.outcome(), observation.severity(), observation.concerned(),
                    stamp.now()));
            draft.audit(stamp.audit("service.observe", "service-observation", observation.id().value(),
                    observation.standard() + " " + observation.outcome()
                            + severity.map(s -> " " + s).orElse("")));
            return draft.answer(s -> new Observed(s.of(stored), findings.stream().map(s::of).toList(), escalations));
        });
    }

    /**
     * §2.3.1, §3.3.3: whether {@code finding} proposes a violation, given the {@code earlier}
     * findings already in the same employee's record. A finding at or above the policy's
     * immediate severity does; a finding of the repeated severity does when, with the findings of
     * that severity observed within the policy's window of it (before or after, counted in the
     * company's {@code zone}), it makes a multiple of the policy's count: the third proposes, the
     * fourth and fifth do not, the sixth does. Counting both ways makes the number of violations a
     * run of findings proposes independent of the order in which they are recorded, even when an
     * observation is recorded after a later one.
     */
    public static Optional<Escalation> escalation(ServiceFinding finding, List<ServiceFinding> earlier,
                                                  FindingEscalation policy, ZoneId zone) {
        var severity = finding.severity();
        var violation = Reason.of("§3.3.3", "service.finding.violation",
                "violations are penalised by severity: the finding proposes a %s company-rule violation (service)"
                        .formatted(severity), "severity", severity);
        if (severity.compareTo(policy.immediate()) >= 0) {
            return Optional.of(new Escalation(finding, List.of(Reason.of("§2.3.1", "service.finding.serious",
                    "a %s nonconformity with %s is at or above %s, which proposes a violation by itself".formatted(
                            severity, finding.standard(), policy.immediate()), "finding", finding.id(),
                    "standard", finding.standard(), "threshold", policy.immediate()), violation)));
        }
        if (severity != policy.repeated()) {
            return Optional.empty();
        }
        var observed = finding.observedAt().atZone(zone);
        var from = observed.minus(policy.within()).toInstant();
        var to = observed.plus(policy.within()).toInstant();
        long count = 1 + earlier.stream().filter(f -> f.severity() == policy.repeated())
                .filter(f -> !f.observedAt().isBefore(from) && !f.observedAt().isAfter(to))
                .count();
        if (count % policy.count() != 0) {
            return Optional.empty();
        }
        return Optional.of(new Escalation(finding, List.of(Reason.of("§2.3.1", "service.finding.repeated",
                "%d %s findings observed within %s of %s, this one included: every %d proposes a violation"
                        .formatted(count, policy.repeated(), policy.within(), finding.observedAt(), policy.count()),
                "finding", finding.id(), "count", count, "within", policy.within(), "every", policy.count()),
                violation)));
    }

    /**
     * §2.3.1, §3.2.1: the company-rule violation {@code escalation} proposes, dated at the conduct
     * the finding is about, whatever its source.
     *
     * @param source the record behind the finding, in words ("ON_SITE observation o-1", "service case c-1")
     */
    public static RecordViolation violationFor(Escalation escalation, String source) {
        var finding = escalation.finding();
        return RecordViolation.companyRule(finding.employee().value(), finding.observedAt(), RuleArea.SERVICE,
                finding.severity(), "service finding %s: %s nonconformity with %s (%s), %s".formatted(finding.id(),
                        finding.severity(), finding.standard(), finding.standard().clause(), source));
    }

    /**
     * §2.3.1, §3.3.3: the decision that links {@code escalation}'s finding and the violation it
     * proposed, with the escalation's reasons and the ladder's answer, naming no maker, like every
     * decision about the finding.
     *
     * @param <S>           the stores of the area that made the finding
     * @param policyVersion the policy version the finding was decided under
     */
    public static <S> Outcome<S, FindingViolation> link(Escalation escalation, RecordedViolation violation,
                                                        String policyVersion, Stamp stamp) {
        var finding = escalation.finding();
        var reasons = new ArrayList<>(escalation.reasons());
        reasons.add(Reason.of("§3.3.3", "service.finding.violation.recorded",
                "violation %s recorded; the ladder proposed %s".formatted(violation.violation().id(),
                        violation.penalty().map(p -> p.step().name()).orElse("no penalty")),
                "violation", violation.violation().id(), "ladderDecision", violation.proposal().id()));
        var decision = unattributed(stamp, FINDING_VIOLATION, finding, "VIOLATION_PROPOSED", reasons, policyVersion);
        var draft = Outcome.<S>draft();
        draft.decision(decision);
        draft.audit(stamp.audit("service.finding-violation", "service-finding", finding.id(),
                "violation " + violation.violation().id()));
        return draft.answer(s -> new FindingViolation(finding, violation, decision));
    }

    private static List<Reason> findingReasons(Observation observation, Severity standardSeverity,
                                               PolicyDefinition policy) {
        var standard = observation.standard();
        var severity = observation.severity().orElseThrow();
        return List.of(
                Reason.of("§2.3.1", "service.observation", "the service supervision group found a nonconformity with %s by %s"
                        .formatted(standard, observation.method()), "observation", observation.id(),
                        "method", observation.method(), "standard", standard),
                Reason.of(standard.clause(), "service.standard", policy.service().criterion(standard),
                        "standard", standard),
                observation.severityReason().map(why -> Reason.of("§2.3.1", "service.severity.stated",
                        "the recorder judged it %s where the policy gives %s: %s".formatted(severity,
                                standardSeverity, why), "severity", severity, "standardSeverity", standardSeverity))
                        .orElseGet(() -> Reason.of("§2.3.1", "service.severity.standard",
                                "policy version %s gives a nonconformity with %s the severity %s".formatted(
                                        policy.version(), standard, severity), "severity", severity)));
    }

    /**
     * A decision about {@code finding}'s employee that names no one as its maker: it would tell
     * the employee who recorded the observation or filed the report (§2.3.1).
     */
    static Decision unattributed(Stamp stamp, DecisionKind kind, ServiceFinding finding, String outcome,
                                         List<Reason> reasons, String policyVersion) {
        return new Decision(DecisionId.of(stamp.nextId()), kind, finding.employee(), outcome, reasons, policyVersion,
                finding.observedAt(), stamp.now(), Optional.empty());
    }
}
