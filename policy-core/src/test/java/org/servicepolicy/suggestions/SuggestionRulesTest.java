package org.servicepolicy.suggestions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.RewardTrigger;

/** §5.2.1, §1.3.3: the rules of employee suggestions, called directly on facts, without stores. */
class SuggestionRulesTest {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    private static final Instant SUBMITTED_AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Instant NOW = Instant.parse("2026-03-09T10:30:00Z");
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final SuggestionId ID = SuggestionId.of("s-1");

    private static Employee employee(String id, EmploymentStatus status) {
        return new Employee(EmployeeId.of(id), id, EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of("service"),
                3, LocalDate.of(2024, 1, 1), status, Optional.empty(), Set.of(), HIRED, HIRED, 1);
    }

    private static Suggestion suggestion(SuggestionStatus... later) {
        var history = new ArrayList<SuggestionTransition>();
        history.add(new SuggestionTransition(SuggestionStatus.SUBMITTED, SUBMITTED_AT, STAFF, Optional.empty()));
        var reviewer = Optional.<EmployeeId>empty();
        for (var status : later) {
            if (status == SuggestionStatus.UNDER_REVIEW) {
                reviewer = Optional.of(EmployeeId.of("manager"));
            }
            history.add(new SuggestionTransition(status, SUBMITTED_AT.plusSeconds(3600L * history.size()),
                    EmployeeId.of("hr"), Optional.empty()));
        }
        return new Suggestion(ID, STAFF, "Shorter queue", "Open a second counter at lunchtime",
                SuggestionArea.PROCESSES, reviewer, history, 1);
    }

    private static SuggestionFacts.Reviewing reviewing(Optional<Suggestion> suggestion, Employee reviewer) {
        return new SuggestionFacts.Reviewing(suggestion, Optional.ofNullable(reviewer));
    }

