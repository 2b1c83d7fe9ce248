package org.servicepolicy.service.evaluation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.rewards.Achievement;

/**
 * §2.3.3, §5.2.2: the rules of the periodic service evaluation. Pure: each function decides from
 * the facts loaded and the stamp. Periods whose scopes overlap may not share a day, so that
 * nobody is evaluated twice for the same days; internal scores are taken while a period is open,
 * one per scorer role and employee, a new one replacing the earlier; finalising scores every
 * employee evaluated with {@link ServiceScoring}, stores the results, and says which rewards,
 * follow-ups and violations they bring.
 */
public final class ServiceEvaluationRules {
    /** The decision kind of a service evaluation result. */
    public static final DecisionKind RESULT = DecisionKind.of("service.evaluation");

    private ServiceEvaluationRules() {
    }

    /**
     * What finalising a period decided.
     *
     * @param period       the finalised period
     * @param results      its results, by employee
     * @param followUps    the follow-ups opened for SUBSTANDARD results
     * @param achievements the EXCELLENT results, for the reward rules
     * @param violations   the SUBSTANDARD results, with the severity of the violation each proposes
     */
    public record Finalised(ServiceEvaluationPeriod period, List<ServiceEvaluationResult> results,
                            List<ServiceTrainingFollowUp> followUps, List<Achievement> achievements,
                            List<ProposedViolation> violations) {
        /** Copies the lists. */
        public Finalised {
            Objects.requireNonNull(period, "period");
            results = List.copyOf(results);
            followUps = List.copyOf(followUps);
            achievements = List.copyOf(achievements);
            violations = List.copyOf(violations);
        }
    }

    /**
     * The company-rule violation a SUBSTANDARD result proposes (§3.3.3).
     *
     * @param result   the result
     * @param severity the policy's severity, heavier when the previous result was SUBSTANDARD too
     * @param repeated whether it was
     */
    public record ProposedViolation(ServiceEvaluationResult result, Severity severity, boolean repeated) {
        /** Requires every part. */
        public ProposedViolation {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(severity, "severity");
        }
    }

    /** §2.3.3: HR opens a period; it may not share a day with a period whose scope overlaps. */
    public static Outcome<ServiceEvaluationStores, ServiceEvaluationPeriod> open(OpenServiceEvaluationPeriod command,
            ServiceEvaluationFacts.Opening facts, Stamp stamp) {
        var refusal = ServiceEvaluationAccess.mayOpen(stamp.actor());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var unknown = command.departmentIds().stream()
                .filter(d -> !facts.departments().contains(DepartmentId.of(d))).toList();
        if (!unknown.isEmpty()) {
            return Outcome.refused(Refusal.invalid("departmentIds", "no such department: " + String.join(", ", unknown)));
        }
        var scope = command.departmentIds().isEmpty() ? CycleScope.company()
                : CycleScope.of(command.departmentIds().stream().map(DepartmentId::of).collect(Collectors.toSet()));
        var period = new ServiceEvaluationPeriod(ServiceEvaluationPeriodId.of(stamp.nextId()), command.name().strip(),
                command.from(), command.to(), facts.policy().company().zone(), scope,
                ServiceEvaluationPeriod.Status.OPEN, stamp.now(), stamp.actor().id(), Optional.empty(),
                Optional.empty(), 0);
        var overlapping = facts.periods().stream().filter(period::overlaps).findFirst();
        if (overlapping.isPresent()) {
            var other = overlapping.get();
            return Outcome.refused(Refusal.policy("§2.3.3", "service.evaluation.period.overlap",
                    "period %s (%s to %s, %s) overlaps period %s (%s to %s, %s): nobody is evaluated twice for the same days"
                            .formatted(period.name(), period.from(), period.to(), scope, other.id(), other.from(),
                                    other.to(), other.scope()), "from"));
        }
        var draft = Outcome.<ServiceEvaluationStores>draft();
        var added = draft.change(Change.of(s -> s.evaluations().add(period)));
        draft.event(new ServiceEvaluationEvent.PeriodOpened(period.id(), period.from(), period.to(), scope, stamp.now()));
        draft.audit(stamp.audit("service-evaluation.open", "service-evaluation-period", period.id().value(),
                period.name() + " " + period.from() + " to " + period.to() + ", " + scope));
        return draft.answer(stored -> stored.of(added));
    }

