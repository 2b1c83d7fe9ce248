package org.servicepolicy.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardKey;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.rewards.RewardStore;

class SuggestionServiceTest {
    private final Company company = new Company();
    private final SuggestionService suggestions = company.policy.suggestions();

    private Suggestion submitted() {
        return suggestions.submit(company.actor("staff"), new SubmitSuggestion("Shorter queue",
                "Open a second counter at lunchtime", SuggestionArea.PROCESSES));
    }

    private Suggestion underReview() {
        return suggestions.assignReviewer(company.actor("hr"), submitted().id(), "manager");
    }

    @Test
    void anEmployeeSubmitsASuggestion() {
        var suggestion = submitted();
        assertThat(suggestion.status()).isEqualTo(SuggestionStatus.SUBMITTED);
        assertThat(suggestion.author()).isEqualTo(EmployeeId.of("staff"));
        assertThat(suggestion.version()).isEqualTo(1);
        assertThat(company.stores.eventLog().after(0, 1000)).extracting(PublishedEvent::type)
                .contains("SuggestionSubmitted");
    }

    @Test
    void everyProblemOfASuggestionIsListedAtOnce() {
        assertThatThrownBy(() -> suggestions.submit(company.actor("staff"), new SubmitSuggestion(" ", null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("title", "text", "area"));
    }

    @Test
    void hrAssignsAReviewerWhoIsNotTheAuthor() {
        var suggestion = submitted();
        assertThatThrownBy(() -> suggestions.assignReviewer(company.actor("manager"), suggestion.id(), "colleague"))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> suggestions.assignReviewer(company.actor("hr"), suggestion.id(), "staff"))
                .isInstanceOf(PolicyRefusalException.class);
        assertThatThrownBy(() -> suggestions.assignReviewer(company.actor("hr"), suggestion.id(), "nobody"))
                .isInstanceOf(InvalidInputException.class);
        var reviewed = suggestions.assignReviewer(company.actor("hr"), suggestion.id(), "manager");
        assertThat(reviewed.status()).isEqualTo(SuggestionStatus.UNDER_REVIEW);
        assertThat(reviewed.reviewer()).contains(EmployeeId.of("manager"));
        var reassigned = suggestions.assignReviewer(company.actor("hr"), suggestion.id(), "pm");
        assertThat(reassigned.reviewer()).contains(EmployeeId.of("pm"));
    }

    @Test
    void adoptingASuggestionProposesItsReward() {
        var suggestion = underReview();
        var adopted = suggestions.adopt(company.actor("manager"), suggestion.id(), "trial from next month");
        assertThat(adopted.status()).isEqualTo(SuggestionStatus.ADOPTED);
        var rewards = suggestions.rewardsFor(company.actor("staff"), suggestion.id());
        assertThat(rewards).singleElement().satisfies(reward -> {
            assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
            assertThat(reward.kinds()).containsExactly(RewardKind.BONUS);
            assertThat(reward.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("500.00 CNY"));
            assertThat(company.stores.decisions().find(reward.decisionId()).orElseThrow().reasons())
                    .extracting(Reason::clause).containsOnly("§5.2.1");
        });
    }

    @Test
    void aSuggestionIsDecidedOnlyOnceAndOnlyUnderReview() {
        var suggestion = submitted();
        assertThatThrownBy(() -> suggestions.adopt(company.actor("hr"), suggestion.id(), null))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
        suggestions.assignReviewer(company.actor("hr"), suggestion.id(), "manager");
        suggestions.decline(company.actor("manager"), suggestion.id(), "a second counter needs more staff");
        assertThatThrownBy(() -> suggestions.adopt(company.actor("hr"), suggestion.id(), null))
                .isInstanceOf(ConflictException.class);
        assertThat(company.stores.rewards().all()).isEmpty();
    }

    @Test
    void decliningNeedsAReason() {
        var suggestion = underReview();
        assertThatThrownBy(() -> suggestions.decline(company.actor("manager"), suggestion.id(), ""))
                .isInstanceOf(InvalidInputException.class);
        var declined = suggestions.decline(company.actor("manager"), suggestion.id(), "already planned");
        assertThat(declined.history().get(2).note()).contains("already planned");
    }

    @Test
    void onlyTheReviewerOrHrDecidesAndNeverTheAuthor() {
        var suggestion = underReview();
        assertThatThrownBy(() -> suggestions.adopt(company.actor("colleague"), suggestion.id(), null))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> suggestions.adopt(company.actor("staff"), suggestion.id(), null))
                .isInstanceOf(AccessDeniedException.class).hasMessageContaining("in their own case (§1.3.3)");
        assertThat(suggestions.adopt(company.actor("hr"), suggestion.id(), null).status())
                .isEqualTo(SuggestionStatus.ADOPTED);
    }

