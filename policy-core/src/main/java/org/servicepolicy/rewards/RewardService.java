package org.servicepolicy.rewards;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.IdGenerator;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Transactions;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardRule;

/**
 * Use cases of rewards (§3.3.2, §2.3.3, §2.3.1, §5.2.1): the policy's reward rules turn
 * achievements into proposed rewards, which HR approves and grants or rejects. Public
 * commendations are listed to every employee. Each command is one transaction.
 */
public final class RewardService {
    /** The decision kind of a reward proposal. */
    public static final DecisionKind PROPOSAL = DecisionKind.of("reward.proposal");

    private final RewardStore rewards;
    private final EmployeeStore employees;
    private final DecisionStore decisions;
    private final PolicyService policies;
    private final Transactions transactions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** Wires the service to its ports. */
    public RewardService(RewardStore rewards, EmployeeStore employees, DecisionStore decisions, PolicyService policies,
                         Transactions transactions, EventPublisher events, AuditTrail audit, IdGenerator ids,
                         Clock clock) {
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.employees = Objects.requireNonNull(employees, "employees");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Proposes the rewards that the rules in force when {@code achievement} happened give for it,
     * inside the caller's transaction, each with a stored decision that explains it. An
     * achievement already recognised proposes nothing new: the rewards proposed the first time
     * are returned. Called by the capability that established the achievement (the assessment,
     * suggestions), which has already decided that {@code actor} may establish it.
     */
    public List<Reward> recognise(Actor actor, Achievement achievement) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(achievement, "achievement");
        return transactions.inTransaction(() -> {
            existing(achievement.employee());
            var policy = policies.inForceAt(achievement.occurredAt());
            var now = clock.instant();
            var result = new ArrayList<Reward>();
            for (var rule : policy.rewards().rulesFor(achievement.trigger())) {
                var key = new RewardKey(achievement.employee(), rule.id(), achievement.trigger(), achievement.source());
                var known = rewards.find(key);
                if (known.isPresent()) {
                    result.add(known.get());
                    continue;
                }
                var decision = new Decision(DecisionId.of(ids.next()), PROPOSAL, achievement.employee(),
                        describe(rule), List.of(achievement.because(), Reason.of(achievement.because().clause(),
                                "reward.rule", "reward rule " + rule.id() + " gives " + describe(rule) + " for "
                                        + achievement.trigger(), "rule", rule.id(), "trigger", achievement.trigger(),
                                "kinds", describe(rule), "source", achievement.source())),
                        policy.version(), achievement.occurredAt(), now, Optional.of(actor.id()));
                decisions.append(decision);
                var bonus = rule.kinds().contains(RewardKind.BONUS) ? Optional.of(rule.bonus()) : Optional.<Money>empty();
                var reward = rewards.add(new Reward(RewardId.of(ids.next()), achievement.employee(), rule.id(),
                        achievement.trigger(), achievement.source(), rule.kinds(), bonus,
                        achievement.because().message(), decision.id(),
                        List.of(new RewardTransition(RewardStatus.PROPOSED, now, actor.id(), Optional.empty())), 0));
                announce(reward, now);
                audit.record(new AuditEntry(now, actor.id(), "reward.propose", "reward", reward.id().value(),
                        describe(rule) + " to " + reward.employee() + " by rule " + rule.id()));
                result.add(reward);
            }
            return result;
        });
    }

    private static String describe(RewardRule rule) {
        var kinds = rule.kinds().stream().map(Enum::name).collect(Collectors.joining(", "));
        return rule.kinds().contains(RewardKind.BONUS) ? kinds + " (bonus " + rule.bonus() + ")" : kinds;
    }

    /** Approves a proposed reward (HR; nobody approves their own). */
    public Reward approve(Actor actor, RewardId id) {
        return move(actor, id, RewardStatus.APPROVED, Optional.empty());
    }

    /** Grants an approved reward (HR; nobody grants their own). */
    public Reward grant(Actor actor, RewardId id) {
        return move(actor, id, RewardStatus.GRANTED, Optional.empty());
    }

    /** Rejects a proposed or approved reward, with a reason (HR; nobody rejects their own). */
    public Reward reject(Actor actor, RewardId id, String reason) {
        new Inputs().text(reason, "reason").throwIfAny();
        return move(actor, id, RewardStatus.REJECTED, Optional.of(reason.strip()));
    }

    private Reward move(Actor actor, RewardId id, RewardStatus target, Optional<String> reason) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(id, "id");
        if (!actor.isHr()) {
            throw new AccessDeniedException("only HR may " + target.verb() + " rewards");
        }
        return transactions.inTransaction(() -> {
            var reward = find(id);
            Access.requireNotOwnCase(actor, reward.employee(), target.verb() + " a reward");
            var now = clock.instant();
            var stored = rewards.update(reward.moveTo(target, now, actor.id(), reason));
            announce(stored, now);
            audit.record(new AuditEntry(now, actor.id(), "reward." + target.verb(), "reward", id.value(),
                    reason.orElse(target.name())));
            return stored;
        });
    }

    /**
     * The rewards the actor may see, optionally only those in {@code status}: HR every reward, a
     * manager their department's, everyone their own.
     */
    public List<Reward> rewards(Actor actor, Optional<RewardStatus> status) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(status, "status");
        var visible = actor.isHr() ? rewards.all()
                : rewards.all().stream().filter(r -> actor.is(r.employee())
                        || employees.find(r.employee()).filter(e -> actor.manages(e.department())).isPresent()).toList();
        return visible.stream().filter(r -> status.isEmpty() || r.status() == status.get()).toList();
    }

    /** The rewards of {@code employee}: the employee, their department's manager and HR may see them. */
    public List<Reward> rewardsOf(Actor actor, EmployeeId employee) {
        var subject = existing(employee);
        Access.requireViewPersonnel(actor, subject, "employee", employee);
        return rewards.of(employee);
    }

    /** One reward, if the actor may see its employee's rewards. */
    public Reward reward(Actor actor, RewardId id) {
        var reward = find(id);
        Access.requireViewPersonnel(actor, existing(reward.employee()), "reward", id);
        return reward;
    }

    /** The granted public commendations (§3.3.2: role models are publicised), newest first; every employee sees them. */
    public List<Commendation> commendations(Actor actor) {
        Objects.requireNonNull(actor, "actor");
        return rewards.all().stream()
                .filter(r -> r.status() == RewardStatus.GRANTED && r.kinds().contains(RewardKind.PUBLIC_COMMENDATION))
                .map(r -> {
                    var employee = existing(r.employee());
                    return new Commendation(r.id(), employee.id(), employee.name(), employee.department(),
                            r.citation(), r.entered(RewardStatus.GRANTED).orElseThrow().at());
                })
                .sorted(Comparator.comparing(Commendation::grantedAt).reversed()
                        .thenComparing(c -> c.reward().value()))
                .toList();
    }

    private void announce(Reward reward, Instant now) {
        events.publish(new RewardEvents.RewardStatusChanged(reward.id().value(), reward.employee().value(),
                reward.ruleId(), reward.kinds().stream().map(Enum::name).collect(Collectors.joining(",")),
                reward.status().name(), now));
    }

    private Reward find(RewardId id) {
        return rewards.find(id).orElseThrow(() -> new NotFoundException("reward", id));
    }

    private Employee existing(EmployeeId id) {
        return employees.find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }
}
