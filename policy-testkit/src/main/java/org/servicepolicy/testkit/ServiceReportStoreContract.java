package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportId;
import org.servicepolicy.service.ServiceReportRuling;
import org.servicepolicy.service.ServiceReportStatus;
import org.servicepolicy.service.ServiceReportSubjectKind;

/**
 * The contract of {@link org.servicepolicy.service.ServiceReportStore} (§2.3.1): a report comes
 * back with its reporter, addressee, subject and ruling; reports are listed oldest first then by
 * id, all of them, by reporter and by the superior addressed; optimistic locking holds, so a
 * report is ruled once.
 */
public abstract class ServiceReportStoreContract extends PortContract {
    private static final EmployeeId GROUP_MEMBER = EmployeeId.of("E-group");
    private static final EmployeeId COLLEAGUE = EmployeeId.of("E-colleague");

    @BeforeEach
    void seedThePeopleReportsReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.SUPERVISOR);
        givenEmployee(GROUP_MEMBER);
        givenEmployee(COLLEAGUE);
    }

    @Test
    void aFiledReportIsFoundAsAddedAtVersionOne() {
        var report = Fixtures.serviceReport("R-1").build();

        var stored = ports().serviceReports().add(report);

        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored).usingRecursiveComparison().ignoringFields("version").isEqualTo(report);
        var found = ports().serviceReports().find(report.id()).orElseThrow();
        assertThat(found).isEqualTo(stored);
        assertThat(found.status()).isEqualTo(ServiceReportStatus.OPEN);
        assertThat(found.reporter()).contains(Fixtures.HR);
    }

    @Test
    void aReportToASuperiorAboutAProcessWithoutAStandardKeepsThemAll() {
        var report = Fixtures.serviceReport("R-1").reporter(Fixtures.EMPLOYEE).toSuperior(Fixtures.SUPERVISOR)
                .subject(ServiceReportSubjectKind.PROCESS, "退货流程 — the returns desk hand-over").standard(null)
                .build();

        var stored = ports().serviceReports().add(report);

        assertThat(ports().serviceReports().find(report.id())).contains(stored);
        assertThat(stored.superior()).contains(Fixtures.SUPERVISOR);
        assertThat(stored.standard()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(ServiceStandard.class)
    void everyStandardIsKept(ServiceStandard standard) {
        ports().serviceReports().add(Fixtures.serviceReport("R-1").standard(standard).build());

        assertThat(ports().serviceReports().find(ServiceReportId.of("R-1")).orElseThrow().standard())
                .contains(standard);
    }

    @Test
    void aConfirmationWithItsFindingAndADismissalAreStoredAtTheNextVersion() {
        ports().supervision().add(Fixtures.finding("F-1").employee(Fixtures.EMPLOYEE).build());
        var confirmedOne = ports().serviceReports().add(Fixtures.serviceReport("R-1").build());
        var dismissedOne = ports().serviceReports().add(Fixtures.serviceReport("R-2")
                .subject(ServiceReportSubjectKind.DEPARTMENT, Fixtures.DEPARTMENT.value()).build());
        var confirmation = confirmedOne.ruled(Fixtures.serviceReport("R-1")
                .confirmed(GROUP_MEMBER, Fixtures.minutesAfterT0(90), Severity.SERIOUS, "F-1").build().ruling()
                .orElseThrow());
        var dismissal = dismissedOne.ruled(Fixtures.serviceReport("R-2")
                .dismissed(GROUP_MEMBER, Fixtures.minutesAfterT0(95), "not a service problem").build().ruling()
                .orElseThrow());

        var confirmed = ports().serviceReports().update(confirmation);
        var dismissed = ports().serviceReports().update(dismissal);

        assertThat(confirmed.version()).isEqualTo(2);
        assertThat(confirmed).usingRecursiveComparison().ignoringFields("version").isEqualTo(confirmation);
        assertThat(ports().serviceReports().find(confirmed.id())).contains(confirmed);
        assertThat(confirmed.ruling().flatMap(ServiceReportRuling::finding)).contains("F-1");
        assertThat(confirmed.ruling().flatMap(ServiceReportRuling::severity)).contains(Severity.SERIOUS);
        assertThat(ports().serviceReports().find(dismissed.id())).contains(dismissed);
        assertThat(dismissed.status()).isEqualTo(ServiceReportStatus.DISMISSED);
        assertThat(dismissed.ruling().flatMap(ServiceReportRuling::note)).contains("not a service problem");
    }

    @Test
    void aSecondRulingFromTheSameVersionIsAConflictAndTheFirstStands() {
        var open = ports().serviceReports().add(Fixtures.serviceReport("R-1")
                .subject(ServiceReportSubjectKind.PROCESS, "queueing").build());
        var first = ports().serviceReports().update(open.ruled(Fixtures.serviceReport("R-1")
                .confirmed(GROUP_MEMBER, Fixtures.minutesAfterT0(90), null, null).build().ruling().orElseThrow()));

        assertConflict("stale-version", () -> ports().serviceReports().update(open.ruled(Fixtures.serviceReport("R-1")
                .dismissed(GROUP_MEMBER, Fixtures.minutesAfterT0(91), "duplicate").build().ruling().orElseThrow())));
        assertThat(ports().serviceReports().find(open.id())).contains(first);
    }

    @Test
    void anUpdateOfAnUnknownReportIsNotFound() {
        var unknown = Fixtures.serviceReport("R-unknown").version(1).build();

        assertThatThrownBy(() -> ports().serviceReports().update(unknown)).isInstanceOf(NotFoundException.class);
        assertThat(ports().serviceReports().find(unknown.id())).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().serviceReports().add(Fixtures.serviceReport("R-1").build());

        assertConflict("duplicate", () -> ports().serviceReports().add(Fixtures.serviceReport("R-1")
                .description("another").build()));
        assertThat(ports().serviceReports().all()).containsExactly(first);
    }

    @Test
    void reportsAreListedOldestFirstThenByIdAllByReporterAndBySuperior() {
        var latest = add(Fixtures.serviceReport("R-a").reportedAt(Fixtures.minutesAfterT0(60)));
        var sameTimeHigherId = add(Fixtures.serviceReport("R-c").reporter(COLLEAGUE)
                .toSuperior(Fixtures.SUPERVISOR));
        var earliest = add(Fixtures.serviceReport("R-d").reportedAt(Fixtures.minutesAfterT0(-60))
                .reporter(COLLEAGUE).toSuperior(Fixtures.SUPERVISOR));
        var sameTimeLowerId = add(Fixtures.serviceReport("R-b").reporter(COLLEAGUE).toSuperior(GROUP_MEMBER));

        assertThat(ports().serviceReports().all()).containsExactly(earliest, sameTimeLowerId, sameTimeHigherId,
                latest);
        assertThat(ports().serviceReports().filedBy(COLLEAGUE)).containsExactly(earliest, sameTimeLowerId,
                sameTimeHigherId);
        assertThat(ports().serviceReports().filedBy(Fixtures.HR)).containsExactly(latest);
        assertThat(ports().serviceReports().addressedTo(Fixtures.SUPERVISOR)).containsExactly(earliest,
                sameTimeHigherId);
        assertThat(ports().serviceReports().addressedTo(Fixtures.HR)).isEmpty();
    }

    @Test
    void anEmptyStoreListsNoReport() {
        assertThat(ports().serviceReports().all()).isEmpty();
        assertThat(ports().serviceReports().find(ServiceReportId.of("R-1"))).isEmpty();
    }

    private ServiceReport add(ServiceReportBuilder builder) {
        return ports().serviceReports().add(builder.build());
    }
}
