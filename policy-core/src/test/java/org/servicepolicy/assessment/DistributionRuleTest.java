package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

class DistributionRuleTest {
    private static AssessmentPolicy share(String share) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.maxExcellentShare", share);
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
    void tiesAreBrokenByDisciplineThenExecutionThenEmployeeId() {
        var policy = share("0.34");
        var disciplined = uniformScores("z", 90, 90, 100);
        var executing = uniformScores("q", 92, 96, 90);
        var accepting = uniformScores("y", 100, 90, 90);
        var byDiscipline = DistributionRule.apply(List.of(graded(accepting, policy), graded(disciplined, policy),
                graded(Grading.uniform("x", 93), policy)), policy);
        assertThat(byDiscipline).extracting(GradeResult::total).allSatisfy(t -> assertThat(t).isEqualByComparingTo("93"));
        assertThat(byDiscipline).extracting(GradeResult::grade).containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
        var byExecution = DistributionRule.apply(List.of(graded(accepting, policy), graded(executing, policy),
                graded(Grading.uniform("w", 70), policy)), policy);
        assertThat(byExecution).extracting(GradeResult::grade)
                .containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.QUALIFIED);
        var byId = DistributionRule.apply(List.of(graded(Grading.uniform("m", 95), policy),
                graded(Grading.uniform("k", 95), policy), graded(Grading.uniform("l", 95), policy)), policy);
        assertThat(byId).extracting(GradeResult::grade).containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
    }

    private static Grading uniformScores(String employee, int acceptance, int execution, int discipline) {
        return Grading.of(employee).superior(acceptance, execution, discipline).peer(acceptance, execution, discipline)
                .peer(acceptance, execution, discipline).self(acceptance, execution, discipline);
    }

    @Test
    void eachDepartmentHasItsOwnShareRoundedDown() {
        var policy = share("0.5");
        var results = DistributionRule.apply(List.of(graded(Grading.uniform("a", 95).in("hq"), policy),
                graded(Grading.uniform("b", 95).in("service"), policy),
                graded(Grading.uniform("c", 95).in("service"), policy)), policy);
        assertThat(results).extracting(GradeResult::grade).containsExactly(Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
    }
}