    /**
     * §2.3.3, §1.3.3: the superior or the supervision group scores an employee evaluated in an
     * open period, never themself; the new score replaces the role's earlier one.
     */
    public static Outcome<ServiceEvaluationStores, InternalScore> score(SubmitServiceScores command,
            ServiceEvaluationFacts.Scoring facts, Stamp stamp) {
        var period = facts.period();
        var employee = facts.employee();
        var refusal = ServiceEvaluationAccess.mayScore(stamp.actor(), employee);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (period.status() != ServiceEvaluationPeriod.Status.OPEN) {
            return Outcome.refused(Refusal.transition("service evaluation period", period.id(), period.status(), "score"));
        }
        if (!period.evaluates(employee)) {
            return Outcome.refused(Refusal.policy("§2.3.3", "service.evaluation.not-evaluated",
                    "period %s (%s) does not evaluate %s".formatted(period.id(), period.scope(), employee.id()),
                    "employeeId"));
        }
        var role = ServiceEvaluationAccess.roleOf(stamp.actor(), employee).orElseThrow();
        var score = new InternalScore(period.id(), employee.id(), role, stamp.actor().id(), command.byDimension(),
                stamp.now());
        var draft = Outcome.<ServiceEvaluationStores>draft();
        var stored = draft.change(Change.of(s -> s.evaluations().put(score)));
        draft.audit(stamp.audit("service-evaluation.score", "service-evaluation-period", period.id().value(),
                role + " scored " + employee.id() + ": " + score.scores()));
        return draft.answer(s -> s.of(stored));
    }

    /** §2.3.3: HR or the supervision group enters a customer's score, never about themself. */
    public static Outcome<ServiceEvaluationStores, CustomerScore> recordCustomerScore(RecordCustomerScore command,
            ServiceEvaluationFacts.CustomerScoring facts, Stamp stamp) {
        var refusal = ServiceEvaluationAccess.mayRecordCustomerScore(stamp.actor(), facts.employee());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var score = new CustomerScore(stamp.nextId(), facts.employee().id(), command.score(), command.source(),
                command.sourceReference().strip(), command.givenAt(), stamp.now());
        var draft = Outcome.<ServiceEvaluationStores>draft();
        var stored = draft.change(Change.of(s -> s.customerScores().add(score)));
        draft.audit(stamp.audit("service-evaluation.customer-score", "customer-score", score.id(),
                score.employee() + " scored " + score.score() + " by " + score.source() + " " + score.sourceReference()));
        return draft.answer(s -> s.of(stored));
    }

