package org.servicepolicy.testkit;

import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.rewards.RewardTransition;

/** Builds a {@link Reward}; start from {@link Fixtures#reward(String, DecisionId)}. */
public final class RewardBuilder {
    private final RewardId id;
    private final DecisionId decision;
    private EmployeeId employee = Fixtures.EMPLOYEE;
    private String ruleId = "excellent-grade";
    private RewardTrigger trigger = RewardTrigger.grade(Grade.EXCELLENT);
    private String source = "cycle:C-2025-Q1";
    private Set<RewardKind> kinds = EnumSet.of(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
            RewardKind.PUBLIC_COMMENDATION);
    private Optional<Money> bonus = Optional.of(Money.of("2000", "CNY"));
    private String citation = "Excellent in 2025-Q1 — 优秀员工, total 93.40";
    private Instant proposedAt = Fixtures.T0;
    private final List<RewardTransition> later = new ArrayList<>();
    private long version;

    RewardBuilder(String id, DecisionId decision) {
        this.id = RewardId.of(id);
        this.decision = decision;
    }

    /** Sets who earns it. */
    public RewardBuilder employee(EmployeeId value) {
        this.employee = value;
        return this;
    }

    /** Sets the policy's reward rule. */
    public RewardBuilder ruleId(String value) {
        this.ruleId = value;
        return this;
    }

    /** Sets what earned it. */
    public RewardBuilder trigger(RewardTrigger value) {
        this.trigger = value;
        return this;
    }

    /** Sets the occurrence of the trigger. */
    public RewardBuilder source(String value) {
        this.source = value;
        return this;
    }

    /** Sets the kinds given, without a bonus unless {@link #bonus(Money)} follows. */
    public RewardBuilder kinds(Set<RewardKind> value) {
        this.kinds = EnumSet.copyOf(value);
        this.bonus = Optional.empty();
        return this;
    }

    /** Sets the bonus. */
    public RewardBuilder bonus(Money value) {
        this.bonus = Optional.of(value);
        return this;
    }

    /** Sets the achievement in words. */
    public RewardBuilder citation(String value) {
        this.citation = value;
        return this;
    }

    /** Sets when it was proposed: the instant of the first, PROPOSED, transition. */
    public RewardBuilder proposedAt(Instant value) {
        this.proposedAt = value;
        return this;
    }

    /** Appends a transition after the proposal. */
    public RewardBuilder then(RewardStatus status, Instant at, EmployeeId by, Optional<String> reason) {
        this.later.add(new RewardTransition(status, at, by, reason));
        return this;
    }

    /** Sets the optimistic-locking version. */
    public RewardBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The reward, proposed by {@link Fixtures#HR}. */
    public Reward build() {
        var history = new ArrayList<RewardTransition>();
        history.add(new RewardTransition(RewardStatus.PROPOSED, proposedAt, Fixtures.HR, Optional.empty()));
        history.addAll(later);
        return new Reward(id, employee, ruleId, trigger, source, kinds, bonus, citation, decision, history, version);
    }
}
