package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.AssessmentService;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.assessment.EvaluationView;
import org.servicepolicy.assessment.FinalizedCycle;
import org.servicepolicy.assessment.OpenCycle;
import org.servicepolicy.assessment.SubmitEvaluation;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardStatus;

/**
 * The compliance assessment (§3.3.1) through the whole library on JDBC stores: HR opens a cycle
 * of the service department, everyone is evaluated, HR finalizes it, and a library wired to new
 * stores, sharing nothing with the writers but the database, reads back the grades, the
 * decisions that explain them, the evaluations and the reward an Excellent grade proposed.
 * Finalizing again changes no row, and HR members opening overlapping cycles at the same moment
 * cannot both succeed.
 */
abstract class FullStackAssessmentScenario {
    private static final AssessmentCycleId CYCLE = AssessmentCycleId.of("2025-q1");
    private static final EmployeeId PEER_A = EmployeeId.of("peer-a");
    private static final EmployeeId PEER_B = EmployeeId.of("peer-b");
    private static final EmployeeId AUDITOR_A = EmployeeId.of("auditor-a");
    private static final EmployeeId AUDITOR_B = EmployeeId.of("auditor-b");

    private TestDatabase database;
    private Company company;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void hireTheServiceDepartment() {
        database = newDatabase();
        company = Company.hiredOn(database.migratedStores());
        hire(PEER_A, "Wang Fang");
        hire(PEER_B, "Zhang Wei");
        // Everyone in service reports to hr, so hr's peers come from another department (§3.3.1).
        company.policy.people().createDepartment(company.hr, new NewDepartment("audit", "Internal audit"));
        for (var auditor : List.of(AUDITOR_A, AUDITOR_B)) {
            company.policy.people().hire(company.hr, new NewEmployee(auditor.value(), auditor.value(),
                    EmployeeCategory.STAFF, null, "audit", 3, LocalDate.of(2021, 5, 10),
                    EmploymentStatus.ON_POST, null, null));
        }
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void aFinalizedCycleIsReadBackWithItsGradesDecisionsEvaluationsAndRewardsByANewLibrary() {
        var absence = company.policy.discipline().record(company.hr, new RecordViolation(Company.STAFF.value(),
                ViolationType.ABSENTEEISM, Instant.parse("2025-02-10T09:00:00Z"), null, 2, "absent two days",
                null, null, null, null, null, null)).violation();
        var finalized = runTheFirstQuarter();

        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var assessment = reader.policy.assessment();
        assertThat(assessment.cycle(reader.hr, CYCLE)).isEqualTo(finalized.cycle());
        assertThat(finalized.cycle().status()).isEqualTo(CycleStatus.FINALIZED);
        var grades = assessment.gradesIn(reader.hr, CYCLE);
        assertThat(grades).containsExactlyElementsOf(finalized.grades());
        assertThat(grades).extracting(g -> g.employee().value()).containsExactly("hr", "peer-a", "peer-b", "staff");

        var staff = gradeOf(grades, Company.STAFF);
        assertThat(staff.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(staff.total().toPlainString()).isEqualTo("77.00");
        assertThat(staff.components().rulesAndDiscipline().toPlainString()).isEqualTo("70.00");
        assertThat(staff.salaryAdjustment()).isEqualByComparingTo("0.02");
        assertThat(assessment.grades(reader.hr, Company.STAFF)).containsExactly(staff);
        var staffDecision = reader.policy.decisions().decision(reader.hr, staff.decision());
        assertThat(staffDecision.kind()).isEqualTo(AssessmentService.GRADE);
        assertThat(staffDecision.outcome()).isEqualTo("QUALIFIED");
        assertThat(staffDecision.policyVersion()).isEqualTo(StandardPolicy.VERSION);
        assertThat(staffDecision.reasons()).extracting(Reason::ruleId).contains("assessment.evaluations.superior",
                "assessment.evaluations.peer", "assessment.evaluations.self", "assessment.deduction.violation",
                "assessment.total", "assessment.band", "assessment.cap.violation", "assessment.salary-adjustment");
        assertThat(staffDecision.reasons()).filteredOn(r -> r.ruleId().equals("assessment.deduction.violation"))
                .singleElement().satisfies(r -> {
                    assertThat(r.clause()).isEqualTo("§3.3.3");
                    assertThat(r.facts()).containsEntry("factId", absence.id().value());
                });
        assertThat(staffDecision.reasons()).filteredOn(r -> r.ruleId().equals("assessment.cap.violation"))
                .singleElement().satisfies(r -> assertThat(r.facts()).containsEntry("cause", absence.id().value())
                        .containsEntry("before", "GOOD").containsEntry("after", "QUALIFIED"));

        var excellent = gradeOf(grades, PEER_A);
        assertThat(excellent.grade()).isEqualTo(Grade.EXCELLENT);
        assertThat(excellent.total().toPlainString()).isEqualTo("95.00");
        assertThat(excellent.salaryAdjustment()).isEqualByComparingTo("0.08");
        assertThat(reader.policy.decisions().decision(reader.hr, excellent.decision()).reasons())
                .extracting(Reason::clause).contains("§1.3.3", "§3.3.1");
        assertThat(reader.policy.rewards().rewardsOf(reader.hr, PEER_A)).singleElement().satisfies(reward -> {
            assertThat(reward.ruleId()).isEqualTo("excellent-grade");
            assertThat(reward.source()).isEqualTo("cycle:" + CYCLE);
            assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
            assertThat(reward.kinds()).containsExactly(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                    RewardKind.PUBLIC_COMMENDATION);
            assertThat(reward.bonus()).contains(Money.of("2000", "CNY"));
            assertThat(reader.policy.decisions().decision(reader.hr, reward.decisionId()).reasons())
                    .extracting(Reason::clause).containsOnly("§3.3.2");
        });
        assertThat(reader.policy.rewards().rewards(reader.hr, Optional.empty()))
                .extracting(Reward::employee).containsExactly(PEER_A);

        assertThat(assessment.evaluations(reader.hr, CYCLE, Company.STAFF)).extracting(EvaluationView::role)
                .containsExactly(EvaluatorRole.SUPERIOR, EvaluatorRole.PEER, EvaluatorRole.PEER, EvaluatorRole.SELF);
    }

    @Test
    void finalizingAFinalizedCycleAgainChangesNoRow() {
        var first = runTheFirstQuarter();
        var rows = database.rowCounts();

        var again = company.policy.assessment().finalizeCycle(company.hr, CYCLE);
        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var byAnotherLibrary = reader.policy.assessment().finalizeCycle(reader.hr, CYCLE);

        assertThat(again).isEqualTo(first);
        assertThat(byAnotherLibrary).isEqualTo(first);
        assertThat(database.rowCounts()).isEqualTo(rows);
        assertThat(rows).containsEntry("servicepolicy_cycle_grade", 4L).containsEntry("servicepolicy_reward", 1L);
    }

    @Test
    void hrMembersOpeningOverlappingCyclesAtTheSameMomentCannotBothSucceed() throws Exception {
        // A second library on the same database, as a second instance of the application would be.
        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var pool = Executors.newFixedThreadPool(2);
        try {
            for (int year = 2030; year < 2035; year++) {
                var start = new CyclicBarrier(2);
                var department = opening(pool, start, company, new OpenCycle("q1-" + year, "Q1 " + year,
                        LocalDate.of(year, 1, 1), LocalDate.of(year, 3, 31), List.of("service")));
                var wholeCompany = opening(pool, start, reader, new OpenCycle("h1-" + year, "H1 " + year,
                        LocalDate.of(year, 3, 31), LocalDate.of(year, 6, 30), null));

                var opened = new ArrayList<AssessmentCycle>();
                var refused = new ArrayList<PolicyRefusalException>();
                for (var attempt : List.of(department, wholeCompany)) {
                    try {
                        opened.add(attempt.get(60, TimeUnit.SECONDS));
                    } catch (ExecutionException e) {
                        assertThat(e.getCause()).isInstanceOf(PolicyRefusalException.class);
                        refused.add((PolicyRefusalException) e.getCause());
                    }
                }

                assertThat(opened).hasSize(1);
                assertThat(refused).singleElement().extracting(PolicyRefusalException::ruleId)
                        .isEqualTo("assessment.cycle.overlap");
            }
        } finally {
            pool.shutdownNow();
        }
        assertThat(company.policy.assessment().cycles(company.hr)).hasSize(5);
    }

    private FinalizedCycle runTheFirstQuarter() {
        var assessment = company.policy.assessment();
        assessment.open(company.hr, new OpenCycle(CYCLE.value(), "2025-Q1", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), List.of("service")));
        // hr has no superior; staff, peer-a and peer-b report to hr, so hr's peers are the auditors.
        // peer-a is Excellent, the others Good.
        evaluate(Company.HR, Company.HR, 80);
        evaluate(AUDITOR_A, Company.HR, 80);
        evaluate(AUDITOR_B, Company.HR, 80);
        for (var evaluated : List.of(Company.STAFF, PEER_A, PEER_B)) {
            int score = evaluated.equals(PEER_A) ? 95 : 80;
            evaluate(Company.HR, evaluated, score);
            evaluate(evaluated, evaluated, score);
            for (var peer : List.of(Company.STAFF, PEER_A, PEER_B)) {
                if (!peer.equals(evaluated)) {
                    evaluate(peer, evaluated, score);
                }
            }
        }
        assertThat(assessment.missing(company.hr, CYCLE)).isEmpty();
        return assessment.finalizeCycle(company.hr, CYCLE);
    }

    private void evaluate(EmployeeId evaluator, EmployeeId evaluated, int score) {
        var actor = company.policy.people().actorFor(evaluator).orElseThrow();
        company.policy.assessment().evaluate(actor, CYCLE, new SubmitEvaluation(evaluated.value(), score, score, score,
                evaluator + " on " + evaluated + ": 工作认真"));
    }

    private void hire(EmployeeId id, String name) {
        company.policy.people().hire(company.hr, new NewEmployee(id.value(), name, EmployeeCategory.STAFF,
                Company.HR.value(), "service", 3, LocalDate.of(2021, 5, 10), EmploymentStatus.ON_POST, null, null));
    }

    private static CycleGrade gradeOf(List<CycleGrade> grades, EmployeeId employee) {
        return grades.stream().filter(g -> g.employee().equals(employee)).findFirst().orElseThrow();
    }

    private static Future<AssessmentCycle> opening(ExecutorService pool, CyclicBarrier start, Company by,
                                                   OpenCycle command) {
        Callable<AssessmentCycle> open = () -> {
            start.await(60, TimeUnit.SECONDS);
            return by.policy.assessment().open(by.hr, command);
        };
        return pool.submit(open);
    }
}
