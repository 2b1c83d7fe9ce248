package org.servicepolicy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.PeopleEvent;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** §4.1.1: scores, the posting gate and used-up retakes, decided without a store. */
class TrainingAssessmentRulesTest {
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();
    private static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    private static final EmployeeId TRAINEE = EmployeeId.of("trainee");
    private static final Employee ONBOARDING = new Employee(TRAINEE, "Trainee", EmployeeCategory.STAFF,
            Optional.empty(), DepartmentId.of("service"), 1, LocalDate.of(2026, 2, 2), EmploymentStatus.ONBOARDING,
            Optional.empty(), Set.of(), Instant.parse("2026-02-02T00:00:00Z"), Instant.parse("2026-02-02T00:00:00Z"), 1);

    private static TrainingSession present(String programme) {
        return new TrainingSession(TrainingSessionId.of("s-" + programme), programme, NOW.minus(Duration.ofHours(2)),
                Trainer.outsideExpert("Expert"), List.of(TRAINEE), EmployeeId.of("hr"), NOW.minus(Duration.ofDays(1)),
                Map.of(TRAINEE, Attendance.PRESENT), 2);
    }

    private static TrainingAssessment assessment(String id, String programme, int score) {
        return new TrainingAssessment(id, TrainingSessionId.of("old-" + id), TRAINEE, programme, score, 60,
                score >= 60, Optional.empty(), NOW.minus(Duration.ofDays(3)), EmployeeId.of("hr"));
    }

    private static TrainingFacts.Assessing facts(String programme, List<TrainingAssessment> before,
                                                 List<RetakeRuling> rulings) {
        return new TrainingFacts.Assessing(Optional.of(present(programme)), ONBOARDING,
                STANDARD.training().programme(programme), before, rulings, STANDARD);
    }

    @Test
    void thePassThatCompletesTheLastProgrammeDueBeforePostPutsTheTraineeOnPost() {
        var decided = decided(TrainingAssessmentRules.score(new RecordScore("trainee", 60),
                facts("NEW_HIRE_RULES", List.of(assessment("a", "NEW_HIRE_SERVICE", 75)), List.of()),
                stamp(hr("hr"), NOW)));

        assertThat(decided.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind().id()).isEqualTo("people.on-post");
            assertThat(d.reasons()).extracting(r -> r.facts().get("programme"))
                    .containsExactly("NEW_HIRE_SERVICE", "NEW_HIRE_RULES", null);
        });
        assertThat(decided.events()).hasAtLeastOneElementOfType(PeopleEvent.EmploymentStatusChanged.class);
    }

    @Test
    void aPassOfOneProgrammeOnlyLeavesTheTraineeOnboarding() {
        var decided = decided(TrainingAssessmentRules.score(new RecordScore("trainee", 99),
                facts("NEW_HIRE_RULES", List.of(), List.of()), stamp(hr("hr"), NOW)));

        assertThat(decided.decisions()).isEmpty();
        assertThat(decided.events()).noneMatch(PeopleEvent.EmploymentStatusChanged.class::isInstance);
    }

    @Test
    void theFailThatUsesTheLastAttemptIsADecisionAndTheNextScoreIsRefusedUntilHrDecides() {
        var twoFails = List.of(assessment("a", "NEW_HIRE_RULES", 10), assessment("b", "NEW_HIRE_RULES", 59));
        var decided = decided(TrainingAssessmentRules.score(new RecordScore("trainee", 59),
                facts("NEW_HIRE_RULES", twoFails, List.of()), stamp(hr("hr"), NOW)));
        assertThat(decided.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(TrainingAssessmentRules.RETAKES_EXHAUSTED);
            assertThat(d.reasons().get(0).clause()).isEqualTo("§4.2.2");
        });

        var threeFails = new ArrayList<>(twoFails);
        threeFails.add(assessment("c", "NEW_HIRE_RULES", 0));
        assertThat(refusal(TrainingAssessmentRules.score(new RecordScore("trainee", 90),
                facts("NEW_HIRE_RULES", threeFails, List.of()), stamp(hr("hr"), NOW))))
                .isInstanceOfSatisfying(Refusal.Policy.class, p -> assertThat(p.rule())
                        .isEqualTo("training.retakes-exhausted"));
        var extended = List.of(new RetakeRuling("r", TRAINEE, "NEW_HIRE_RULES", RetakeOutcome.EXTEND, "once more",
                DecisionId.of("d"), NOW.minus(Duration.ofDays(1)), EmployeeId.of("hr")));
        assertThat(decided(TrainingAssessmentRules.score(new RecordScore("trainee", 90),
                facts("NEW_HIRE_RULES", threeFails, extended), stamp(hr("hr"), NOW))).changes()).isNotEmpty();
    }

    @Test
    void hrRulesOnlyOnUsedUpAttemptsAndNeverOnTheirOwn() {
        var facts = facts("NEW_HIRE_RULES", List.of(assessment("a", "NEW_HIRE_RULES", 10)), List.of());
        assertThat(refusal(TrainingAssessmentRules.ruleOnRetakes(new RuleOnRetakes("NEW_HIRE_RULES",
                RetakeOutcome.END, "too early"), facts, stamp(hr("hr"), NOW))))
                .isInstanceOf(Refusal.Policy.class);
        assertThat(refusal(TrainingAssessmentRules.ruleOnRetakes(new RuleOnRetakes("NEW_HIRE_RULES",
                RetakeOutcome.END, "mine"), facts, stamp(hr("trainee"), NOW))))
                .isInstanceOf(Refusal.Access.class);
    }

    @Test
    void onlyAnAttendeeRecordedPresentIsScoredOnce() {
        var absent = new TrainingFacts.Assessing(Optional.of(present("NEW_HIRE_RULES").withAttendance(TRAINEE,
                Attendance.EXCUSED)), ONBOARDING, STANDARD.training().programme("NEW_HIRE_RULES"), List.of(),
                List.of(), STANDARD);
        assertThat(refusal(TrainingAssessmentRules.score(new RecordScore("trainee", 90), absent,
                stamp(hr("hr"), NOW)))).isInstanceOf(Refusal.Policy.class);
        var again = List.of(new TrainingAssessment("a", TrainingSessionId.of("s-NEW_HIRE_RULES"), TRAINEE,
                "NEW_HIRE_RULES", 20, 60, false, Optional.empty(), NOW, EmployeeId.of("hr")));
        assertThat(refusal(TrainingAssessmentRules.score(new RecordScore("trainee", 90),
                facts("NEW_HIRE_RULES", again, List.of()), stamp(hr("hr"), NOW))))
                .isInstanceOf(Refusal.Duplicate.class);
    }
}
