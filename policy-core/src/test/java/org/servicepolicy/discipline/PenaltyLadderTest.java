package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Violations.employee;
import static org.servicepolicy.fixtures.Violations.issuedDemotion;
import static org.servicepolicy.fixtures.Violations.violation;
import static org.servicepolicy.fixtures.Violations.voided;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

class PenaltyLadderTest {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private final PolicyDefinition policy = StandardPolicy.definition();
    private final org.servicepolicy.people.Employee staff = employee(EmployeeCategory.STAFF, 3);

    @ParameterizedTest(name = "{0} point(s) give {1}")
    @CsvSource({"1, WARNING", "2, WARNING", "3, FINE", "5, FINE", "6, DEMOTION", "7, DEMOTION", "8, DISMISSAL",
            "20, DISMISSAL"})
    void pointsPickTheStepOfTheirBand(int minorViolations, PenaltyStep expected) {
        var history = java.util.stream.IntStream.range(1, minorViolations)
                .mapToObj(i -> violation("v" + i, Severity.MINOR, NOW.minus(Duration.ofDays(i)))).toList();
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), history, List.of(), staff, policy);
        assertThat(verdict.outcome().points()).isEqualTo(minorViolations);
        assertThat(verdict.outcome().step()).contains(expected);
    }

    @Test
    void secondMinorViolationWithinAYearStaysAWarningAndTheThirdEscalatesToFine() {
        var first = violation("v1", Severity.MINOR, NOW.minus(Duration.ofDays(200)));
        var second = violation("v2", Severity.MINOR, NOW.minus(Duration.ofDays(100)));
        assertThat(PenaltyLadder.propose(second, List.of(first), List.of(), staff, policy).outcome().step())
                .contains(PenaltyStep.WARNING);
        assertThat(PenaltyLadder.propose(violation("v3", Severity.MINOR, NOW), List.of(first, second), List.of(), staff,
                policy).outcome().step()).contains(PenaltyStep.FINE);
    }

    @Test
    void violationsOlderThanTwelveMonthsNoLongerCount() {
        var old = violation("old", Severity.SERIOUS, NOW.minus(Duration.ofDays(370)));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(old), List.of(), staff, policy);
        assertThat(verdict.outcome().points()).isEqualTo(1);
        assertThat(verdict.outcome().step()).contains(PenaltyStep.WARNING);
    }

    @Test
    void voidedViolationsDoNotCountButAreNamedInTheExplanation() {
        var excused = voided(violation("excused", Severity.SERIOUS, NOW.minus(Duration.ofDays(3))));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(excused), List.of(), staff,
                policy);
        assertThat(verdict.outcome().points()).isEqualTo(1);
        assertThat(verdict.reasons().get(0).facts().get("notCountedVoided")).contains("excused");
        assertThat(verdict.reasons().get(0).facts().get("counted")).isEqualTo("none");
    }

    @Test
    void aViolationWhileADemotionIsInForceIsDismissal() {
        var demotion = issuedDemotion("p1", NOW.minus(Duration.ofDays(30)));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(demotion), staff,
                policy);
        assertThat(verdict.outcome().step()).contains(PenaltyStep.DISMISSAL);
        assertThat(verdict.reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.3.3");
            assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated");
            assertThat(r.facts()).containsEntry("demotionPenalty", "p1");
        });
    }

    @Test
    @DisplayName("§3.3.3: while a demotion's appeal is pending the points alone pick the step, naming the appeal")
    void aDemotionUnderAppealDoesNotMakeARepetition() {
        var issued = issuedDemotion("p1", NOW.minus(Duration.ofDays(30)));
        var appealed = issued.moveTo(PenaltyStatus.APPEALED, NOW.minus(Duration.ofDays(25)), issued.employee(),
                Optional.of("not me"));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(appealed), staff,
                policy);
        assertThat(verdict.outcome().step()).contains(PenaltyStep.WARNING);
        assertThat(verdict.reasons()).noneSatisfy(r -> assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated"));
        assertThat(verdict.reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.3.3");
            assertThat(r.ruleId()).isEqualTo("discipline.ladder.repeated-pending-appeal");
            assertThat(r.message()).contains("p1");
            assertThat(r.facts()).containsEntry("demotionPenalty", "p1");
        });

        var upheld = appealed.moveTo(PenaltyStatus.UPHELD, NOW.minus(Duration.ofDays(20)), EmployeeId.of("hr2"),
                Optional.of("it was them"));
        assertThat(PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(upheld), staff,
                policy).outcome().step()).contains(PenaltyStep.DISMISSAL);
    }

    @Test
    void aViolationBeforeTheDemotionWasIssuedIsNotARepetition() {
        var demotion = issuedDemotion("p1", NOW.plus(Duration.ofHours(1)));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(demotion), staff,
                policy);
        assertThat(verdict.outcome().step()).contains(PenaltyStep.WARNING);
    }

    @Test
    void anEmployeeAtTheLowestLevelIsFinedInsteadOfDemoted() {
        var history = List.of(violation("v1", Severity.SERIOUS, NOW.minus(Duration.ofDays(1))));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MODERATE, NOW), history, List.of(),
                employee(EmployeeCategory.STAFF, 1), policy);
        assertThat(verdict.outcome().step()).contains(PenaltyStep.FINE);
        assertThat(verdict.outcome().fine().orElseThrow().amount()).isEqualByComparingTo("200");
        assertThat(verdict.reasons()).anySatisfy(r -> assertThat(r.message()).contains("level 1 is already the lowest"));
    }

    @Test
    void theFineFollowsTheSeverityOfTheViolationThatEarnsIt() {
        var history = List.of(violation("v1", Severity.MINOR, NOW.minus(Duration.ofDays(1))));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MODERATE, NOW), history, List.of(), staff, policy);
        assertThat(verdict.outcome().fine().orElseThrow().toString()).isEqualTo("200.00 CNY");
    }

    @Test
    void aCompanyMayStartTheLadderAboveOnePoint() {
        var lenient = PolicyDefinition.of("lenient", NOW, withChanges(Map.of("discipline.ladder.WARNING.fromPoints", "2")));
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), List.of(), List.of(), staff, lenient);
        assertThat(verdict.outcome().step()).isEmpty();
        assertThat(verdict.outcome().outcome()).isEqualTo("NO_PENALTY");
    }

    private static Map<String, String> withChanges(Map<String, String> changes) {
        var settings = new java.util.HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return settings;
    }
}
