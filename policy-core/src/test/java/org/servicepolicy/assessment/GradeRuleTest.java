package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskFactKind;
import org.servicepolicy.policy.ViolationType;

class GradeRuleTest {
    private final AssessmentPolicy policy = StandardPolicy.definition().assessment();

    private static AssessmentPolicy with(String key, String value) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put(key, value);
        return PolicyDefinition.of("test", Instant.EPOCH, settings).assessment();
    }

    private static GradeResult gradeOf(Grading grading, AssessmentPolicy policy) {
        return GradeRule.grade(grading.input(), policy);
    }

    private static Grading example() {
        return Grading.of("staff").superior(80, 90, 70).peer(70, 80, 90).peer(80, 80, 80).self(100, 100, 100);
    }

    @Test
    void eachComponentWeighsSuperiorHalfPeersThreeTenthsAndSelfTwoTenths() {
        var result = gradeOf(example(), policy);
        assertThat(result.component(AssessmentComponent.TASK_ACCEPTANCE).score()).isEqualByComparingTo("82.50");
        assertThat(result.component(AssessmentComponent.TASK_EXECUTION).score()).isEqualByComparingTo("89.00");
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).score()).isEqualByComparingTo("80.50");
        assertThat(result.groups()).extracting(GroupScore::count).containsExactly(1, 2, 1);
        assertThat(result.groups().get(1).mean().rulesAndDiscipline()).isEqualByComparingTo("85.00");
    }

    @Test
    void theTotalWeighsAcceptanceExecutionAndDisciplineThirtyFortyThirty() {
        var result = gradeOf(example(), policy);
        assertThat(result.total()).isEqualTo(new BigDecimal("84.50"));
        assertThat(result.band()).isEqualTo(Grade.GOOD);
        assertThat(result.grade()).isEqualTo(Grade.GOOD);
        assertThat(result.caps()).isEmpty();
    }

    @Test
    void theBandsAreExcellentFromNinetyGoodFromSeventyFiveQualifiedFromSixty() {
        assertThat(policy.gradeFor(new BigDecimal("90.00"))).isEqualTo(Grade.EXCELLENT);
        assertThat(policy.gradeFor(new BigDecimal("89.99"))).isEqualTo(Grade.GOOD);
        assertThat(policy.gradeFor(new BigDecimal("75"))).isEqualTo(Grade.GOOD);
        assertThat(policy.gradeFor(new BigDecimal("74.99"))).isEqualTo(Grade.QUALIFIED);
        assertThat(policy.gradeFor(new BigDecimal("60"))).isEqualTo(Grade.QUALIFIED);
        assertThat(policy.gradeFor(new BigDecimal("59.99"))).isEqualTo(Grade.UNQUALIFIED);
        assertThat(gradeOf(Grading.uniform("staff", 90), policy).grade()).isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void taskFactsDeductFromTheComponentTheyBelongTo() {
        var result = gradeOf(example().task(TaskFactKind.UNJUSTIFIED_REFUSAL, "t-1")
                .task(TaskFactKind.LATE_COMPLETION, "t-2").task(TaskFactKind.MISSED_PROGRESS_REPORT, "t-3")
                .task(TaskFactKind.RETURNED_FOR_REWORK, "t-4"), policy);
        assertThat(result.component(AssessmentComponent.TASK_ACCEPTANCE).deducted()).isEqualTo(10);
        assertThat(result.component(AssessmentComponent.TASK_ACCEPTANCE).score()).isEqualByComparingTo("72.50");
        assertThat(result.component(AssessmentComponent.TASK_EXECUTION).deducted()).isEqualTo(5 + 2 + 3);
        assertThat(result.component(AssessmentComponent.TASK_EXECUTION).score()).isEqualByComparingTo("79.00");
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).deducted()).isZero();
        assertThat(result.deductions()).extracting(Deduction::factId).containsExactly("t-1", "t-2", "t-3", "t-4");
        assertThat(result.deductions()).extracting(Deduction::clause)
                .containsExactly("§3.1.1", "§3.1.2", "§3.1.2", "§3.1.3");
    }

    @Test
    void violationsDeductFromRulesAndDisciplineBySeverity() {
        var result = gradeOf(example().violation("v-1", Severity.MINOR).violation("v-2", Severity.MODERATE), policy);
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).deducted()).isEqualTo(2 + 5);
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).score()).isEqualByComparingTo("73.50");
        assertThat(result.total()).isEqualTo(new BigDecimal("82.40"));
        assertThat(result.deductions()).allSatisfy(d -> assertThat(d.clause()).isEqualTo("§3.3.3"));
    }

    @Test
    void aRefusalRecordedAsViolationIsDeductedOnlyAsTheTaskFact() {
        var result = gradeOf(example().task(TaskFactKind.UNJUSTIFIED_REFUSAL, "t-1")
                .violation("v-1", ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON, Severity.MODERATE), policy);
        assertThat(result.component(AssessmentComponent.TASK_ACCEPTANCE).deducted()).isEqualTo(10);
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).deducted()).isZero();
        assertThat(result.countedOnce()).containsExactly(ViolationId.of("v-1"));
        assertThat(GradeRule.explain(result, policy)).extracting(Reason::ruleId)
                .contains("assessment.deduction.counted-once");
    }

    @Test
    void aComponentNeverFallsBelowZero() {
        var result = gradeOf(Grading.uniform("staff", 5).violation("v-1", Severity.GROSS), policy);
        assertThat(result.component(AssessmentComponent.RULES_AND_DISCIPLINE).score()).isEqualByComparingTo("0");
        assertThat(result.total()).isEqualTo(new BigDecimal("3.50"));
        assertThat(result.grade()).isEqualTo(Grade.UNQUALIFIED);
    }

    @Test
    void withoutADirectSuperiorPeersAndSelfCountInProportion() {
        var result = gradeOf(Grading.of("manager").peer(80, 80, 80).peer(90, 90, 90).self(70, 70, 70), policy);
        assertThat(result.total()).isEqualTo(new BigDecimal("79.00"));
        assertThat(GradeRule.explain(result, policy)).extracting(Reason::ruleId)
                .contains("assessment.evaluations.no-superior");
    }

    @Test
    void aSeriousViolationCapsAnExcellentScoreAtQualified() {
        var result = gradeOf(Grading.uniform("staff", 95).violation("v-1", Severity.SERIOUS), policy);
        assertThat(result.total()).isEqualTo(new BigDecimal("92.00"));
        assertThat(result.band()).isEqualTo(Grade.EXCELLENT);
        assertThat(result.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(result.caps()).singleElement().satisfies(cap -> {
            assertThat(cap.ruleId()).isEqualTo("assessment.cap.violation");
            assertThat(cap.clause()).isEqualTo("§3.3.3");
            assertThat(cap.cause()).isEqualTo("v-1");
        });
        assertThat(result.salaryAdjustment()).isEqualByComparingTo("0.02");
    }

    @Test
    void aGrossViolationMakesTheGradeUnqualified() {
        var result = gradeOf(Grading.uniform("staff", 95).violation("v-1", Severity.MINOR)
                .violation("v-2", Severity.GROSS), policy);
        assertThat(result.band()).isEqualTo(Grade.GOOD);
        assertThat(result.grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(result.caps()).singleElement().satisfies(cap -> assertThat(cap.cause()).isEqualTo("v-2"));
        assertThat(result.salaryAdjustment()).isEqualByComparingTo("0");
    }

    @Test
    void aDemotionInForceCapsAtQualified() {
        var result = gradeOf(Grading.uniform("staff", 95).demotion("p-1"), policy);
        assertThat(result.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(result.caps()).extracting(GradeCap::ruleId).containsExactly("assessment.cap.demotion");
    }

    @Test
    void aCapAboveTheBandLeavesTheGradeAsItIs() {
        var result = gradeOf(Grading.uniform("staff", 50).violation("v-1", Severity.SERIOUS), policy);
        assertThat(result.band()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(result.grade()).isEqualTo(Grade.UNQUALIFIED);
        assertThat(GradeRule.explain(result, policy)).filteredOn(r -> r.ruleId().equals("assessment.cap.violation"))
                .singleElement().satisfies(r -> assertThat(r.message()).contains("is within it"));
    }

    @Test
    void capsAreConfigurable() {
        var lenient = with("assessment.cap.violation.SERIOUS", "EXCELLENT");
        assertThat(gradeOf(Grading.uniform("staff", 95).violation("v-1", Severity.SERIOUS), lenient).grade())
                .isEqualTo(Grade.EXCELLENT);
    }

    @Test
    void eachGradeRecommendsItsSalaryAdjustment() {
        assertThat(gradeOf(Grading.uniform("a", 95), policy).salaryAdjustment()).isEqualByComparingTo("0.08");
        assertThat(gradeOf(Grading.uniform("a", 80), policy).salaryAdjustment()).isEqualByComparingTo("0.05");
        assertThat(gradeOf(Grading.uniform("a", 65), policy).salaryAdjustment()).isEqualByComparingTo("0.02");
        assertThat(gradeOf(Grading.uniform("a", 40), policy).salaryAdjustment()).isEqualByComparingTo("0");
    }

    @Test
    void theExplanationCitesAClauseForEveryStep() {
        var result = gradeOf(example().task(TaskFactKind.LATE_COMPLETION, "t-9").violation("v-1", Severity.SERIOUS),
                policy);
        var reasons = GradeRule.explain(result, policy);
        assertThat(reasons).extracting(Reason::ruleId).containsExactly(
                "assessment.evaluations.superior", "assessment.evaluations.peer", "assessment.evaluations.self",
                "assessment.deduction.task", "assessment.deduction.violation",
                "assessment.component", "assessment.component", "assessment.component",
                "assessment.total", "assessment.band", "assessment.cap.violation", "assessment.salary-adjustment");
        assertThat(reasons).extracting(Reason::clause).contains("§3.3.1", "§3.1.2", "§3.3.3");
        assertThat(reasons.get(3).facts()).containsEntry("factId", "t-9").containsEntry("points", "5")
                .containsEntry("component", "TASK_EXECUTION");
        assertThat(reasons.get(1).facts()).containsEntry("evaluations", "2").doesNotContainKey("evaluator");
    }

    @Test
    void incompleteEvaluationsAreRefused() {
        assertThatThrownBy(() -> GradeRule.grade(Grading.of("staff").superior(1, 1, 1).peer(1, 1, 1).self(1, 1, 1)
                .input(), policy)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("peer");
        assertThatThrownBy(() -> GradeRule.grade(Grading.of("staff").peer(1, 1, 1).peer(1, 1, 1).input(), policy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("self");
        assertThatThrownBy(() -> GradeRule.grade(Grading.uniform("staff", 1).superior(1, 1, 1).input(), policy))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("2 superior");
    }
}