    @Test
    void employeesSeeTheirOwnReviewersTheirsAndHrAll() {
        var mine = underReview();
        var other = suggestions.submit(company.actor("colleague"), new SubmitSuggestion("Name badges",
                "Wear name badges at the counter", SuggestionArea.MANAGEMENT));
        assertThat(suggestions.suggestions(company.actor("staff"))).containsExactly(mine);
        assertThat(suggestions.suggestions(company.actor("manager"))).containsExactly(mine);
        assertThat(suggestions.suggestions(company.actor("hr"))).containsExactly(mine, other);
        assertThat(suggestions.suggestions(company.actor("temp"))).isEmpty();
        assertThatThrownBy(() -> suggestions.suggestion(company.actor("staff"), other.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(suggestions.suggestion(company.actor("colleague"), other.id())).isEqualTo(other);
    }

    @Test
    void theRewardOfAnAdoptionFollowsTheVersionInForceWhenItWasAdoptedNotWhenItWasSubmitted() {
        var early = underReview();
        var late = suggestions.assignReviewer(company.actor("hr"), suggestions.submit(company.actor("colleague"),
                new SubmitSuggestion("Name badges", "Wear name badges at the counter", SuggestionArea.MANAGEMENT)).id(),
                "manager");
        var effective = company.clock.instant().plus(Duration.ofDays(1));
        company.policy.policies().publish(company.actor("hr"), "bigger-suggestion-bonus", effective,
                Map.of("reward.rule.adopted-suggestion.bonus", "800"));

        suggestions.adopt(company.actor("manager"), early.id(), null);
        company.clock.advance(Duration.ofDays(2));
        suggestions.adopt(company.actor("manager"), late.id(), null);

        assertThat(suggestions.rewardsFor(company.actor("staff"), early.id())).singleElement().satisfies(reward -> {
            assertThat(reward.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("500.00 CNY"));
            assertThat(company.stores.decisions().find(reward.decisionId()).orElseThrow().policyVersion())
                    .isEqualTo("standard");
        });
        assertThat(suggestions.rewardsFor(company.actor("colleague"), late.id())).singleElement().satisfies(reward -> {
            assertThat(reward.bonus()).hasValueSatisfying(b -> assertThat(b).hasToString("800.00 CNY"));
            assertThat(company.stores.decisions().find(reward.decisionId()).orElseThrow().policyVersion())
                    .isEqualTo("bigger-suggestion-bonus");
        });
    }

    @Test
    void anAdoptionAndTheRewardItProposesCommitAsOneOrNotAtAll() {
        var failing = new Company((builder, stores) -> builder.port(RewardStore.class, new RewardStore() {
            @Override
            public Reward add(Reward reward) {
                throw new StorageException("the reward store is down", null);
            }

            @Override
            public Reward update(Reward reward) {
                return stores.rewards().update(reward);
            }

            @Override
            public Optional<Reward> find(RewardId id) {
                return stores.rewards().find(id);
            }

            @Override
            public Optional<Reward> find(RewardKey key) {
                return stores.rewards().find(key);
            }

            @Override
            public List<Reward> of(EmployeeId employee) {
                return stores.rewards().of(employee);
            }

            @Override
            public List<Reward> all() {
                return stores.rewards().all();
            }
        }));
        var service = failing.policy.suggestions();
        var suggestion = service.assignReviewer(failing.actor("hr"), service.submit(failing.actor("staff"),
                new SubmitSuggestion("Shorter queue", "Open a second counter", SuggestionArea.PROCESSES)).id(), "manager");
        var events = failing.stores.eventLog().after(0, 1000).size();

        assertThatThrownBy(() -> service.adopt(failing.actor("manager"), suggestion.id(), null))
                .isInstanceOf(StorageException.class);

        assertThat(service.suggestion(failing.actor("hr"), suggestion.id()).status())
                .isEqualTo(SuggestionStatus.UNDER_REVIEW);
        assertThat(failing.stores.eventLog().after(0, 1000)).hasSize(events);
        assertThat(failing.stores.decisions().about(EmployeeId.of("staff"))).isEmpty();
    }
}
