package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Violations.STAFF;
import static org.servicepolicy.fixtures.Violations.employee;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentValues;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyTransition;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;

class PromotionRuleTest {
    private static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();

    private static CycleGrade grade(String cycle, int year, int quarter, Grade grade) {
        var from = LocalDate.of(year, quarter * 3 - 2, 1);
        var to = from.plusMonths(3).minusDays(1);
        var zero = BigDecimal.ZERO;
        return new CycleGrade(AssessmentCycleId.of(cycle), STAFF, DepartmentId.of("service"), from, to, grade, zero,
                new ComponentValues(zero, zero, zero), zero, DecisionId.of("d-" + cycle), "standard",
                to.plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static List<CycleGrade> twoGood() {
        return List.of(grade("q4", 2025, 4, Grade.GOOD), grade("q1", 2026, 1, Grade.EXCELLENT));
    }

    private static Penalty penalty(String id, PenaltyStep step, Instant issuedAt, PenaltyStatus... later) {
        var history = new ArrayList<PenaltyTransition>();
        history.add(new PenaltyTransition(PenaltyStatus.PROPOSED, issuedAt.minusSeconds(60), EmployeeId.of("hr"),
                Optional.empty()));
        history.add(new PenaltyTransition(PenaltyStatus.ISSUED, issuedAt, EmployeeId.of("hr"), Optional.empty()));
        for (int i = 0; i < later.length; i++) {
            history.add(new PenaltyTransition(later[i], issuedAt.plus(Duration.ofDays(i + 1)), EmployeeId.of("hr"),
                    Optional.of("decided")));
        }
        return new Penalty(PenaltyId.of(id), ViolationId.of("v-" + id), STAFF, step, Optional.empty(),
                DecisionId.of("d-" + id), history, step == PenaltyStep.DEMOTION ? Optional.of(4) : Optional.empty(),
                Optional.empty(), 1);
    }

    private static PromotionEligibility assess(List<CycleGrade> grades, List<Penalty> penalties) {
        return PromotionRule.assess(employee(EmployeeCategory.STAFF, 3), grades, penalties, List.of(), List.of(), STANDARD, NOW);
    }

    private static PromotionCondition condition(PromotionEligibility eligibility, String id) {
        return eligibility.conditions().stream().filter(c -> c.id().equals(id)).findFirst().orElseThrow();
    }

    @Test
    void anEmployeeMeetingEveryConditionIsEligible() {
        var eligibility = assess(twoGood(), List.of());
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.outcome()).isEqualTo("ELIGIBLE");
        assertThat(eligibility.conditions()).extracting(PromotionCondition::id)
                .containsExactly("recent-grades", "no-penalty-in-force", "time-at-level", "not-dismissed", "good-service",
                        "training-current");
        assertThat(eligibility.reasons()).extracting(Reason::clause).contains("§4.3.2", "§3.3.3", "§4.1.2");
        assertThat(eligibility.reasons()).hasSize(7);
    }

    @Test
    void oneFinalisedGradeIsNotEnough() {
        var eligibility = assess(List.of(grade("q1", 2026, 1, Grade.EXCELLENT)), List.of());
        assertThat(condition(eligibility, "recent-grades").met()).isFalse();
        assertThat(condition(eligibility, "recent-grades").reason().message()).contains("needs 2").contains("has 1");
        assertThat(eligibility.eligible()).isFalse();
    }

    @Test
    void onlyTheLatestTwoGradesCount() {
        var grades = List.of(grade("q3", 2025, 3, Grade.UNQUALIFIED), grade("q4", 2025, 4, Grade.GOOD),
                grade("q1", 2026, 1, Grade.GOOD));
        assertThat(condition(assess(grades, List.of()), "recent-grades").met()).isTrue();
        var recentBad = List.of(grade("q4", 2025, 4, Grade.GOOD), grade("q1", 2026, 1, Grade.QUALIFIED));
        assertThat(condition(assess(recentBad, List.of()), "recent-grades").met()).isFalse();
    }

    @Test
    void aGradeFinalisedAfterTheCheckDoesNotCount() {
        var grades = List.of(grade("q4", 2025, 4, Grade.GOOD), grade("q2", 2026, 2, Grade.GOOD));
        assertThat(condition(assess(grades, List.of()), "recent-grades").met()).isFalse();
    }

    @Test
    void aFineInForceBlocksPromotionButAWarningDoesNot() {
        var fine = penalty("f", PenaltyStep.FINE, NOW.minus(Duration.ofDays(30)));
        var warning = penalty("w", PenaltyStep.WARNING, NOW.minus(Duration.ofDays(30)));
        assertThat(condition(assess(twoGood(), List.of(fine)), "no-penalty-in-force").met()).isFalse();
        assertThat(condition(assess(twoGood(), List.of(fine)), "no-penalty-in-force").reason().facts())
                .containsEntry("penalties", "f");
        assertThat(condition(assess(twoGood(), List.of(warning)), "no-penalty-in-force").met()).isTrue();
    }

    @Test
    void aRevokedOrLongAgoFineDoesNotBlock() {
        var revoked = penalty("r", PenaltyStep.FINE, NOW.minus(Duration.ofDays(30)), PenaltyStatus.APPEALED,
                PenaltyStatus.REVOKED);
        var longAgo = penalty("o", PenaltyStep.FINE, NOW.minus(Duration.ofDays(400)));
        assertThat(condition(assess(twoGood(), List.of(revoked, longAgo)), "no-penalty-in-force").met()).isTrue();
    }

    @Test
    void twelveMonthsAtTheCurrentLevelAreNeededAfterADemotion() {
        var demotedAt = NOW.minus(Duration.ofDays(200));
        var demoted = employee(EmployeeCategory.STAFF, 3).withLevel(2, demotedAt);
        var eligibility = PromotionRule.assess(demoted, twoGood(), List.of(), List.of(), List.of(), STANDARD, NOW);
        assertThat(condition(eligibility, "time-at-level").met()).isFalse();
        assertThat(condition(eligibility, "time-at-level").reason().facts())
                .containsEntry("levelSince", demotedAt.toString());
    }

    @Test
    @DisplayName("§4.3.2: a revoked demotion gives back the time already served at the level")
    void aRevokedDemotionGivesBackTheTimeServedAtTheLevel() {
        var hired = Instant.parse("2024-01-01T00:00:00Z");
        var demoted = employee(EmployeeCategory.STAFF, 3).withLevel(2, NOW.minus(Duration.ofDays(30)));
        var restored = demoted.restoredTo(3, hired, NOW.minus(Duration.ofDays(2)));

        var eligibility = PromotionRule.assess(restored, twoGood(), List.of(), List.of(), List.of(), STANDARD, NOW);
        assertThat(condition(eligibility, "time-at-level").met()).isTrue();
        assertThat(condition(eligibility, "time-at-level").reason().facts()).containsEntry("levelSince",
                hired.toString());
    }

    @Test
    void aDismissedEmployeeIsNotEligible() {
        var dismissed = Violations.employee(EmployeeCategory.STAFF, 3).withStatus(EmploymentStatus.DISMISSED);
        var eligibility = PromotionRule.assess(dismissed, twoGood(), List.of(), List.of(), List.of(), STANDARD, NOW);
        assertThat(condition(eligibility, "not-dismissed").met()).isFalse();
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.reasons().get(6).message()).contains("not-dismissed");
    }