    /**
     * §2.3.3, §5.2.2: HR finalises a period once it has ended, never one that evaluates themself:
     * every employee evaluated is scored, each result stored with a decision giving every
     * dimension, method, input and deduction, and the period locked, all at once. EXCELLENT
     * results are achievements for the reward rules; SUBSTANDARD results open a training
     * follow-up and propose a violation, heavier when the employee's previous result was
     * SUBSTANDARD too. A finalised period answers its stored results and changes nothing.
     */
    public static Outcome<ServiceEvaluationStores, Finalised> finalise(ServiceEvaluationFacts.Finalising facts,
                                                                      Stamp stamp) {
        var period = facts.period();
        if (period.status() == ServiceEvaluationPeriod.Status.FINALISED) {
            return Outcome.<ServiceEvaluationStores>draft().answer(s -> new Finalised(period, facts.stored(),
                    List.of(), List.of(), List.of()));
        }
        var refusal = ServiceEvaluationAccess.mayFinalise(stamp.actor())
                .or(() -> facts.evaluated().stream()
                        .map(e -> ServiceEvaluationAccess.mayFinaliseFor(stamp.actor(), e))
                        .flatMap(Optional::stream).findFirst());
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        if (!period.endedBy(stamp.now())) {
            return Outcome.refused(Refusal.policy("§2.3.3", "service.evaluation.period.running",
                    "period %s runs until %s: it is finalised after its last day".formatted(period.id(), period.to())));
        }
        var policy = facts.policy();
        var evaluation = policy.serviceEvaluation();
        var draft = Outcome.<ServiceEvaluationStores>draft();
        var results = new ArrayList<ServiceEvaluationResult>();
        var followUps = new ArrayList<ServiceTrainingFollowUp>();
        var achievements = new ArrayList<Achievement>();
        var violations = new ArrayList<ProposedViolation>();
        for (var employee : facts.evaluated().stream().sorted(Comparator.comparing(e -> e.id().value())).toList()) {
            var id = employee.id();
            var scored = ServiceScoring.score(id,
                    facts.customerScores().stream().filter(c -> c.employee().equals(id)).toList(),
                    facts.internalScores().stream().filter(s -> s.employee().equals(id)).toList(),
                    facts.findings().getOrDefault(id, List.of()), evaluation);
            if (scored.score().isEmpty()) {
                continue;
            }
            var band = scored.band().orElseThrow();
            var previous = facts.earlier().getOrDefault(id, List.of()).stream()
                    .filter(r -> r.periodTo().isBefore(period.from()))
                    .max(Comparator.comparing(ServiceEvaluationResult::periodTo));
            boolean repeated = previous.filter(r -> r.band() == ServiceBand.SUBSTANDARD).isPresent();
            var reasons = new ArrayList<>(scored.reasons());
            reasons.add(0, Reason.of("§2.3.3", "service.evaluation.period",
                    "service evaluation period %s, %s to %s, %s".formatted(period.id(), period.from(), period.to(),
                            period.scope()), "period", period.id(), "from", period.from(), "to", period.to()));
            var resultId = stamp.nextId();
            switch (band) {
                case EXCELLENT -> reasons.add(Reason.of("§2.3.3", "service.evaluation.excellent",
                        "excellent service is rewarded: the reward rules for " + RewardTrigger.EXCELLENT_SERVICE
                                + " apply", "trigger", RewardTrigger.EXCELLENT_SERVICE));
                case SUBSTANDARD -> {
                    var severity = repeated ? evaluation.repeatedSubstandardSeverity() : evaluation.substandardSeverity();
                    var kind = repeated ? evaluation.repeatedFollowUp() : evaluation.followUp();
                    reasons.add(Reason.of("§2.3.3", "service.evaluation.substandard",
                            "%s: a %s follow-up is opened and a %s company-rule violation (service) goes to the penalty ladder%s"
                                    .formatted(repeated ? "SUBSTANDARD again after period " + previous.get().period()
                                            : "SUBSTANDARD", kind, severity, repeated ? ", heavier for the repetition" : ""),
                            "followUp", kind, "violationSeverity", severity, "repeated", repeated));
                }
                case STANDARD -> reasons.add(Reason.of("§2.3.3", "service.evaluation.standard",
                        "STANDARD service: no reward and no follow-up"));
            }
            var decision = stamp.decision(RESULT, id, band.name(), reasons, policy.version(), period.closesAt()
                    .minusNanos(1000));
            draft.decision(decision);
            var result = new ServiceEvaluationResult(resultId, period.id(), period.from(), period.to(), id,
                    employee.department(), scored.score().get(), band, scored.dimensionScores(), decision.id(),
                    policy.version(), stamp.now());
            results.add(result);
            draft.event(new ServiceEvaluationEvent.ResultFinalised(period.id(), id, result.score(), band, stamp.now()));
            if (band == ServiceBand.EXCELLENT) {
                achievements.add(new Achievement(RewardTrigger.EXCELLENT_SERVICE, id, "service-evaluation:" + resultId,
                        stamp.now(), Reason.of("§2.3.3", "service.evaluation.excellent",
                        "EXCELLENT service (%s) in service evaluation period %s, %s to %s".formatted(
                                result.score().toPlainString(), period.id(), period.from(), period.to()),
                        "result", resultId, "period", period.id())));
            }
            if (band == ServiceBand.SUBSTANDARD) {
                var kind = repeated ? evaluation.repeatedFollowUp() : evaluation.followUp();
                var followUp = new ServiceTrainingFollowUp(stamp.nextId(), id, kind, resultId, period.id(),
                        ServiceTrainingFollowUp.Status.OPEN, stamp.now());
                followUps.add(followUp);
                draft.event(new ServiceEvaluationEvent.FollowUpOpened(followUp.id(), id, kind.name(), stamp.now()));
                violations.add(new ProposedViolation(result, repeated ? evaluation.repeatedSubstandardSeverity()
                        : evaluation.substandardSeverity(), repeated));
            }
        }
        var finalised = period.finalised(stamp.now(), stamp.actor().id());
        var updated = draft.change(Change.of(s -> s.evaluations().update(finalised)));
        draft.change(Change.of(s -> {
            s.evaluations().addResults(results);
            s.evaluations().addFollowUps(followUps);
            return null;
        }));
        draft.audit(stamp.audit("service-evaluation.finalise", "service-evaluation-period", period.id().value(),
                results.size() + " result(s): " + results.stream().collect(Collectors.groupingBy(
                        ServiceEvaluationResult::band, TreeMap::new, Collectors.counting()))));
        return draft.answer(s -> new Finalised(s.of(updated), results, followUps, achievements, violations));
    }
}
