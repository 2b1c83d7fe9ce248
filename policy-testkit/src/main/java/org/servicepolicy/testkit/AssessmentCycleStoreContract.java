package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;

/**
 * The contract of {@link org.servicepolicy.assessment.AssessmentCycleStore}: a cycle comes back
 * with its period, zone, scope and finalization exactly, every cycle is listed by first day then
 * id, and optimistic locking holds.
 */
public abstract class AssessmentCycleStoreContract extends PortContract {
    private static final DepartmentId SALES = DepartmentId.of("D-sales");
    private static final DepartmentId BILLING = DepartmentId.of("D-billing");

    @BeforeEach
    void seedTheDepartmentsTheScopesName() {
        givenTheFixtureEmployees();
        givenDepartment(SALES);
        givenDepartment(BILLING);
    }

    @Test
    void anOpenCycleOfTheWholeCompanyIsFoundAsAddedAtVersionOne() {
        var cycle = Fixtures.assessmentCycle("C-1").build();

        var stored = ports().assessmentCycles().add(cycle);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(cycle);
        var found = ports().assessmentCycles().find(cycle.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(found.scope().wholeCompany()).isTrue();
        assertThat(found.scope().departments()).isEmpty();
        assertThat(found.finalizedAt()).isEmpty();
        assertThat(found.finalizedBy()).isEmpty();
    }

    @Test
    void aFinalizedCycleOfSomeDepartmentsKeepsEveryPart() {
        var cycle = Fixtures.assessmentCycle("C-1").name("2025 年第四季度 — Q4")
                .period(LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31))
                .departments(SALES, Fixtures.DEPARTMENT, BILLING)
                .opened(Fixtures.minutesAfterT0(-600), EmployeeId.of("E-hr2"))
                .finalized(Fixtures.minutesAfterT0(30), Fixtures.HR).build();

        var stored = ports().assessmentCycles().add(cycle);

        var found = ports().assessmentCycles().find(cycle.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(CycleStatus.FINALIZED);
        assertThat(found.scope().departments()).containsExactly(BILLING, SALES, Fixtures.DEPARTMENT);
        assertThat(found.finalizedAt()).contains(Fixtures.minutesAfterT0(30));
        assertThat(found.finalizedBy()).contains(Fixtures.HR);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Asia/Shanghai", "America/St_Johns", "UTC", "Z", "+08:00", "-03:30", "GMT+05:45"})
    void everyFormOfZoneIsKept(String zone) {
        ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").zone(ZoneId.of(zone)).build());

        var found = ports().assessmentCycles().find(AssessmentCycleId.of("C-1")).orElseThrow();
        assertThat(found.zone()).isEqualTo(ZoneId.of(zone));
        assertThat(found.startsAt()).isEqualTo(LocalDate.of(2025, 1, 1).atStartOfDay(ZoneId.of(zone)).toInstant());
    }

    @Test
    void aPeriodOfOneDayAndAPeriodAcrossALeapDayKeepTheirDays() {
        var oneDay = Fixtures.assessmentCycle("C-1").period(LocalDate.of(2024, 12, 31), LocalDate.of(2024, 12, 31))
                .build();
        var leap = Fixtures.assessmentCycle("C-2").period(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29))
                .departments(SALES).build();

        ports().assessmentCycles().add(oneDay);
        ports().assessmentCycles().add(leap);

        assertThat(ports().assessmentCycles().find(oneDay.id()).orElseThrow().to())
                .isEqualTo(LocalDate.of(2024, 12, 31));
        var found = ports().assessmentCycles().find(leap.id()).orElseThrow();
        assertThat(found.from()).isEqualTo(LocalDate.of(2024, 2, 29));
        assertThat(found.to()).isEqualTo(LocalDate.of(2028, 2, 29));
    }

    @Test
    void finalizingStoresTheFinalizationAtTheNextVersion() {
        var stored = ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").departments(SALES).build());
        var finalized = stored.finalized(Fixtures.minutesAfterT0(90), Fixtures.HR);

        var updated = ports().assessmentCycles().update(finalized);

        assertThat(updated.version()).isEqualTo(2);
        assertThat(updated).usingRecursiveComparison().ignoringFields("version").isEqualTo(finalized);
        assertThat(ports().assessmentCycles().find(stored.id())).contains(updated);
    }

    @Test
    void anUpdateReplacesTheScopeAndEveryUpdateIncrementsTheVersion() {
        var stored = ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").departments(SALES, BILLING)
                .build());

        var narrowed = ports().assessmentCycles().update(Fixtures.assessmentCycle("C-1").departments(BILLING)
                .version(stored.version()).build());
        var widened = ports().assessmentCycles().update(Fixtures.assessmentCycle("C-1").wholeCompany()
                .version(narrowed.version()).build());

        assertThat(narrowed.version()).isEqualTo(2);
        assertThat(widened.version()).isEqualTo(3);
        var found = ports().assessmentCycles().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(widened);
        assertThat(found.scope().wholeCompany()).isTrue();
        assertThat(found.scope().departments()).isEmpty();
    }

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndChangesNothing() {
        var stored = ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").build());
        var current = ports().assessmentCycles().update(stored.finalized(Fixtures.minutesAfterT0(1), Fixtures.HR));

        assertConflict("stale-version", () -> ports().assessmentCycles().update(
                stored.finalized(Fixtures.minutesAfterT0(2), EmployeeId.of("E-hr2"))));
        assertThat(ports().assessmentCycles().find(stored.id())).contains(current);
    }

    @Test
    void anUpdateOfAnUnknownCycleIsNotFound() {
        var unknown = Fixtures.assessmentCycle("C-unknown").version(1).build();

        assertThatThrownBy(() -> ports().assessmentCycles().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().assessmentCycles().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").departments(SALES).build());

        assertConflict("duplicate", () -> ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1")
                .name("another").departments(BILLING).build()));
        assertThat(ports().assessmentCycles().find(first.id())).contains(first);
        assertThat(ports().assessmentCycles().all()).containsExactly(first);
    }

    @Test
    void anUnknownCycleIsNotFound() {
        ports().assessmentCycles().add(Fixtures.assessmentCycle("C-1").build());

        assertThat(ports().assessmentCycles().find(AssessmentCycleId.of("C-2"))).isEmpty();
    }

    @Test
    void everyCycleIsListedByFirstDayThenIdEachWithItsOwnScope() {
        var q3 = add(Fixtures.assessmentCycle("C-a").period(LocalDate.of(2025, 7, 1), LocalDate.of(2025, 9, 30))
                .departments(SALES, BILLING));
        var q1Sales = add(Fixtures.assessmentCycle("C-c").departments(SALES));
        var q1Billing = add(Fixtures.assessmentCycle("C-b").departments(BILLING, Fixtures.DEPARTMENT));
        var year = add(Fixtures.assessmentCycle("C-d").period(LocalDate.of(2024, 1, 1), LocalDate.of(2024, 12, 31))
                .finalized(Fixtures.minutesAfterT0(5), Fixtures.HR));

        var all = ports().assessmentCycles().all();

        assertThat(all).containsExactly(year, q1Billing, q1Sales, q3);
        assertThat(all).extracting(c -> c.scope().departments().size()).containsExactly(0, 2, 1, 2);
    }

    @Test
    void anEmptyStoreListsNoCycle() {
        assertThat(ports().assessmentCycles().all()).isEmpty();
    }

    private AssessmentCycle add(AssessmentCycleBuilder builder) {
        return ports().assessmentCycles().add(builder.build());
    }
}
