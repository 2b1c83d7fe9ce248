package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskFactKind;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.3.1: a grade's explanation is rendered when read, word for word and fact for fact
 * as it was when every reason was formatted while grading. The expected texts were produced by
 * the eager implementation and are kept here verbatim.
 */
class GradeExplanationTextTest {
    private final AssessmentPolicy policy = StandardPolicy.definition().assessment();

    @Test
    @DisplayName("§3.3.1: evaluations, deductions, components, total, band, caps and salary read as before")
    void aGradeReadsAsBefore() {
        var input = Grading.of("e1").superior(80, 75, 90).peer(70, 72, 81).peer(65, 90, 77).peer(88, 61, 70)
                .self(95, 95, 95).task(TaskFactKind.values()[0], "t-7").task(TaskFactKind.values()[1], "t-3")
                .violation("v-9", Severity.MODERATE).violation("v-4", ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON,
                        Severity.MINOR).demotion("p-2").input();
        var explained = GradeRule.explain(GradeRule.grade(input, policy), policy);
        assertThat(explained).map(Reason::toString).containsExactlyElementsOf(EXPECTED);
        assertThat(explained).allSatisfy(r -> assertThat(new Reason(r.clause(), r.ruleId(), r.message(), r.facts()))
                .isEqualTo(r).hasSameHashCodeAs(r));
    }

    @Test
    @DisplayName("§3.3.1: without a superior, the proportional weighting reads as before")
    void aGradeWithoutSuperiorReadsAsBefore() {
        var input = Grading.of("e2").peer(70, 72, 81).peer(65, 90, 77).peer(88, 61, 70).self(60, 60, 60).input();
        var explained = GradeRule.explain(GradeRule.grade(input, policy), policy);
        assertThat(explained).map(Reason::toString).containsExactlyElementsOf(EXPECTED_NO_SUPERIOR);
    }