    @Test
    void theConditionsAreConfigurable() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(Map.of("career.promotion.recentGrades", "1", "career.promotion.minimumGrade", "EXCELLENT",
                "career.promotion.blockingPenalty", "WARNING", "career.promotion.timeAtLevel", "P36M"));
        var policy = PolicyDefinition.of("strict", Instant.EPOCH, settings);
        var eligibility = PromotionRule.assess(employee(EmployeeCategory.STAFF, 3), twoGood(),
                List.of(penalty("w", PenaltyStep.WARNING, NOW.minus(Duration.ofDays(30)))), List.of(), List.of(), policy,
                NOW);
        assertThat(eligibility.conditions()).extracting(PromotionCondition::met)
                .containsExactly(true, false, false, true, true, true);
        assertThat(PolicyDefinition.of("copy", Instant.EPOCH, policy.settings()).career()).isEqualTo(policy.career());
    }

    @Test
    void theLatestServiceEvaluationBelowStandardBlocksPromotionAndALaterStandardOneLiftsIt() {
        var blocked = PromotionRule.assess(employee(EmployeeCategory.STAFF, 3), twoGood(), List.of(),
                List.of(serviceResult("q1", LocalDate.of(2026, 3, 31), ServiceBand.SUBSTANDARD, "55.00"),
                        serviceResult("q4", LocalDate.of(2025, 12, 31), ServiceBand.EXCELLENT, "95.00")),
                List.of(), STANDARD, NOW);
        var lifted = PromotionRule.assess(employee(EmployeeCategory.STAFF, 3), twoGood(), List.of(),
                List.of(serviceResult("q1", LocalDate.of(2026, 3, 31), ServiceBand.STANDARD, "75.00"),
                        serviceResult("q4", LocalDate.of(2025, 12, 31), ServiceBand.SUBSTANDARD, "40.00")),
                List.of(), STANDARD, NOW);

        assertThat(condition(blocked, "good-service").met()).isFalse();
        assertThat(condition(blocked, "good-service").reason().message()).contains("SUBSTANDARD (55.00), below STANDARD");
        assertThat(blocked.eligible()).isFalse();
        assertThat(condition(lifted, "good-service").met()).isTrue();
        assertThat(lifted.eligible()).isTrue();
    }

    @Test
    void someoneNeverEvaluatedForServiceMeetsTheConditionAndTheReasonSaysSo() {
        var eligibility = assess(twoGood(), List.of());

        assertThat(condition(eligibility, "good-service").met()).isTrue();
        assertThat(condition(eligibility, "good-service").reason().message()).contains("never evaluated for service");
    }

    private static ServiceEvaluationResult serviceResult(String id, LocalDate to, ServiceBand band, String score) {
        return new ServiceEvaluationResult(id, ServiceEvaluationPeriodId.of(id), to.minusMonths(3).plusDays(1), to,
                EmployeeId.of("staff"), DepartmentId.of("service"), new BigDecimal(score), band,
                Map.of(ServiceDimension.ATTITUDE, new BigDecimal(score)), DecisionId.of("d-" + id), "standard",
                NOW.minus(Duration.ofDays(1)));
    }
}
