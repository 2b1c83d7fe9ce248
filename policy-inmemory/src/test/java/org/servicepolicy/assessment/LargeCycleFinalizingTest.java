package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.assertj.core.groups.Tuple;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.testkit.Fixtures;

/**
 * §3.3.1, §1.3.3: a cycle larger than {@link AssessmentService#EMPLOYEES_PER_PART} is finalized
 * in parts of whole departments, and gives the grades the whole cycle graded at once gives
 * (its preview), in one transaction: a missing evaluation in any part keeps nothing of any part.
 */
class LargeCycleFinalizingTest {
    /** Departments of 700, 400 and 200 employees: two parts, the second holding two departments. */
    private static final List<Integer> DEPARTMENT_SIZES = List.of(700, 400, 200);
    private static final int ASSESSED = 1_300;

    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final List<List<EmployeeId>> departments = new ArrayList<>();
    private AssessmentCycle cycle;

    /**
     * A cycle over January of three departments, each employee evaluated by themself and the next
     * two of their department, but for the self-evaluations of {@code withoutSelfEvaluation}.
     */
    private void givenTheCycle(Set<EmployeeId> withoutSelfEvaluation) {
        var hr = company.actor("hr");
        var names = new ArrayList<String>();
        for (int d = 0; d < DEPARTMENT_SIZES.size(); d++) {
            var department = "d-" + (char) ('a' + d);
            names.add(department);
            company.policy.people().createDepartment(hr, new NewDepartment(department, "Department " + department));
            var members = new ArrayList<EmployeeId>();
            for (int e = 0; e < DEPARTMENT_SIZES.get(d); e++) {
                var employee = company.stores.employees().add(Fixtures.employee("%s-%04d".formatted(department, e))
                        .department(DepartmentId.of(department)).hireDate(LocalDate.of(2024, 1, 1)).build());
                members.add(employee.id());
            }
            departments.add(members);
        }
        cycle = company.policy.assessment().open(hr, new OpenCycle(null, "2026-01", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), names));
        var random = new Random(20261130L);
        int sequence = 0;
        for (var members : departments) {
            for (int e = 0; e < members.size(); e++) {
                var evaluated = members.get(e);
                var evaluators = List.of(evaluated, members.get((e + 1) % members.size()),
                        members.get((e + 2) % members.size()));
                for (var evaluator : evaluators) {
                    if (evaluator.equals(evaluated) && withoutSelfEvaluation.contains(evaluated)) {
                        continue;
                    }
                    int score = 40 + random.nextInt(61);
                    company.stores.evaluations().add(Fixtures.evaluation("ev-" + sequence++, cycle.id())
                            .evaluated(evaluated).evaluator(evaluator)
                            .role(evaluator.equals(evaluated) ? EvaluatorRole.SELF : EvaluatorRole.PEER)
                            .scores(score, 40 + random.nextInt(61), 40 + random.nextInt(61))
                            .submittedAt(Assessments.january(20)).build());
                }
            }
        }
        assessments.after(cycle);
    }

    @Test
    void aCycleFinalizedInPartsStoresTheGradesOfItsPreviewOnePerEmployeeWithTheirDecisions() {
        givenTheCycle(Set.of());
        var preview = company.policy.assessment().preview(company.actor("hr"), cycle.id());

        var finalized = company.policy.assessment().finalizeCycle(company.actor("hr"), cycle.id());

        assertThat(preview.missing()).isEmpty();
        assertThat(finalized.cycle().status()).isEqualTo(CycleStatus.FINALIZED);
        assertThat(finalized.grades()).hasSize(ASSESSED)
                .extracting(g -> g.employee().value(), CycleGrade::grade, CycleGrade::total)
                .containsExactlyElementsOf(preview.grades().stream().map(p -> Tuple.tuple(
                        p.result().employee().value(), p.result().grade(), p.result().total())).toList());
        assertThat(finalized.grades()).isSortedAccordingTo(
                Comparator.comparing(g -> g.employee().value()));
        assertThat(company.stores.cycleGrades().inCycle(cycle.id())).hasSize(ASSESSED);
        assertThat(departments.get(2)).allSatisfy(id -> assertThat(company.stores.decisions().about(id))
                .singleElement().satisfies(d -> assertThat(d.reasons().get(0).message())
                        .contains("its " + ASSESSED + " assessed employee(s)")));
        var events = company.stores.eventLog().after(0, 100_000);
        assertThat(events).filteredOn(e -> e.type().equals("GradeAssigned")).hasSize(ASSESSED);
        assertThat(events).filteredOn(e -> e.type().equals("AssessmentCycleFinalized")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("grades", String.valueOf(ASSESSED)));
    }

    @Test
    void evaluationsMissingInTheFirstPartAndTheLastRefuseTheCycleListingBothAndKeepNothing() {
        var inFirstPart = EmployeeId.of("d-a-0005");
        var inLastPart = EmployeeId.of("d-c-0007");
        givenTheCycle(Set.of(inFirstPart, inLastPart));
        var eventsBefore = company.stores.eventLog().after(0, 100_000);

        assertThatThrownBy(() -> company.policy.assessment().finalizeCycle(company.actor("hr"), cycle.id()))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo(AssessmentService.MISSING_EVALUATIONS);
                    assertThat(e.getMessage()).contains("2 evaluation(s) missing").contains("d-a-0005: ")
                            .contains("d-c-0007: ");
                });

        assertThat(company.stores.cycleGrades().inCycle(cycle.id())).isEmpty();
        assertThat(company.stores.assessmentCycles().find(cycle.id()).orElseThrow().status())
                .isEqualTo(CycleStatus.OPEN);
        assertThat(departments.get(0)).allSatisfy(id -> assertThat(company.stores.decisions().about(id)).isEmpty());
        assertThat(company.stores.eventLog().after(0, 100_000)).isEqualTo(eventsBefore);
    }
}
