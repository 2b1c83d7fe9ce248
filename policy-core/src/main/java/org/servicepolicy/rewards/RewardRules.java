package org.servicepolicy.rewards;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.kernel.Stored;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardRule;

/**
 * §3.3.2 (with §2.3.1, §2.3.3, §5.2.1 for what earns them): the policy's reward rules turn an
 * achievement into proposed rewards; HR approves and grants them or rejects them with a reason,
 * PROPOSED → APPROVED → GRANTED, PROPOSED or APPROVED → REJECTED; granted public commendations
 * make role models known to everyone. Pure: each function decides from the facts loaded and the
 * stamp.
 */
public final class RewardRules {
    /** The decision kind of a reward proposal. */
    public static final DecisionKind PROPOSAL = DecisionKind.of("reward.proposal");

    private RewardRules() {
    }

    /**
     * §3.3.2: each rule of the version in force when {@code achievement} happened that its trigger
     * sets off proposes one reward, with a stored decision that explains it. A rule that already
     * proposed a reward for this very achievement proposes nothing new: that reward is answered.
     */
    public static Outcome<RewardStores, List<Reward>> recognise(Achievement achievement,
                                                                RewardFacts.Recognising facts, Stamp stamp) {
        if (facts.employee().isEmpty()) {
            return Outcome.refused(Refusal.missing("employee", achievement.employee()));
        }
        var draft = Outcome.<RewardStores>draft();
        var answers = new ArrayList<Function<Stored, Reward>>();
        for (var rule : facts.policy().rewards().rulesFor(achievement.trigger())) {
            var key = new RewardKey(achievement.employee(), rule.id(), achievement.trigger(), achievement.source());
            var known = facts.known().stream().filter(r -> r.key().equals(key)).findFirst();
            if (known.isPresent()) {
                answers.add(stored -> known.get());
                continue;
            }
            var decision = stamp.decision(PROPOSAL, achievement.employee(), describe(rule), List.of(
                    achievement.because(), Reason.of(achievement.because().clause(), "reward.rule", "reward rule "
                            + rule.id() + " gives " + describe(rule) + " for " + achievement.trigger(), "rule", rule.id(),
                            "trigger", achievement.trigger(), "kinds", describe(rule), "source", achievement.source())),
                    facts.policy().version(), achievement.occurredAt());
            var bonus = rule.kinds().contains(RewardKind.BONUS) ? Optional.of(rule.bonus()) : Optional.<Money>empty();
            var reward = new Reward(RewardId.of(stamp.nextId()), achievement.employee(), rule.id(),
                    achievement.trigger(), achievement.source(), rule.kinds(), bonus, achievement.because().message(),
                    decision.id(), List.of(new RewardTransition(RewardStatus.PROPOSED, stamp.now(), stamp.actor().id(),
                    Optional.empty())), 0);
            draft.decision(decision);
            var proposed = draft.change(Change.of(s -> s.rewards().add(reward)));
            draft.event(RewardEvent.RewardStatusChanged.of(reward, stamp.now()));
            draft.audit(stamp.audit("reward.propose", "reward", reward.id().value(),
                    describe(rule) + " to " + reward.employee() + " by rule " + rule.id()));
            answers.add(stored -> stored.of(proposed));
        }
        return draft.answer(stored -> answers.stream().map(answer -> answer.apply(stored)).toList());
    }

    /** The rewards {@code rule} gives, in words: its kinds, and the bonus when it gives one. */
    public static String describe(RewardRule rule) {
        var kinds = rule.kinds().stream().map(Enum::name).collect(Collectors.joining(", "));
        return rule.kinds().contains(RewardKind.BONUS) ? kinds + " (bonus " + rule.bonus() + ")" : kinds;
    }

    /** §3.3.2: HR approves proposed reward {@code id}, never their own. */
    public static Outcome<RewardStores, Reward> approve(RewardId id, Optional<Reward> found, Stamp stamp) {
        return move(id, found, RewardStatus.APPROVED, Optional.empty(), stamp);
    }

    /** §3.3.2: HR grants approved reward {@code id}, never their own. */
    public static Outcome<RewardStores, Reward> grant(RewardId id, Optional<Reward> found, Stamp stamp) {
        return move(id, found, RewardStatus.GRANTED, Optional.empty(), stamp);
    }

    /** §3.3.2: HR rejects proposed or approved reward {@code id} with a reason, never their own. */
    public static Outcome<RewardStores, Reward> reject(RewardId id, Optional<Reward> found, String reason,
                                                       Stamp stamp) {
        return move(id, found, RewardStatus.REJECTED, Optional.of(reason), stamp);
    }

    /** The lifecycle of a reward: the refusal to move {@code reward} to {@code target}, if it may not. */
    public static Optional<Refusal> lifecycle(Reward reward, RewardStatus target) {
        return reward.status().next().contains(target) ? Optional.empty()
                : Optional.of(Refusal.transition("reward", reward.id(), reward.status(), target.verb()));
    }

    /**
     * §3.3.2: role models are publicised. The granted rewards that commend publicly, newest
     * first, each with the name and department of {@code employees}' record of its employee.
     */
    public static List<Commendation> commendations(List<Reward> rewards, Map<EmployeeId, Employee> employees) {
        return rewards.stream()
                .filter(r -> r.status() == RewardStatus.GRANTED && r.kinds().contains(RewardKind.PUBLIC_COMMENDATION))
                .filter(r -> employees.containsKey(r.employee()))
                .map(r -> {
                    var employee = employees.get(r.employee());
                    return new Commendation(r.id(), employee.id(), employee.name(), employee.department(),
                            r.citation(), r.entered(RewardStatus.GRANTED).orElseThrow().at());
                })
                .sorted(Comparator.comparing(Commendation::grantedAt).reversed()
                        .thenComparing(c -> c.reward().value()))
                .toList();
    }

    private static Outcome<RewardStores, Reward> move(RewardId id, Optional<Reward> found, RewardStatus target,
                                                      Optional<String> reason, Stamp stamp) {
        var actor = stamp.actor();
        var refused = RewardAccess.mayDecide(actor, target)
                .or(() -> found.isEmpty() ? Optional.of(Refusal.missing("reward", id)) : Optional.empty());
        if (refused.isPresent()) {
            return Outcome.refused(refused.get());
        }
        var reward = found.get();
        return Outcome.unless(RewardAccess.mayDecide(actor, reward, target).or(() -> lifecycle(reward, target)), () -> {
            var moved = reward.moveTo(target, stamp.now(), actor.id(), reason);
            var draft = Outcome.<RewardStores>draft();
            var stored = draft.change(Change.of(s -> s.rewards().update(moved)));
            draft.event(RewardEvent.RewardStatusChanged.of(moved, stamp.now()));
            draft.audit(stamp.audit("reward." + target.verb(), "reward", id.value(), reason.orElse(target.name())));
            return draft.answer(s -> s.of(stored));
        });
    }
}
