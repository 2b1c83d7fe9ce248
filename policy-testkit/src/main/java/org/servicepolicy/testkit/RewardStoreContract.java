package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardKey;
import org.servicepolicy.rewards.RewardStatus;

/**
 * The contract of {@link org.servicepolicy.rewards.RewardStore}: a reward comes back with its
 * kinds, bonus and whole history, found by id and by its natural key (one reward per employee,
 * rule, trigger and source); rewards are listed oldest proposal first; optimistic locking holds.
 */
public abstract class RewardStoreContract extends PortContract {
    private static final DecisionId DECISION = DecisionId.of("DEC-1");
    private static final EmployeeId OTHER = EmployeeId.of("E-other");

    @BeforeEach
    void seedThePeopleAndDecisionRewardsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(OTHER);
        givenDecision(Fixtures.decision(DECISION.value()).kind("reward.proposal").outcome("PROPOSED").build());
    }

    @Test
    void aProposedRewardIsFoundByIdAndByKeyAsAddedAtVersionOne() {
        var reward = Fixtures.reward("R-1", DECISION).build();

        var stored = ports().rewards().add(reward);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(reward);
        assertThat(ports().rewards().find(reward.id())).contains(stored);
        assertThat(ports().rewards().find(reward.key())).contains(stored);
        var found = ports().rewards().find(reward.id()).orElseThrow();
        assertThat(found.status()).isEqualTo(RewardStatus.PROPOSED);
        assertThat(found.kinds()).containsExactlyInAnyOrder(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                RewardKind.PUBLIC_COMMENDATION);
        assertThat(found.bonus()).contains(Money.of("2000.00", "CNY"));
    }

    @ParameterizedTest
    @EnumSource(RewardKind.class)
    void everyKindAloneIsKeptWithoutABonus(RewardKind kind) {
        ports().rewards().add(Fixtures.reward("R-1", DECISION).kinds(Set.of(kind)).build());

        var found = ports().rewards().find(RewardId.of("R-1")).orElseThrow();
        assertThat(found.kinds()).containsExactly(kind);
        assertThat(found.bonus()).isEmpty();
    }

    @Test
    void everyKindTogetherIsKept() {
        var reward = Fixtures.reward("R-1", DECISION).kinds(EnumSet.allOf(RewardKind.class))
                .bonus(Money.of("800", "CNY")).build();

        ports().rewards().add(reward);

        assertThat(ports().rewards().find(reward.id()).orElseThrow().kinds())
                .containsExactlyInAnyOrder(RewardKind.values());
    }

    @ParameterizedTest
    @CsvSource({"2000, CNY, 2000.00", "0.5, EUR, 0.50", "1500, JPY, 1500", "12.345, BHD, 12.345",
            "9999999999.99, USD, 9999999999.99"})
    void aBonusKeepsItsAmountInTheMinorUnitsOfItsCurrency(String amount, String currency, String kept) {
        ports().rewards().add(Fixtures.reward("R-1", DECISION).kinds(Set.of(RewardKind.BONUS))
                .bonus(Money.of(amount, currency)).build());

        var bonus = ports().rewards().find(RewardId.of("R-1")).orElseThrow().bonus().orElseThrow();
        assertThat(bonus).isEqualTo(Money.of(amount, currency));
        assertThat(bonus.amount().toPlainString()).isEqualTo(kept);
    }

    @Test
    void aGrantedRewardKeepsItsHistoryInOrder() {
        var reward = Fixtures.reward("R-1", DECISION)
                .then(RewardStatus.APPROVED, Fixtures.minutesAfterT0(10), EmployeeId.of("E-hr2"), Optional.empty())
                .then(RewardStatus.GRANTED, Fixtures.minutesAfterT0(20), Fixtures.HR,
                        Optional.of("handed over at the quarterly meeting — 季度大会"))
                .build();

        var stored = ports().rewards().add(reward);

        var found = ports().rewards().find(reward.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.history()).containsExactlyElementsOf(reward.history());
        assertThat(found.status()).isEqualTo(RewardStatus.GRANTED);
    }

    @Test
    void aTriggerTheLibraryDoesNotFireYetAndALongSourceAreKept() {
        var trigger = new RewardTrigger("service.evaluation.top-" + "x".repeat(70));
        var source = "supervision-report:" + "R".repeat(64) + ":2025-Q1";
        var reward = Fixtures.reward("R-1", DECISION).ruleId("service-star-" + "9".repeat(27)).trigger(trigger)
                .source(source).build();

        var stored = ports().rewards().add(reward);

        assertThat(ports().rewards().find(new RewardKey(Fixtures.EMPLOYEE, reward.ruleId(), trigger, source)))
                .contains(stored);
    }

    @Test
    void anUpdateStoresTheGrownHistoryAtTheNextVersion() {
        var stored = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());
        var approved = stored.moveTo(RewardStatus.APPROVED, Fixtures.minutesAfterT0(5), Fixtures.HR, Optional.empty());

        var updated = ports().rewards().update(approved);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(approved);
        assertThat(ports().rewards().find(stored.id())).contains(updated);
        assertThat(ports().rewards().find(stored.key())).contains(updated);
    }

    @Test
    void everyUpdateIncrementsTheVersion() {
        var stored = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());

        var approved = ports().rewards().update(stored.moveTo(RewardStatus.APPROVED, Fixtures.minutesAfterT0(1),
                Fixtures.HR, Optional.empty()));
        var rejected = ports().rewards().update(approved.moveTo(RewardStatus.REJECTED, Fixtures.minutesAfterT0(2),
                Fixtures.HR, Optional.of("the grade was revised")));

        assertThat(approved.version()).isEqualTo(2);
        assertThat(rejected.version()).isEqualTo(3);
        var found = ports().rewards().find(stored.id()).orElseThrow();
        assertThat(found.history()).extracting(t -> t.status())
                .containsExactly(RewardStatus.PROPOSED, RewardStatus.APPROVED, RewardStatus.REJECTED);
        assertThat(found.history().get(2).reason()).contains("the grade was revised");
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());
        var current = ports().rewards().update(stored.moveTo(RewardStatus.APPROVED, Fixtures.minutesAfterT0(1),
                Fixtures.HR, Optional.empty()));

        assertConflict("stale-version", () -> ports().rewards().update(stored.moveTo(RewardStatus.REJECTED,
                Fixtures.minutesAfterT0(2), Fixtures.HR, Optional.of("late"))));
        assertThat(ports().rewards().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownRewardIsNotFound() {
        var unknown = Fixtures.reward("R-unknown", DECISION).version(1).build();

        assertThatThrownBy(() -> ports().rewards().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().rewards().find(unknown.id())).isEmpty();
        assertThat(ports().rewards().find(unknown.key())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());

        assertConflict("duplicate", () -> ports().rewards().add(Fixtures.reward("R-1", DECISION)
                .source("cycle:C-2025-Q2").build()));
        assertThat(ports().rewards().all()).containsExactly(first);
    }

    @Test
    void addingASecondRewardWithTheSameKeyIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());

        assertConflict("duplicate", () -> ports().rewards().add(Fixtures.reward("R-2", DECISION)
                .kinds(Set.of(RewardKind.HONOUR_CERTIFICATE)).proposedAt(Fixtures.minutesAfterT0(5)).build()));
        assertThat(ports().rewards().find(RewardId.of("R-2"))).isEmpty();
        assertThat(ports().rewards().find(first.key())).contains(first);
        assertThat(ports().rewards().all()).containsExactly(first);
    }

    @Test
    void rewardsWhoseKeysDifferInOnePartAreDistinct() {
        var first = ports().rewards().add(Fixtures.reward("R-1", DECISION).build());
        var otherEmployee = ports().rewards().add(Fixtures.reward("R-2", DECISION).employee(OTHER).build());
        var otherRule = ports().rewards().add(Fixtures.reward("R-3", DECISION).ruleId("excellent-bonus").build());
        var otherTrigger = ports().rewards().add(Fixtures.reward("R-4", DECISION)
                .trigger(RewardTrigger.EXCELLENT_IN_CONSECUTIVE_CYCLES).build());
        var otherSource = ports().rewards().add(Fixtures.reward("R-5", DECISION).source("cycle:C-2025-Q2").build());

        for (var reward : new Reward[] {first, otherEmployee, otherRule, otherTrigger, otherSource}) {
            assertThat(ports().rewards().find(reward.key())).contains(reward);
        }
        assertThat(ports().rewards().find(new RewardKey(OTHER, "excellent-bonus", RewardTrigger.grade(Grade.EXCELLENT),
                "cycle:C-2025-Q1"))).isEmpty();
    }

    @Test
    void anUnknownRewardIsNotFound() {
        ports().rewards().add(Fixtures.reward("R-1", DECISION).build());

        assertThat(ports().rewards().find(RewardId.of("R-2"))).isEmpty();
    }

    @Test
    void anEmployeesRewardsAreListedOldestProposalFirst() {
        var latest = add(Fixtures.reward("R-a", DECISION).source("s-1").proposedAt(Fixtures.minutesAfterT0(60)));
        var earliest = add(Fixtures.reward("R-b", DECISION).source("s-2").proposedAt(Fixtures.minutesAfterT0(-60)));
        add(Fixtures.reward("R-c", DECISION).employee(OTHER).source("s-3"));
        var middle = add(Fixtures.reward("R-d", DECISION).source("s-4")
                .then(RewardStatus.APPROVED, Fixtures.minutesAfterT0(120), Fixtures.HR, Optional.empty()));

        assertThat(ports().rewards().of(Fixtures.EMPLOYEE)).containsExactly(earliest, middle, latest);
        assertThat(ports().rewards().of(Fixtures.HR)).isEmpty();
    }

    @Test
    void everyRewardIsListedOldestProposalFirstThenById() {
        var laterProposal = add(Fixtures.reward("R-a", DECISION).source("s-1").proposedAt(Fixtures.minutesAfterT0(1)));
        var sameTimeHigherId = add(Fixtures.reward("R-c", DECISION).employee(OTHER).source("s-2"));
        var sameTimeLowerId = add(Fixtures.reward("R-b", DECISION).source("s-3"));

        assertThat(ports().rewards().all()).containsExactly(sameTimeLowerId, sameTimeHigherId, laterProposal);
    }

    @Test
    void anEmptyStoreListsNoReward() {
        assertThat(ports().rewards().all()).isEmpty();
        assertThat(ports().rewards().of(Fixtures.EMPLOYEE)).isEmpty();
    }

    private Reward add(RewardBuilder builder) {
        return ports().rewards().add(builder.build());
    }
}
