package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.DistributionTies;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** The distribution rule (§1.3.3): the share of EXCELLENT per department and how ties are settled. */
class DistributionRuleTest {
    private static AssessmentPolicy share(String share) {
        return share(share, "COMPONENTS_THEN_ALL_KEEP");
    }

    private static AssessmentPolicy share(String share, String ties) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.maxExcellentShare", share);
        settings.put("assessment.distribution.ties", ties);
        return PolicyDefinition.of("test", Instant.EPOCH, settings).assessment();
    }

    private static GradeResult graded(Grading grading, AssessmentPolicy policy) {
        return GradeRule.grade(grading.input(), policy);
    }

    @Test
    void theRuleIsOffByDefault() {
        var policy = StandardPolicy.definition().assessment();
        var results = List.of(graded(Grading.uniform("a", 95), policy), graded(Grading.uniform("b", 96), policy));
        assertThat(DistributionRule.apply(results, policy)).isEqualTo(results);
    }

    @Test
    void excellentBeyondTheDepartmentsShareBecomesGoodInRankOrder() {
        var policy = share("0.5");
        var results = DistributionRule.apply(List.of(graded(Grading.uniform("a", 92), policy),
                graded(Grading.uniform("b", 97), policy), graded(Grading.uniform("c", 94), policy),
                graded(Grading.uniform("d", 60), policy)), policy);
        assertThat(results).extracting(r -> r.employee().value()).containsExactly("a", "b", "c", "d");
        assertThat(results).extracting(GradeResult::grade)
                .containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.EXCELLENT, Grade.QUALIFIED);
        assertThat(results.get(0).caps()).singleElement().satisfies(cap -> {
            assertThat(cap.ruleId()).isEqualTo("assessment.cap.distribution");
            assertThat(cap.clause()).isEqualTo("§1.3.3");
            assertThat(cap.detail()).contains("at most 2 EXCELLENT of 4").contains("ranked 3 of 3");
        });
        assertThat(results.get(0).salaryAdjustment()).isEqualByComparingTo("0.05");
    }

    @Test
    void equalTotalsAreRankedByDisciplineThenExecutionByDefault() {
        var policy = share("0.34");
        assertThat(policy.distributionTies()).isEqualTo(DistributionTies.COMPONENTS_THEN_ALL_KEEP);
        var disciplined = uniformScores("z", 90, 90, 100);
        var executing = uniformScores("q", 92, 96, 90);
        var accepting = uniformScores("y", 100, 90, 90);
        var byDiscipline = DistributionRule.apply(List.of(graded(accepting, policy), graded(disciplined, policy),
                graded(Grading.uniform("x", 93), policy)), policy);
        assertThat(byDiscipline).extracting(GradeResult::total).allSatisfy(t -> assertThat(t).isEqualByComparingTo("93"));
        assertThat(byDiscipline).extracting(GradeResult::grade).containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
        assertThat(byDiscipline.get(0).caps()).singleElement().satisfies(cap -> assertThat(cap.detail())
                .contains("below the last kept (total 93.00, RULES_AND_DISCIPLINE 100.00")
                .contains("on an equal total, then RULES_AND_DISCIPLINE 90.00"));
        var byExecution = DistributionRule.apply(List.of(graded(accepting, policy), graded(executing, policy),
                graded(Grading.uniform("w", 70), policy)), policy);
        assertThat(byExecution).extracting(GradeResult::grade)
                .containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.QUALIFIED);
    }

    /** §1.3.3 favouring no one: an exact tie is never broken by employee id; the tied all keep EXCELLENT. */
    @Test
    void exactTiesAllKeepExcellentAndTheExplanationSaysSo() {
        var policy = share("0.34");
        var results = DistributionRule.apply(List.of(graded(Grading.uniform("m", 95), policy),
                graded(Grading.uniform("k", 95), policy), graded(Grading.uniform("l", 95), policy)), policy);
        assertThat(results).extracting(GradeResult::grade).containsOnly(Grade.EXCELLENT);
        assertThat(results).allSatisfy(r -> assertThat(r.caps()).singleElement().satisfies(cap -> {
            assertThat(cap.ruleId()).isEqualTo("assessment.distribution.tie");
            assertThat(cap.clause()).isEqualTo("§1.3.3");
            assertThat(cap.ceiling()).isEqualTo(Grade.EXCELLENT);
            assertThat(cap.detail()).contains("at most 1 EXCELLENT of 3").contains("ranked 1 of 3")
                    .contains("3 employees tie exactly for the last place kept")
                    .contains("under assessment.distribution.ties COMPONENTS_THEN_ALL_KEEP tied employees all keep"
                            + " EXCELLENT, so the department keeps 3")
                    .doesNotContain(" id");
        }));
        assertThat(GradeRule.explain(results.get(0), policy)).anySatisfy(reason -> {
            assertThat(reason.ruleId()).isEqualTo("assessment.distribution.tie");
            assertThat(reason.message()).endsWith(": EXCELLENT is within it");
        });
    }

    /** §1.3.3: under ALL_KEEP equal totals keep EXCELLENT whatever their components. */
    @Test
    void underAllKeepEqualTotalsAllKeepWhateverTheirComponents() {
        var policy = share("0.34", "ALL_KEEP");
        var results = DistributionRule.apply(List.of(graded(uniformScores("y", 100, 90, 90), policy),
                graded(uniformScores("z", 90, 90, 100), policy), graded(Grading.uniform("x", 92), policy)), policy);
        assertThat(results).extracting(GradeResult::grade)
                .containsExactly(Grade.EXCELLENT, Grade.EXCELLENT, Grade.GOOD);
        assertThat(results.get(0).caps()).singleElement().satisfies(cap -> assertThat(cap.detail())
                .contains("ranked 1 of 3 by total, 2 employees tie exactly"));
        assertThat(results.get(2).caps()).singleElement().satisfies(cap -> {
            assertThat(cap.ruleId()).isEqualTo("assessment.cap.distribution");
            assertThat(cap.detail()).contains("ranked 3 of 3 by total, below the last kept").contains("on total 92.00");
        });
    }

    private static Grading uniformScores(String employee, int acceptance, int execution, int discipline) {
        return Grading.of(employee).superior(acceptance, execution, discipline).peer(acceptance, execution, discipline)
                .peer(acceptance, execution, discipline).self(acceptance, execution, discipline);
    }

    @Test
    void eachDepartmentHasItsOwnShareRoundedDown() {
        var policy = share("0.5");
        var results = DistributionRule.apply(List.of(graded(Grading.uniform("a", 95).in("hq"), policy),
                graded(Grading.uniform("b", 96).in("service"), policy),
                graded(Grading.uniform("c", 95).in("service"), policy)), policy);
        assertThat(results).extracting(GradeResult::grade).containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
    }

    @Test
    void aTieSettingOutsideTheListIsAProblemOfTheDefinition() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.ties", "LOWER_ID");
        assertThatThrownBy(() -> PolicyDefinition.of("test", Instant.EPOCH, settings))
                .hasMessageContaining("assessment.distribution.ties");
    }
}
