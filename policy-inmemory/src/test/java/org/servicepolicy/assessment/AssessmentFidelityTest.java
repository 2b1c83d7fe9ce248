package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.Severity;

/**
 * Through the public API over in-memory ports: a departed superior does not block a cycle
 * (§3.3.1), and a tie for the last EXCELLENT grades is settled by the policy, never by id (§1.3.3).
 */
class AssessmentFidelityTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId MANAGER = EmployeeId.of("manager");
    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();

    @Test
    @DisplayName("§3.3.1: with the direct superior dismissed, HR gives the superior evaluation in their place and the grade says so")
    void aDismissedSuperiorsEvaluationFallsToHr() {
        var cycle = assessments.openJanuary();
        dismissManager();

        var missing = assessment.missing(company.actor("hr"), cycle.id());
        assertThat(missing).filteredOn(m -> m.employee().equals(STAFF) && m.role() == EvaluatorRole.SUPERIOR)
                .singleElement().satisfies(m -> {
                    assertThat(m.evaluator()).isEmpty();
                    assertThat(m.superior().orElseThrow().evaluators()).extracting(EmployeeId::value)
                            .containsExactly("hr", "hr2");
                    assertThat(m.describe()).isEqualTo("staff: the evaluation by any of hr, hr2 (a member of HR) in"
                            + " place of the direct superior manager, no longer employed");
                });
        assertThatThrownBy(() -> assessments.evaluate(cycle, "manager", "staff", 80, 80, 80))
                .isInstanceOf(AccessDeniedException.class);

        var byHr = assessments.evaluate(cycle, "hr", "staff", 82, 84, 86);
        assertThat(byHr.role()).isEqualTo(EvaluatorRole.SUPERIOR);
        assertThat(byHr.standIn()).contains(new StandIn(EmployeeId.of("hr"), MANAGER, StandIn.Basis.HR));
        assertThatThrownBy(() -> assessments.evaluate(cycle, "hr2", "staff", 60, 60, 60))
                .isInstanceOf(ConflictException.class).hasMessageContaining("superior evaluation of staff");
        assertThat(assessment.evaluations(company.actor("staff"), cycle.id(), STAFF))
                .filteredOn(e -> e.role() == EvaluatorRole.SUPERIOR).singleElement()
                .satisfies(e -> assertThat(e.standIn()).isEqualTo(byHr.standIn()));

        for (var evaluated : List.of("staff", "colleague", "temp")) {
            if (!evaluated.equals("staff")) {
                assessments.evaluate(cycle, "hr", evaluated, 80, 80, 80);
            }
            assessments.evaluate(cycle, evaluated, evaluated, 80, 80, 80);
            for (var peer : Assessments.PEERS.get(evaluated)) {
                assessments.evaluate(cycle, peer, evaluated, 80, 80, 80);
            }
        }
        assertThat(assessment.missing(company.actor("hr"), cycle.id())).isEmpty();
        assessments.after(cycle);

        var grades = assessment.finalizeCycle(company.actor("hr2"), cycle.id()).grades();
        assertThat(grades).extracting(CycleGrade::employee).doesNotContain(MANAGER);
        var staffGrade = grades.stream().filter(g -> g.employee().equals(STAFF)).findFirst().orElseThrow();
        assertThat(company.stores.decisions().find(staffGrade.decision()).orElseThrow().reasons()).anySatisfy(r -> {
            assertThat(r.clause()).isEqualTo("§3.3.1");
            assertThat(r.ruleId()).isEqualTo("assessment.evaluations.superior");
            assertThat(r.message()).startsWith("hr (a member of HR) in place of the direct superior manager, no longer"
                    + " employed gave task acceptance 82.00");
        });
    }

    @Test
    @DisplayName("§1.3.3: employees tied for the last EXCELLENT grade all keep it, whatever their ids, and the grade says how")
    void tiedEmployeesAllKeepExcellent() {
        company.policy.policies().publish(company.actor("hr"), "quarter-excellent", Instant.parse("2026-01-06T00:00:00Z"),
                Map.of("assessment.distribution.maxExcellentShare", "0.25"));
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, Map.of("colleague", 95, "manager", 80, "staff", 95, "temp", 93));
        assessments.after(cycle);

        var preview = assessment.preview(company.actor("hr"), cycle.id());
        assertThat(preview.grades()).extracting(g -> g.result().employee().value() + " " + g.result().grade())
                .containsExactly("colleague EXCELLENT", "manager GOOD", "staff EXCELLENT", "temp GOOD");
        var grades = assessment.finalizeCycle(company.actor("hr"), cycle.id()).grades();
        assertThat(grades).extracting(CycleGrade::grade)
                .containsExactly(Grade.EXCELLENT, Grade.GOOD, Grade.EXCELLENT, Grade.GOOD);
        for (var tied : List.of("colleague", "staff")) {
            var grade = grades.stream().filter(g -> g.employee().value().equals(tied)).findFirst().orElseThrow();
            assertThat(company.stores.decisions().find(grade.decision()).orElseThrow().reasons()).anySatisfy(r -> {
                assertThat(r.clause()).isEqualTo("§1.3.3");
                assertThat(r.ruleId()).isEqualTo("assessment.distribution.tie");
                assertThat(r.message()).contains("2 employees tie exactly for the last place kept")
                        .contains("tied employees all keep EXCELLENT, so the department keeps 2");
            });
        }
        var temp = grades.stream().filter(g -> g.employee().value().equals("temp")).findFirst().orElseThrow();
        assertThat(company.stores.decisions().find(temp.decision()).orElseThrow().reasons())
                .anySatisfy(r -> assertThat(r.ruleId()).isEqualTo("assessment.cap.distribution"));
    }

    /** A GROSS breach of the company's rules earns dismissal, which HR issues: the manager is gone. */
    private void dismissManager() {
        var recorded = company.companyRule("manager", Severity.GROSS);
        company.policy.discipline().issue(company.actor("hr"), recorded.penalty().orElseThrow().id());
    }
}
