package org.servicepolicy.discipline;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.2, §3.3.3: recording a violation. Its severity follows the policy (§3.2.2), property damage
 * is assessed for compensation, and the ladder proposes the penalty the points in the window
 * earn; each is a decision with its reasons. Pure: the facts, the policy in force when the
 * violation happened, and the stamp in; the outcome out.
 */
public final class RecordingRule {
    private RecordingRule() {
    }

    /** Records {@code command} for the employee of {@code facts}, whose recorder is the stamp's actor. */
    public static Outcome<DisciplineStores, RecordedViolation> record(RecordViolation command,
                                                                       DisciplineFacts.Recording facts, Stamp stamp) {
        var refusal = refusal(command, facts);
        if (refusal.isPresent()) {
            return Outcome.refused(refusal.get());
        }
        var employee = facts.employee();
        var policy = facts.policy();
        var measured = new ViolationFacts(command.type(), Optional.ofNullable(command.minutes()),
                Optional.ofNullable(command.days()), Optional.ofNullable(command.severity()),
                Boolean.TRUE.equals(command.customerDataLeaked()), Optional.ofNullable(command.fault()));
        var severity = SeverityRule.severityOf(measured, policy.discipline());
        var compensation = command.type() == ViolationType.PROPERTY_DAMAGE
                ? Optional.of(CompensationRule.assess(new Damage(new Money(command.damageAmount(),
                        policy.company().currency()), command.fault()), employee.monthlyWage(), policy.discipline()))
                : Optional.<Verdict<Compensation>>empty();
        var now = stamp.now();
        var violation = new Violation(ViolationId.of(stamp.nextId()), employee.id(), command.type(),
                severity.outcome(), command.occurredAt(), now, stamp.actor().id(), command.description().strip(),
                Optional.ofNullable(command.minutes()), Optional.ofNullable(command.days()),
                Optional.ofNullable(command.ruleArea()), Boolean.TRUE.equals(command.customerDataLeaked()),
                compensation.map(Verdict::outcome), policy.version(), Optional.empty(), Optional.empty(), 0);

        var draft = Outcome.<DisciplineStores>draft();
        var proposed = propose(draft, violation, severity.reasons(), facts.history(), facts.penalties(), employee,
                policy, stamp);
        var compensationDecision = compensation.map(c -> stamp.decision(DisciplineService.COMPENSATION, employee.id(),
                c.outcome().amount().toString(), c.reasons(), policy.version(), violation.occurredAt()));
        compensationDecision.ifPresent(draft::decision);
        return draft.answer(stored -> new RecordedViolation(stored.of(proposed.violation()),
                proposed.penalty().map(stored::of), proposed.decision(), compensationDecision));
    }

    /**
     * What {@link #propose} added to a draft: the violation, the penalty the ladder proposed, if
     * any, and the ladder's decision.
     *
     * @param violation the change that adds the violation
     * @param penalty   the change that adds the proposed penalty
     * @param decision  the ladder's decision (§3.3.3)
     */
    record Proposed(Change<DisciplineStores, Violation> violation, Optional<Change<DisciplineStores, Penalty>> penalty,
                    Decision decision) {
    }

    /**
     * Adds {@code violation} to {@code draft} with the penalty the ladder proposes for it (§3.3.3)
     * and the decision that explains both, led by {@code why} (how severe it is, and anything
     * else that led to it).
     */
    static Proposed propose(Outcome.Draft<DisciplineStores> draft, Violation violation, List<Reason> why,
                            List<Violation> history, List<Penalty> penalties, Employee employee,
                            PolicyDefinition policy, Stamp stamp) {
        var now = stamp.now();
        var added = draft.change(Change.of(s -> s.violations().add(violation)));
        draft.event(new DisciplineEvent.ViolationRecorded(violation.id(), employee.id(), violation.type(),
                violation.severity(), now));
        draft.audit(stamp.audit("violation.record", "violation", violation.id().value(),
                violation.type() + " " + violation.severity() + " of " + employee.id()));

        var ladder = PenaltyLadder.propose(violation, history, penalties, employee, policy);
        var reasons = new ArrayList<>(why);
        reasons.addAll(ladder.reasons());
        var proposal = stamp.decision(DisciplineService.PROPOSAL, employee.id(), ladder.outcome().outcome(), reasons,
                policy.version(), violation.occurredAt());
        draft.decision(proposal);
        var proposed = ladder.outcome().step().map(step -> {
            var penalty = new Penalty(PenaltyId.of(stamp.nextId()), violation.id(), employee.id(), step,
                    ladder.outcome().fine(), proposal.id(),
                    List.of(new PenaltyTransition(PenaltyStatus.PROPOSED, now, stamp.actor().id(), Optional.empty())),
                    Optional.empty(), Optional.empty(), 0);
            draft.event(DisciplineEvent.PenaltyStatusChanged.of(penalty, now));
            draft.audit(stamp.audit("penalty.propose", "penalty", penalty.id().value(),
                    step + " for violation " + violation.id()));
            return draft.change(Change.of(s -> s.penalties().add(penalty)));
        });
        return new Proposed(added, proposed, proposal);
    }

    /** Why the violation cannot be recorded as it stands, if it cannot. */
    private static Optional<Refusal> refusal(RecordViolation command, DisciplineFacts.Recording facts) {
        var employee = facts.employee();
        var policy = facts.policy();
        if (!employee.status().employed()) {
            return Optional.of(Refusal.policy("§1.2", "discipline.employed", "employee " + employee.id() + " is "
                    + employee.status() + "; violations are recorded for employees", "employeeId"));
        }
        if (command.occurredAt().isBefore(employee.hireDate().atStartOfDay(policy.company().zone()).toInstant())) {
            return Optional.of(Refusal.invalid("occurredAt", "is before the employee's hire date " + employee.hireDate()));
        }
        if (command.type().excusedByLeave()) {
            var approved = facts.leave().stream().filter(l -> l.status() == LeaveStatus.APPROVED).toList();
            int measure = command.type().measure() == ViolationType.Measure.DAYS ? command.days() : command.minutes();
            var coverage = LeaveCoverage.of(command.type(), command.occurredAt(), measure, approved,
                    policy.discipline(), policy.company().zone());
            if (!coverage.none()) {
                return Optional.of(Refusal.policy("§3.2.2", "discipline.leave.covers",
                        "%s at %s is covered by approved leave %s: %s%s".formatted(command.type(),
                                command.occurredAt(), coverage.leave().stream().map(Object::toString)
                                        .collect(Collectors.joining(", ")), coverage.describe(command.type()),
                                coverage.whole() ? "" : " fall in it; record only the part outside the leave"),
                        "occurredAt"));
            }
        }
        if (command.type() == ViolationType.PROPERTY_DAMAGE
                && !policy.company().currency().getCurrencyCode().equals(command.damageCurrency())) {
            return Optional.of(Refusal.invalid("damage.currency", "must be " + policy.company().currency()
                    + ", the policy's currency"));
        }
        return Optional.empty();
    }
}
