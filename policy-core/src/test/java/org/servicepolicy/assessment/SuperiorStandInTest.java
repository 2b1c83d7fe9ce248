package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Grading;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §3.3.1: a dismissed or departed direct superior does not block a cycle; the superior
 * evaluation falls to the nearest employed superior up the line, then a manager of the
 * department, then HR, and says who evaluated in whose place.
 */
class SuperiorStandInTest {
    private static final AssessmentPolicy POLICY = StandardPolicy.definition().assessment();

    // service: head -> lead -> staff, colleague, peer; boss manages service outside that line
    private final Employee head = AssessmentCases.employee("head", EmployeeCategory.MANAGER, null, "service");
    private final Employee lead = AssessmentCases.employee("lead", EmployeeCategory.STAFF, "head", "service");
    private final Employee staff = AssessmentCases.employee("staff", EmployeeCategory.STAFF, "lead", "service");
    private final Employee colleague = AssessmentCases.employee("colleague", EmployeeCategory.STAFF, "lead", "service");

    @Test
    void anEmployedDirectSuperiorGivesItThemself() {
        var workforce = new Workforce(List.of(head, lead, staff, colleague));
        assertThat(workforce.superiorEvaluator(staff)).contains(new SuperiorEvaluator(lead.id(), Optional.empty(),
                List.of(lead.id())));
        assertThat(workforce.superiorEvaluator(head)).isEmpty();
    }

    @Test
    void theNearestEmployedSuperiorUpTheLineStandsInForADismissedOne() {
        var workforce = new Workforce(List.of(head, lead.withStatus(EmploymentStatus.DISMISSED), staff, colleague));
        var superior = workforce.superiorEvaluator(staff).orElseThrow();
        assertThat(superior.basis()).contains(StandIn.Basis.NEXT_SUPERIOR);
        assertThat(superior.evaluators()).containsExactly(head.id());
        var standing = workforce.standing(head, staff, POLICY);
        assertThat(standing.role()).contains(EvaluatorRole.SUPERIOR);
        assertThat(standing.standIn()).contains(new StandIn(head.id(), lead.id(), StandIn.Basis.NEXT_SUPERIOR));
        assertThat(workforce.standing(lead.withStatus(EmploymentStatus.DISMISSED), staff, POLICY).refusal())
                .isEqualTo("lead is no longer employed; the superior evaluation of staff is given by head (the nearest"
                        + " employed superior up the line) in place of the direct superior lead, no longer employed");
    }

    @Test
    void aSuperiorAboveTheStandInIsStillNoPeerAndIsToldWhoGivesIt() {
        // top -> head -> lead (left) -> staff: head stands in, top stays above the line
        var top = AssessmentCases.employee("top", EmployeeCategory.MANAGER, null, "service");
        var line = new Workforce(List.of(top, AssessmentCases.employee("head", EmployeeCategory.MANAGER, "top",
                "service"), lead.withStatus(EmploymentStatus.LEFT), staff, colleague));
        var standing = line.standing(top, staff, POLICY);
        assertThat(standing.allowed()).isFalse();
        assertThat(standing.refusal()).contains("top is a superior of staff further up the reporting line")
                .contains("the superior evaluation is given by head (the nearest employed superior up the line) in"
                        + " place of the direct superior lead");
    }

    @Test
    void aManagerOfTheDepartmentStandsInWhenNobodyUpTheLineIsEmployed() {
        var boss = AssessmentCases.employee("boss", EmployeeCategory.MANAGER, null, "service");
        var workforce = new Workforce(List.of(boss, head.withStatus(EmploymentStatus.LEFT),
                lead.withStatus(EmploymentStatus.DISMISSED), staff, colleague));
        var superior = workforce.superiorEvaluator(staff).orElseThrow();
        assertThat(superior.basis()).contains(StandIn.Basis.DEPARTMENT_MANAGER);
        assertThat(superior.evaluators()).containsExactly(boss.id());
        assertThat(workforce.standing(boss, staff, POLICY).standIn())
                .contains(new StandIn(boss.id(), lead.id(), StandIn.Basis.DEPARTMENT_MANAGER));
        assertThat(MissingEvaluation.superior(staff.id(), superior).describe()).isEqualTo("staff: the evaluation by boss"
                + " (a manager of the department) in place of the direct superior lead, no longer employed");
        assertThat(MissingEvaluation.superior(staff.id(), superior).evaluator()).contains(boss.id());
    }

