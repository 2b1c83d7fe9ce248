package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.Grade;

/**
 * The contract of {@link org.servicepolicy.assessment.CycleGradeStore}: a finalized grade comes
 * back exactly, its scores with the two decimals the core grades with and its salary
 * recommendation with the scale the policy gave it; a cycle's grades are listed by employee id,
 * an employee's oldest period first, many employees' at once as each one's; and an employee has
 * one grade per cycle.
 */
public abstract class CycleGradeStoreContract extends PortContract {
    private static final AssessmentCycleId Q1 = AssessmentCycleId.of("C-q1");
    private static final AssessmentCycleId Q2 = AssessmentCycleId.of("C-q2");
    private static final AssessmentCycleId YEAR = AssessmentCycleId.of("C-2024");
    /** Ends on the same day as {@link #Q1}, and its id sorts before it. */
    private static final AssessmentCycleId MARCH = AssessmentCycleId.of("C-march");
    private static final DecisionId DECISION = DecisionId.of("DEC-1");
    private static final EmployeeId ALICE = EmployeeId.of("E-alice");
    private static final EmployeeId ZHAO = EmployeeId.of("E-zhao");
    private static final DepartmentId SALES = DepartmentId.of("D-sales");

    @BeforeEach
    void seedTheCyclesPeopleAndDecisionsGradesReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(ALICE);
        givenEmployee(ZHAO);
        givenDepartment(SALES);
        givenDecision(Fixtures.decision(DECISION.value()).kind("assessment.grade").outcome("GOOD").build());
        ports().assessmentCycles().add(Fixtures.assessmentCycle(Q1.value()).build());
        ports().assessmentCycles().add(Fixtures.assessmentCycle(Q2.value())
                .period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)).build());
        ports().assessmentCycles().add(Fixtures.assessmentCycle(YEAR.value())
                .period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)).build());
        ports().assessmentCycles().add(Fixtures.assessmentCycle(MARCH.value())
                .period(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 31)).departments(SALES).build());
    }

    @Test
    void aGradeIsFoundAsFinalizedWithEveryPart() {
        var grade = Fixtures.cycleGrade(Q1, DECISION).department(SALES).policyVersion("2025.1 修订")
                .finalizedAt(Fixtures.minutesAfterT0(45)).build();

        ports().cycleGrades().add(grade);

        assertThat(ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE)).contains(grade);
        assertThat(ports().cycleGrades().inCycle(Q1)).containsExactly(grade);
        assertThat(ports().cycleGrades().of(Fixtures.EMPLOYEE)).containsExactly(grade);
    }

    @ParameterizedTest
    @EnumSource(Grade.class)
    void everyGradeIsKept(Grade value) {
        ports().cycleGrades().add(Fixtures.cycleGrade(Q1, DECISION).grade(value).build());

        assertThat(ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE).orElseThrow().grade()).isEqualTo(value);
    }

    @ParameterizedTest
    @CsvSource({"0.00, 0.00, 0.00, 0.00", "100.00, 100.00, 100.00, 100.00", "59.99, 0.01, 99.99, 60.05",
            "90.00, 87.55, 92.45, 89.96"})
    void scoresKeepTheirTwoDecimalsExactly(String total, String acceptance, String execution, String discipline) {
        var grade = Fixtures.cycleGrade(Q1, DECISION).total(total).components(acceptance, execution, discipline)
                .build();

        ports().cycleGrades().add(grade);

        var found = ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE).orElseThrow();
        assertThat(found).isEqualTo(grade);
        assertThat(found.total().toPlainString()).isEqualTo(total);
        assertThat(found.components().taskAcceptance().toPlainString()).isEqualTo(acceptance);
        assertThat(found.components().taskExecution().toPlainString()).isEqualTo(execution);
        assertThat(found.components().rulesAndDiscipline().toPlainString()).isEqualTo(discipline);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "0.08", "0.050", "0.1", "1", "0.0825", "0.333333"})
    void theSalaryRecommendationKeepsTheScaleThePolicyGaveIt(String fraction) {
        var grade = Fixtures.cycleGrade(Q1, DECISION).salaryAdjustment(fraction).build();

        ports().cycleGrades().add(grade);

        var found = ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE).orElseThrow();
        assertThat(found).isEqualTo(grade);
        assertThat(found.salaryAdjustment().toPlainString()).isEqualTo(fraction);
    }

    @Test
    void aCyclesGradesAreListedByEmployeeId() {
        var zhao = add(Fixtures.cycleGrade(Q1, DECISION).employee(ZHAO).grade(Grade.EXCELLENT).total("93.10"));
        var staff = add(Fixtures.cycleGrade(Q1, DECISION));
        var alice = add(Fixtures.cycleGrade(Q1, DECISION).employee(ALICE).department(SALES).grade(Grade.QUALIFIED)
                .total("61.00"));
        add(Fixtures.cycleGrade(Q2, DECISION).employee(ALICE).period(LocalDate.of(2025, 4, 1),
                LocalDate.of(2025, 6, 30)));

        assertThat(ports().cycleGrades().inCycle(Q1)).containsExactly(alice, staff, zhao);
        assertThat(ports().cycleGrades().inCycle(AssessmentCycleId.of("C-none"))).isEmpty();
    }

    @Test
    void anEmployeesGradesAreListedOldestPeriodFirstByLastDayThenCycleId() {
        var q2 = add(Fixtures.cycleGrade(Q2, DECISION).period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        var year = add(Fixtures.cycleGrade(YEAR, DECISION).period(LocalDate.of(2024, 1, 1),
                LocalDate.of(2024, 12, 31)));
        var march = add(Fixtures.cycleGrade(MARCH, DECISION).period(LocalDate.of(2025, 3, 1),
                LocalDate.of(2025, 3, 31)));
        var q1 = add(Fixtures.cycleGrade(Q1, DECISION));
        add(Fixtures.cycleGrade(Q1, DECISION).employee(ALICE));

        assertThat(ports().cycleGrades().of(Fixtures.EMPLOYEE)).containsExactly(year, march, q1, q2);
        assertThat(ports().cycleGrades().of(ZHAO)).isEmpty();
    }

    @Test
    void aSecondGradeOfTheEmployeeInTheCycleIsADuplicateConflictAndKeepsTheFirst() {
        var first = add(Fixtures.cycleGrade(Q1, DECISION));

        assertConflict("duplicate", () -> ports().cycleGrades().add(Fixtures.cycleGrade(Q1, DECISION)
                .grade(Grade.EXCELLENT).total("95.00").build()));
        assertThat(ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE)).contains(first);
        assertThat(ports().cycleGrades().inCycle(Q1)).containsExactly(first);
    }

    @Test
    void addAllStoresEveryGradeAsAddWould() {
        var grades = List.of(Fixtures.cycleGrade(Q1, DECISION).employee(ZHAO).grade(Grade.EXCELLENT).total("93.10")
                        .build(), Fixtures.cycleGrade(Q1, DECISION).build(),
                Fixtures.cycleGrade(Q1, DECISION).employee(ALICE).department(SALES).salaryAdjustment("0.025").build());

        ports().cycleGrades().addAll(grades);

        assertThat(ports().cycleGrades().inCycle(Q1)).containsExactly(grades.get(2), grades.get(1), grades.get(0));
        assertThat(ports().cycleGrades().find(Q1, ALICE)).contains(grades.get(2));
    }

    /** Finalizing a large cycle writes its grades in batches; every one of them is kept. */
    @Test
    void addAllKeepsMoreGradesThanOneBatchHolds() {
        var grades = new java.util.ArrayList<CycleGrade>();
        for (int i = 0; i < 1_001; i++) {
            var employee = givenEmployee(EmployeeId.of("E-batch-%04d".formatted(i))).id();
            grades.add(Fixtures.cycleGrade(Q2, DECISION).employee(employee).period(LocalDate.of(2025, 4, 1),
                    LocalDate.of(2025, 6, 30)).build());
        }

        ports().cycleGrades().addAll(grades);

        assertThat(ports().cycleGrades().inCycle(Q2)).containsExactlyElementsOf(grades);
    }

    @Test
    void addAllOfAGradeTheEmployeeHasInTheCycleIsADuplicateConflictAndKeepsTheFirst() {
        var first = add(Fixtures.cycleGrade(Q1, DECISION));

        assertConflict("duplicate", () -> ports().cycleGrades().addAll(List.of(
                Fixtures.cycleGrade(Q1, DECISION).grade(Grade.EXCELLENT).total("95.00").build())));
        assertThat(ports().cycleGrades().find(Q1, Fixtures.EMPLOYEE)).contains(first);
    }

    @Test
    void anEmployeeWithoutAGradeInTheCycleHasNone() {
        add(Fixtures.cycleGrade(Q1, DECISION));

        assertThat(ports().cycleGrades().find(Q2, Fixtures.EMPLOYEE)).isEmpty();
        assertThat(ports().cycleGrades().find(Q1, ALICE)).isEmpty();
    }

    @Test
    void ofAllGivesEachEmployeeWhatOfGivesInTheOrderTheyWereGiven() {
        add(Fixtures.cycleGrade(Q2, DECISION).period(LocalDate.of(2025, 4, 1), LocalDate.of(2025, 6, 30)));
        add(Fixtures.cycleGrade(YEAR, DECISION).period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31)));
        add(Fixtures.cycleGrade(Q1, DECISION).employee(ALICE).department(SALES));
        var employees = List.of(ZHAO, Fixtures.EMPLOYEE, ALICE, ZHAO);

        var all = ports().cycleGrades().ofAll(employees);

        assertThat(all.keySet()).containsExactly(ZHAO, Fixtures.EMPLOYEE, ALICE);
        assertThat(all.get(Fixtures.EMPLOYEE)).hasSize(2).isEqualTo(ports().cycleGrades().of(Fixtures.EMPLOYEE));
        assertThat(all.get(ALICE)).hasSize(1).isEqualTo(ports().cycleGrades().of(ALICE));
        assertThat(all.get(ZHAO)).isEmpty();
    }

    @Test
    void ofAllFindsTheGradesOfEmployeesSpreadOverMoreIdsThanOneStatementBinds() {
        add(Fixtures.cycleGrade(Q1, DECISION).employee(ALICE));
        add(Fixtures.cycleGrade(Q1, DECISION).employee(ZHAO));
        var employees = manyIdsAmong(List.of(ALICE, ZHAO));

        var all = ports().cycleGrades().ofAll(employees);

        assertThat(all.keySet()).containsExactlyElementsOf(employees);
        assertThat(all.get(ALICE)).hasSize(1);
        assertThat(all.get(ZHAO)).hasSize(1);
        assertThat(all.values().stream().mapToInt(List::size).sum()).isEqualTo(2);
    }

    private CycleGrade add(CycleGradeBuilder builder) {
        var grade = builder.build();
        ports().cycleGrades().add(grade);
        return grade;
    }
}