    private static final List<String> EXPECTED = List.of(
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.superior, message=the direct superior gave task acceptance 80.00, task execution 75.00, rules and discipline 90.00 (weight 50%), facts={role=SUPERIOR, evaluations=1, TASK_ACCEPTANCE=80.00, TASK_EXECUTION=75.00, RULES_AND_DISCIPLINE=90.00, weight=0.5}]",
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.peer, message=the mean of 3 peer evaluation(s) gave task acceptance 74.33, task execution 74.33, rules and discipline 76.00 (weight 30%), facts={role=PEER, evaluations=3, TASK_ACCEPTANCE=74.33, TASK_EXECUTION=74.33, RULES_AND_DISCIPLINE=76.00, weight=0.3}]",
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.self, message=the self-evaluation gave task acceptance 95.00, task execution 95.00, rules and discipline 95.00 (weight 20%), facts={role=SELF, evaluations=1, TASK_ACCEPTANCE=95.00, TASK_EXECUTION=95.00, RULES_AND_DISCIPLINE=95.00, weight=0.2}]",
            "Reason[clause=§3.1.1, ruleId=assessment.deduction.task, message=UNJUSTIFIED_REFUSAL on task t-7 at 2026-11-10T09:00:00Z deducts 10 point(s) from TASK_ACCEPTANCE, facts={fact=UNJUSTIFIED_REFUSAL, detail=UNJUSTIFIED_REFUSAL, factId=t-7, at=2026-11-10T09:00:00Z, component=TASK_ACCEPTANCE, points=10}]",
            "Reason[clause=§3.1.1, ruleId=assessment.deduction.task, message=UNANSWERED_ASSIGNMENT on task t-3 at 2026-11-10T09:00:01Z deducts 10 point(s) from TASK_ACCEPTANCE, facts={fact=UNANSWERED_ASSIGNMENT, detail=UNANSWERED_ASSIGNMENT, factId=t-3, at=2026-11-10T09:00:01Z, component=TASK_ACCEPTANCE, points=10}]",
            "Reason[clause=§3.3.3, ruleId=assessment.deduction.violation, message=violation v-9 (MODERATE NON_WORK_ACTIVITY) at 2026-11-10T09:00:00Z deducts 5 point(s) from RULES_AND_DISCIPLINE, facts={fact=VIOLATION, detail=MODERATE NON_WORK_ACTIVITY, factId=v-9, at=2026-11-10T09:00:00Z, component=RULES_AND_DISCIPLINE, points=5}]",
            "Reason[clause=§1.3.3, ruleId=assessment.deduction.counted-once, message=violation v-4 records a task refusal that the task facts already deduct; it is not deducted twice, facts={violation=v-4}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=TASK_ACCEPTANCE: evaluations weigh 81.30, minus 20 point(s) deducted, within 0-100: 61.30, facts={component=TASK_ACCEPTANCE, weighted=81.30, deducted=20, score=61.30}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=TASK_EXECUTION: evaluations weigh 78.80, minus 0 point(s) deducted, within 0-100: 78.80, facts={component=TASK_EXECUTION, weighted=78.80, deducted=0, score=78.80}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=RULES_AND_DISCIPLINE: evaluations weigh 86.80, minus 5 point(s) deducted, within 0-100: 81.80, facts={component=RULES_AND_DISCIPLINE, weighted=86.80, deducted=5, score=81.80}]",
            "Reason[clause=§3.3.1, ruleId=assessment.total, message=total 30% x 61.30 + 40% x 78.80 + 30% x 81.80 = 74.45, facts={total=74.45}]",
            "Reason[clause=§3.3.1, ruleId=assessment.band, message=74.45 is QUALIFIED (from 60 to below 75), facts={total=74.45, band=QUALIFIED, range=from 60 to below 75}]",
            "Reason[clause=§3.3.3, ruleId=assessment.cap.demotion, message=a demotion issued in the period and in force (p-2, 2026-11-10T09:00:00Z) allows at most QUALIFIED: QUALIFIED is within it, facts={cause=p-2, ceiling=QUALIFIED, before=QUALIFIED, after=QUALIFIED}]",
            "Reason[clause=§3.3.1, ruleId=assessment.salary-adjustment, message=grade QUALIFIED recommends a salary adjustment of 2% (a recommendation for payroll to decide, not a payment), facts={grade=QUALIFIED, salaryAdjustment=0.02}]");
    private static final List<String> EXPECTED_NO_SUPERIOR = List.of(
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.peer, message=the mean of 3 peer evaluation(s) gave task acceptance 74.33, task execution 74.33, rules and discipline 76.00 (weight 30%), facts={role=PEER, evaluations=3, TASK_ACCEPTANCE=74.33, TASK_EXECUTION=74.33, RULES_AND_DISCIPLINE=76.00, weight=0.3}]",
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.self, message=the self-evaluation gave task acceptance 60.00, task execution 60.00, rules and discipline 60.00 (weight 20%), facts={role=SELF, evaluations=1, TASK_ACCEPTANCE=60.00, TASK_EXECUTION=60.00, RULES_AND_DISCIPLINE=60.00, weight=0.2}]",
            "Reason[clause=§3.3.1, ruleId=assessment.evaluations.no-superior, message=no superior evaluation counts for this employee, who has no direct superior or none left to stand in for one no longer employed: peers and self count in proportion to their weights, facts={superiorWeight=0.5}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=TASK_ACCEPTANCE: evaluations weigh 68.60, minus 0 point(s) deducted, within 0-100: 68.60, facts={component=TASK_ACCEPTANCE, weighted=68.60, deducted=0, score=68.60}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=TASK_EXECUTION: evaluations weigh 68.60, minus 0 point(s) deducted, within 0-100: 68.60, facts={component=TASK_EXECUTION, weighted=68.60, deducted=0, score=68.60}]",
            "Reason[clause=§3.3.1, ruleId=assessment.component, message=RULES_AND_DISCIPLINE: evaluations weigh 69.60, minus 0 point(s) deducted, within 0-100: 69.60, facts={component=RULES_AND_DISCIPLINE, weighted=69.60, deducted=0, score=69.60}]",
            "Reason[clause=§3.3.1, ruleId=assessment.total, message=total 30% x 68.60 + 40% x 68.60 + 30% x 69.60 = 68.90, facts={total=68.90}]",
            "Reason[clause=§3.3.1, ruleId=assessment.band, message=68.90 is QUALIFIED (from 60 to below 75), facts={total=68.90, band=QUALIFIED, range=from 60 to below 75}]",
            "Reason[clause=§3.3.1, ruleId=assessment.salary-adjustment, message=grade QUALIFIED recommends a salary adjustment of 2% (a recommendation for payroll to decide, not a payment), facts={grade=QUALIFIED, salaryAdjustment=0.02}]");
}