    @Test
    void aSuggestionListsEveryProblemWhenItIsWrittenAndKeepsItsTextWithoutSurroundingBlanks() {
        assertThatThrownBy(() -> new SubmitSuggestion(" ", null, null))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("title", "text", "area"));
        assertThatThrownBy(() -> new SubmitSuggestion("x".repeat(201), "y".repeat(5001), SuggestionArea.RULES))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::message).containsExactly("must be at most 200 characters",
                                "must be at most 5000 characters"));
        var command = new SubmitSuggestion("  Shorter queue ", "\tOpen a second counter\n", SuggestionArea.PROCESSES);
        assertThat(command.title()).isEqualTo("Shorter queue");
        assertThat(command.text()).isEqualTo("Open a second counter");
    }

    @Test
    void anEmployeeOfTheCompanySubmitsASuggestionThatStartsSubmitted() {
        var command = new SubmitSuggestion("Shorter queue", "Open a second counter", SuggestionArea.PROCESSES);
        var outcome = decided(SuggestionRules.submit(command,
                Optional.of(employee("staff", EmploymentStatus.ON_POST)), stamp(staff("staff", "service"), NOW)));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SuggestionSubmitted");
            assertThat(event.aggregateId()).isEqualTo("id-1");
            assertThat(event.occurredAt()).isEqualTo(NOW);
            assertThat(event.attributes()).isEqualTo(Map.of("authorId", "staff", "status", "SUBMITTED",
                    "reviewerId", ""));
        });
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::subjectId, AuditEntry::detail)
                .containsExactly(tuple("suggestion.submit", "id-1",
                        "PROCESSES: Shorter queue"));
    }

    @Test
    void someoneTheCompanyNoLongerEmploysSubmitsNoSuggestion() {
        var command = new SubmitSuggestion("Shorter queue", "Open a second counter", SuggestionArea.PROCESSES);
        assertThat(refusal(SuggestionRules.submit(command, Optional.of(employee("staff", EmploymentStatus.DISMISSED)),
                stamp(staff("staff", "service"), NOW))))
                .isEqualTo(Refusal.access("only employees of the company submit suggestions"));
    }

    @Test
    void hrPutsASuggestionUnderReviewByAnEmployeeWhoIsNotItsAuthor() {
        var outcome = decided(SuggestionRules.assignReviewer(ID, "manager",
                reviewing(Optional.of(suggestion()), employee("manager", EmploymentStatus.ON_POST)),
                stamp(hr("hr"), NOW)));

        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("SuggestionUnderReview");
            assertThat(event.attributes()).containsEntry("reviewerId", "manager").containsEntry("status", "UNDER_REVIEW");
        });
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("suggestion.assign-reviewer", "reviewer manager"));
    }

    @Test
    void theAuthorOfASuggestionMayNotReviewIt() {
        assertThat(SuggestionRules.authorAsReviewer(suggestion(), STAFF)).contains(Refusal.policy("§1.3.3",
                "suggestion.reviewer.author", "the author of suggestion s-1 may not review it", "reviewerId"));
        assertThat(SuggestionRules.authorAsReviewer(suggestion(), EmployeeId.of("manager"))).isEmpty();
        assertThat(refusal(SuggestionRules.assignReviewer(ID, "staff",
                reviewing(Optional.of(suggestion()), employee("staff", EmploymentStatus.ON_POST)),
                stamp(hr("hr"), NOW)))).isInstanceOf(Refusal.Policy.class);
    }

    @Test
    void theReviewerIsAnEmployeeOfTheCompanyNamedByAWellFormedId() {
        var stamp = stamp(hr("hr"), NOW);
        assertThat(refusal(SuggestionRules.assignReviewer(ID, null, reviewing(Optional.of(suggestion()), null), stamp)))
                .isEqualTo(Refusal.invalid("reviewerId", "is required"));
        assertThat(refusal(SuggestionRules.assignReviewer(ID, "no one", reviewing(Optional.of(suggestion()), null),
                stamp))).isEqualTo(Refusal.invalid("reviewerId", "is not a valid id"));
        assertThat(refusal(SuggestionRules.assignReviewer(ID, "gone", reviewing(Optional.of(suggestion()),
                employee("gone", EmploymentStatus.LEFT)), stamp)))
                .isEqualTo(Refusal.invalid("reviewerId", "no such employee in the company: gone"));
    }

    @Test
    void aSuggestionThatDoesNotExistIsAnsweredAsMissing() {
        assertThat(refusal(SuggestionRules.assignReviewer(ID, "manager",
                reviewing(Optional.empty(), employee("manager", EmploymentStatus.ON_POST)), stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("suggestion", ID));
        assertThat(refusal(SuggestionRules.adopt(ID, Optional.empty(), Optional.empty(), stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("suggestion", ID));
    }

    @Test
    void itsReviewerAdoptsASuggestionUnderReviewWithAnOptionalNote() {
        var outcome = decided(SuggestionRules.adopt(ID, Optional.of(suggestion(SuggestionStatus.UNDER_REVIEW)),
                Optional.of("trial next month"), stamp(manager("manager", "service"), NOW)));

        assertThat(outcome.events()).extracting(DomainEvent::type).containsExactly("SuggestionAdopted");
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("suggestion.adopt", "trial next month"));
        var withoutNote = decided(SuggestionRules.adopt(ID, Optional.of(suggestion(SuggestionStatus.UNDER_REVIEW)),
                Optional.empty(), stamp(hr("hr"), NOW)));
        assertThat(withoutNote.audit()).extracting(AuditEntry::detail).containsExactly("ADOPTED");
    }

    @Test
    void aDeclinedSuggestionKeepsItsReason() {
        var outcome = decided(SuggestionRules.decline(ID, Optional.of(suggestion(SuggestionStatus.UNDER_REVIEW)),
                "already planned", stamp(manager("manager", "service"), NOW)));

        assertThat(outcome.events()).extracting(DomainEvent::type).containsExactly("SuggestionDeclined");
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::detail)
                .containsExactly(tuple("suggestion.decline", "already planned"));
    }

    @Test
    void aSuggestionIsDecidedOnlyUnderReviewAndOnlyOnce() {
        assertThat(SuggestionRules.lifecycle(suggestion(), SuggestionStatus.ADOPTED))
                .contains(Refusal.transition("suggestion", ID, SuggestionStatus.SUBMITTED, "adopt"));
        assertThat(SuggestionRules.lifecycle(suggestion(SuggestionStatus.UNDER_REVIEW, SuggestionStatus.DECLINED),
                SuggestionStatus.ADOPTED)).isPresent();
        assertThat(SuggestionRules.lifecycle(suggestion(SuggestionStatus.UNDER_REVIEW), SuggestionStatus.UNDER_REVIEW))
                .as("HR may assign another reviewer while it is under review").isEmpty();
        assertThat(refusal(SuggestionRules.adopt(ID, Optional.of(suggestion()), Optional.empty(), stamp(hr("hr"), NOW))))
                .isInstanceOf(Refusal.Transition.class);
    }

    @Test
    void anAdoptedSuggestionIsTheAchievementItsAuthorIsRewardedFor() {
        var adopted = suggestion(SuggestionStatus.UNDER_REVIEW, SuggestionStatus.ADOPTED);
        var achievement = SuggestionRules.achievement(adopted);

        assertThat(achievement.trigger()).isEqualTo(RewardTrigger.SUGGESTION_ADOPTED);
        assertThat(achievement.employee()).isEqualTo(STAFF);
        assertThat(achievement.source()).isEqualTo("suggestion:s-1");
        assertThat(achievement.occurredAt()).as("the adoption's instant picks the reward rules in force")
                .isEqualTo(adopted.history().get(2).at());
        assertThat(achievement.because().clause()).isEqualTo("§5.2.1");
        assertThat(achievement.because().facts()).containsEntry("adoptedBy", "hr").containsEntry("area", "PROCESSES");
    }

    @Test
    void onlyAnAdoptedSuggestionIsAnAchievement() {
        assertThatThrownBy(() -> SuggestionRules.achievement(suggestion(SuggestionStatus.UNDER_REVIEW)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
