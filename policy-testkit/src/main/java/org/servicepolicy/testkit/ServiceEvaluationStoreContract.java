package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.service.SupervisionStore;
import org.servicepolicy.service.evaluation.InternalScore;
import org.servicepolicy.service.evaluation.ScorerRole;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriod;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/**
 * The contract of {@link org.servicepolicy.service.evaluation.ServiceEvaluationStore} (§2.3.3):
 * a period comes back whole with its scope, at version 1, and a stale update is refused; an
 * internal score replaces the one of the same period, employee and role; results and follow-ups
 * are append-only and read by period, by many employees at once, or per employee. Also the
 * set-based read of findings of {@link SupervisionStore#findingsOfAll} that data analysis uses.
 */
public abstract class ServiceEvaluationStoreContract extends PortContract {
    private static final EmployeeId OTHER = EmployeeId.of("E-other");
    private static final DepartmentId SALES = DepartmentId.of("D-sales");

    @BeforeEach
    void seedThePeopleRecordsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(OTHER);
        givenEmployee(Fixtures.SUPERVISOR);
        givenDepartment(SALES);
    }

    private static ServiceEvaluationPeriod period(String id, CycleScope scope) {
        return new ServiceEvaluationPeriod(ServiceEvaluationPeriodId.of(id), "Q1 service — 第一季度",
                LocalDate.of(2025, 1, 1), LocalDate.of(2025, 3, 31), ZoneId.of("Asia/Shanghai"), scope,
                ServiceEvaluationPeriod.Status.OPEN, Fixtures.T0, Fixtures.HR, Optional.empty(), Optional.empty(), 0);
    }

    private static InternalScore internal(EmployeeId employee, ScorerRole role, int value) {
        return new InternalScore(ServiceEvaluationPeriodId.of("P-1"), employee, role, Fixtures.SUPERVISOR,
                Map.of(ServiceDimension.CUSTOMER_SATISFACTION, value, ServiceDimension.EFFICIENCY, 0,
                        ServiceDimension.COMMUNICATION, 100, ServiceDimension.ATTITUDE, 55), Fixtures.T0);
    }

    private static ServiceEvaluationResult result(String id, EmployeeId employee, LocalDate to) {
        return new ServiceEvaluationResult(id, ServiceEvaluationPeriodId.of("P-1"), to.minusMonths(3), to, employee,
                Fixtures.DEPARTMENT, new BigDecimal("87.35"), ServiceBand.STANDARD,
                Map.of(ServiceDimension.CUSTOMER_SATISFACTION, new BigDecimal("91.67"),
                        ServiceDimension.EFFICIENCY, new BigDecimal("100.00")),
                DecisionId.of("D-" + id), "standard", Fixtures.minutesAfterT0(5));
    }

    @Test
    void aPeriodComesBackWithItsScopeAtVersionOneAndFinalisesOnce() {
        var added = ports().serviceEvaluations().add(period("P-1", CycleScope.of(Set.of(Fixtures.DEPARTMENT, SALES))));
        ports().serviceEvaluations().add(period("P-2", CycleScope.company()));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().serviceEvaluations().period(added.id())).contains(added);
        assertThat(ports().serviceEvaluations().periods()).extracting(p -> p.id().value()).containsExactly("P-1", "P-2");
        assertThat(ports().serviceEvaluations().periods().get(1).scope()).isEqualTo(CycleScope.company());

        var finalised = ports().serviceEvaluations().update(added.finalised(Fixtures.minutesAfterT0(9), Fixtures.HR));
        assertThat(finalised.version()).isEqualTo(2);
        assertThat(ports().serviceEvaluations().period(added.id())).contains(finalised);
        assertConflict("stale-version", () -> ports().serviceEvaluations().update(added.finalised(Fixtures.T0, Fixtures.HR)));
    }

    @Test
    void anInternalScoreReplacesTheSameRolesEarlierOne() {
        ports().serviceEvaluations().add(period("P-1", CycleScope.company()));
        ports().serviceEvaluations().put(internal(Fixtures.EMPLOYEE, ScorerRole.SUPERIOR, 10));
        var group = ports().serviceEvaluations().put(internal(Fixtures.EMPLOYEE, ScorerRole.SUPERVISION_GROUP, 20));
        var again = ports().serviceEvaluations().put(internal(Fixtures.EMPLOYEE, ScorerRole.SUPERIOR, 30));
        var other = ports().serviceEvaluations().put(internal(OTHER, ScorerRole.SUPERIOR, 40));

        assertThat(ports().serviceEvaluations().scoresIn(ServiceEvaluationPeriodId.of("P-1")))
                .containsExactly(other, again, group);
    }

    @Test
    void resultsAreReadByPeriodAndByManyEmployeesAtOnce() {
        ports().serviceEvaluations().add(period("P-1", CycleScope.company()));
        var late = result("R-1", Fixtures.EMPLOYEE, LocalDate.of(2025, 6, 30));
        var early = result("R-2", Fixtures.EMPLOYEE, LocalDate.of(2025, 3, 31));
        var other = result("R-3", OTHER, LocalDate.of(2025, 3, 31));
        ports().serviceEvaluations().addResults(List.of(late, other));
        var secondPeriod = period("P-0", CycleScope.company());
        ports().serviceEvaluations().add(secondPeriod);
        var earlyInItsPeriod = new ServiceEvaluationResult(early.id(), secondPeriod.id(), early.periodFrom(),
                early.periodTo(), early.employee(), early.department(), early.score(), ServiceBand.SUBSTANDARD,
                early.dimensionScores(), early.decision(), early.policyVersion(), early.finalisedAt());
        ports().serviceEvaluations().addResults(List.of(earlyInItsPeriod));

        assertThat(ports().serviceEvaluations().resultsIn(ServiceEvaluationPeriodId.of("P-1")))
                .containsExactly(other, late);
        assertThat(ports().serviceEvaluations().resultsOfAll(manyIdsAmong(List.of(Fixtures.EMPLOYEE, OTHER))))
                .containsExactly(other, earlyInItsPeriod, late);
        assertThat(ports().serviceEvaluations().resultsOfAll(List.of(Fixtures.HR))).isEmpty();
        assertConflict("duplicate", () -> ports().serviceEvaluations().addResults(List.of(late)));
    }

    @Test
    void followUpsAreReadPerEmployeeOldestFirst() {
        ports().serviceEvaluations().add(period("P-1", CycleScope.company()));
        var later = new ServiceTrainingFollowUp("F-2", Fixtures.EMPLOYEE, FollowUpKind.REMEDIAL_TRAINING, "R-2",
                ServiceEvaluationPeriodId.of("P-1"), ServiceTrainingFollowUp.Status.OPEN, Fixtures.minutesAfterT0(5));
        var first = new ServiceTrainingFollowUp("F-1", Fixtures.EMPLOYEE, FollowUpKind.COACHING, "R-1",
                ServiceEvaluationPeriodId.of("P-1"), ServiceTrainingFollowUp.Status.OPEN, Fixtures.T0);
        ports().serviceEvaluations().addFollowUps(List.of(later, first));

        assertThat(ports().serviceEvaluations().followUpsOf(Fixtures.EMPLOYEE)).containsExactly(first, later);
        assertThat(ports().serviceEvaluations().followUpsOf(OTHER)).isEmpty();
    }

    @Test
    void findingsAreReadForManyEmployeesAtOnce() {
        var late = ports().supervision().add(Fixtures.finding("F-2").observedAt(Fixtures.minutesAfterT0(60)).build());
        var early = ports().supervision().add(Fixtures.finding("F-1").build());
        var others = ports().supervision().add(Fixtures.finding("F-3").employee(OTHER).build());

        var read = ports().supervision().findingsOfAll(manyIdsAmong(List.of(Fixtures.EMPLOYEE, OTHER)));

        assertThat(read.get(Fixtures.EMPLOYEE)).containsExactly(early, late);
        assertThat(read.get(OTHER)).containsExactly(others);
        assertThat(read.get(EmployeeId.of("E-nobody-0001"))).isEmpty();
    }
}
