package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionArea;
import org.servicepolicy.suggestions.SuggestionId;
import org.servicepolicy.suggestions.SuggestionStatus;

/**
 * The contract of {@link org.servicepolicy.suggestions.SuggestionStore}: a suggestion comes back
 * with its text, area, reviewer and whole history, every suggestion is listed oldest first then
 * by id, and optimistic locking holds.
 */
public abstract class SuggestionStoreContract extends PortContract {
    private static final EmployeeId REVIEWER = EmployeeId.of("E-reviewer");
    private static final EmployeeId SECOND_REVIEWER = EmployeeId.of("E-reviewer2");

    @BeforeEach
    void seedThePeopleSuggestionsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(REVIEWER);
        givenEmployee(SECOND_REVIEWER);
    }

    @Test
    void aSubmittedSuggestionIsFoundAsAddedAtVersionOne() {
        var suggestion = Fixtures.suggestion("S-1").build();

        var stored = ports().suggestions().add(suggestion);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(suggestion);
        var found = ports().suggestions().find(suggestion.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(SuggestionStatus.SUBMITTED);
        assertThat(found.reviewer()).isEmpty();
    }

    @Test
    void anAdoptedSuggestionKeepsItsReviewerAndItsHistoryInOrder() {
        var suggestion = Fixtures.suggestion("S-1").reviewer(SECOND_REVIEWER)
                .then(SuggestionStatus.UNDER_REVIEW, Fixtures.minutesAfterT0(10), Fixtures.HR,
                        Optional.of("reviewer " + REVIEWER))
                .then(SuggestionStatus.UNDER_REVIEW, Fixtures.minutesAfterT0(20), Fixtures.HR,
                        Optional.of("reviewer " + SECOND_REVIEWER))
                .then(SuggestionStatus.ADOPTED, Fixtures.minutesAfterT0(30), SECOND_REVIEWER,
                        Optional.of("采纳 — saves an hour a shift"))
                .build();

        var stored = ports().suggestions().add(suggestion);

        var found = ports().suggestions().find(suggestion.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.history()).containsExactlyElementsOf(suggestion.history());
        assertThat(found.reviewer()).contains(SECOND_REVIEWER);
        assertThat(found.status()).isEqualTo(SuggestionStatus.ADOPTED);
    }

    @ParameterizedTest
    @EnumSource(SuggestionArea.class)
    void everyAreaIsKept(SuggestionArea area) {
        ports().suggestions().add(Fixtures.suggestion("S-1").area(area).build());

        assertThat(ports().suggestions().find(SuggestionId.of("S-1")).orElseThrow().area()).isEqualTo(area);
    }

    @Test
    void aLongTextOutsideAsciiIsKeptWhole() {
        var text = "建议：将交接表改为清单。Replace the hand-over form with a checklist.\n".repeat(200);
        var suggestion = Fixtures.suggestion("S-1").title("交接清单 — hand-over checklist").text(text).build();

        ports().suggestions().add(suggestion);

        var found = ports().suggestions().find(suggestion.id()).orElseThrow();
        assertThat(found.text()).isEqualTo(text);
        assertThat(found.title()).isEqualTo(suggestion.title());
    }

    @Test
    void anUpdateStoresTheReviewerAndTheGrownHistoryAtTheNextVersion() {
        var stored = ports().suggestions().add(Fixtures.suggestion("S-1").build());
        var underReview = stored.moveTo(SuggestionStatus.UNDER_REVIEW, Fixtures.minutesAfterT0(5), Fixtures.HR,
                Optional.of("reviewer " + REVIEWER), Optional.of(REVIEWER));

        var updated = ports().suggestions().update(underReview);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(underReview);
        assertThat(ports().suggestions().find(stored.id())).contains(updated);
    }

    @Test
    void everyUpdateIncrementsTheVersionAndReplacesTheReviewer() {
        var stored = ports().suggestions().add(Fixtures.suggestion("S-1").build());

        var assigned = ports().suggestions().update(stored.moveTo(SuggestionStatus.UNDER_REVIEW,
                Fixtures.minutesAfterT0(1), Fixtures.HR, Optional.empty(), Optional.of(REVIEWER)));
        var reassigned = ports().suggestions().update(assigned.moveTo(SuggestionStatus.UNDER_REVIEW,
                Fixtures.minutesAfterT0(2), Fixtures.HR, Optional.empty(), Optional.of(SECOND_REVIEWER)));
        var declined = ports().suggestions().update(reassigned.moveTo(SuggestionStatus.DECLINED,
                Fixtures.minutesAfterT0(3), SECOND_REVIEWER, Optional.of("already planned"), Optional.empty()));

        assertThat(assigned.version()).isEqualTo(2);
        assertThat(reassigned.version()).isEqualTo(3);
        assertThat(declined.version()).isEqualTo(4);
        var found = ports().suggestions().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(declined);
        assertThat(found.reviewer()).isEmpty();
        assertThat(found.history()).extracting(t -> t.status()).containsExactly(SuggestionStatus.SUBMITTED,
                SuggestionStatus.UNDER_REVIEW, SuggestionStatus.UNDER_REVIEW, SuggestionStatus.DECLINED);
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().suggestions().add(Fixtures.suggestion("S-1").build());
        var current = ports().suggestions().update(stored.moveTo(SuggestionStatus.UNDER_REVIEW,
                Fixtures.minutesAfterT0(1), Fixtures.HR, Optional.empty(), Optional.of(REVIEWER)));

        assertConflict("stale-version", () -> ports().suggestions().update(stored.moveTo(
                SuggestionStatus.UNDER_REVIEW, Fixtures.minutesAfterT0(2), Fixtures.HR, Optional.empty(),
                Optional.of(SECOND_REVIEWER))));
        assertThat(ports().suggestions().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownSuggestionIsNotFound() {
        var unknown = Fixtures.suggestion("S-unknown").version(1).build();

        assertThatThrownBy(() -> ports().suggestions().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().suggestions().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().suggestions().add(Fixtures.suggestion("S-1").build());

        assertConflict("duplicate", () -> ports().suggestions().add(Fixtures.suggestion("S-1").title("another")
                .area(SuggestionArea.RULES).build()));
        assertThat(ports().suggestions().all()).containsExactly(first);
    }

    @Test
    void anUnknownSuggestionIsNotFound() {
        ports().suggestions().add(Fixtures.suggestion("S-1").build());

        assertThat(ports().suggestions().find(SuggestionId.of("S-2"))).isEmpty();
    }

    @Test
    void everySuggestionIsListedOldestFirstThenById() {
        var latest = add(Fixtures.suggestion("S-a").submittedAt(Fixtures.minutesAfterT0(60)));
        var sameTimeHigherId = add(Fixtures.suggestion("S-c").author(REVIEWER));
        var earliest = add(Fixtures.suggestion("S-d").submittedAt(Fixtures.minutesAfterT0(-60))
                .then(SuggestionStatus.UNDER_REVIEW, Fixtures.minutesAfterT0(120), Fixtures.HR, Optional.empty()));
        var sameTimeLowerId = add(Fixtures.suggestion("S-b"));

        assertThat(ports().suggestions().all()).containsExactly(earliest, sameTimeLowerId, sameTimeHigherId, latest);
    }

    @Test
    void anEmptyStoreListsNoSuggestion() {
        assertThat(ports().suggestions().all()).isEmpty();
    }

    private Suggestion add(SuggestionBuilder builder) {
        return ports().suggestions().add(builder.build());
    }
}