    @Test
    @DisplayName("§1.3.3: nobody below the evaluated employee stands in for their superior, as manager or as HR")
    void noStandInComesFromBelowTheEvaluatedEmployee() {
        // gone (left) -> chief (MANAGER) -> deputy (MANAGER, granted HR) -> clerk; hr outside the line
        var gone = AssessmentCases.employee("gone", EmployeeCategory.MANAGER, null, "service")
                .withStatus(EmploymentStatus.LEFT);
        var chief = AssessmentCases.employee("chief", EmployeeCategory.MANAGER, "gone", "service");
        var deputy = AssessmentCases.hrMember("deputy", EmployeeCategory.MANAGER, "chief", "service");
        var clerk = AssessmentCases.employee("clerk", EmployeeCategory.STAFF, "deputy", "service");
        var hr = AssessmentCases.hrMember("hr", EmployeeCategory.STAFF, null, "people");

        var superior = new Workforce(List.of(gone, chief, deputy, clerk, hr)).superiorEvaluator(chief).orElseThrow();

        assertThat(superior.basis()).contains(StandIn.Basis.HR);
        assertThat(superior.evaluators()).containsExactly(hr.id());
    }

    @Test
    void withNobodyLeftToStandInTheEmployeeIsGradedWithoutASuperiorAndTheCycleIsNotBlocked() {
        var cycle = AssessmentCases.january();
        var workforce = new Workforce(List.of(head.withStatus(EmploymentStatus.LEFT),
                lead.withStatus(EmploymentStatus.DISMISSED), staff, colleague));
        assertThat(workforce.superiorEvaluator(staff).orElseThrow().possible()).isFalse();
        var participation = new AssessmentFacts.Participation(new AssessmentFacts.Roll(cycle, workforce,
                AssessmentCases.standardOnly()), List.of());
        assertThat(GradingRules.missing(participation)).filteredOn(m -> m.employee().equals(staff.id()))
                .extracting(MissingEvaluation::role).containsExactly(EvaluatorRole.PEER, EvaluatorRole.SELF);
    }

    @Test
    void theGradeSaysWhoEvaluatedInWhosePlace() {
        var standIn = new StandIn(EmployeeId.of("head"), EmployeeId.of("lead"), StandIn.Basis.NEXT_SUPERIOR);
        var grading = Grading.of("staff").evaluation(EvaluatorRole.SUPERIOR,
                Grading.scores(80, 80, 80)).peer(80, 80, 80).peer(80, 80, 80).self(80, 80, 80);
        var input = grading.input();
        var evaluations = new ArrayList<>(input.evaluations());
        evaluations.set(0, new ScoredEvaluation(EvaluatorRole.SUPERIOR, Grading.scores(80, 80, 80),
                Optional.of(standIn)));
        var result = GradeRule.grade(new GradingInput(input.employee(), input.department(), evaluations,
                input.taskFacts(), input.violations(), input.demotions()), POLICY);
        assertThat(result.groups().get(0).standIn()).contains(standIn);
        assertThat(GradeRule.explain(result, POLICY)).anySatisfy(reason -> {
            assertThat(reason.clause()).isEqualTo("§3.3.1");
            assertThat(reason.ruleId()).isEqualTo("assessment.evaluations.superior");
            assertThat(reason.message()).startsWith("head (the nearest employed superior up the line) in place of the"
                    + " direct superior lead, no longer employed gave task acceptance 80.00");
        });
    }
}
