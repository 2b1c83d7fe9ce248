package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportAddressee;
import org.servicepolicy.service.ServiceReportConfirmation;
import org.servicepolicy.service.ServiceReportFiling;
import org.servicepolicy.service.ServiceReportRuled;
import org.servicepolicy.service.ServiceReportStatus;
import org.servicepolicy.service.ServiceReportSubjectKind;

/**
 * §2.3.1: a report is ruled once. Several members of the supervision group confirm and dismiss
 * the same report at once through the whole library: exactly one ruling wins, every other is a
 * conflict, and what is stored (the report's ruling, the colleague's finding, the reporter's
 * reward) is the winner's alone.
 */
abstract class ConcurrentServiceReportScenario {
    private static final EmployeeId REPORTER = EmployeeId.of("reporter");
    private static final int RULERS = 4;

    private TestDatabase database;
    private ExecutorService rulers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        rulers = Executors.newFixedThreadPool(RULERS);
    }

    @AfterEach
    void close() {
        rulers.shutdownNow();
        database.close();
    }

    @ParameterizedTest
    @EnumSource(value = ServiceReportSubjectKind.class, names = {"EMPLOYEE", "PROCESS"})
    @DisplayName("§2.3.1: four rulings on one report at once, about a colleague or a process: one wins, three conflict")
    void oneRulingWins(ServiceReportSubjectKind kind) throws Exception {
        var company = companyWithInspectors();
        for (int round = 0; round < 3; round++) {
            var report = file(company, kind, round);

            var outcomes = atOnce(company, report);

            var won = outcomes.stream().filter(o -> o.ruled().isPresent()).map(o -> o.ruled().get()).toList();
            assertThat(won).hasSize(1);
            assertThat(outcomes.stream().filter(o -> o.conflict().isPresent()).count()).isEqualTo(RULERS - 1);
            var winner = won.get(0);
            var stored = company.policy.serviceReports().report(company.hr, report.id());
            assertThat(stored.status()).isEqualTo(winner.report().status());
            assertThat(stored.ruling()).isEqualTo(winner.report().ruling());
            var findings = company.policy.supervision().findingsOf(company.hr, Company.STAFF).stream()
                    .filter(f -> f.sourceId().equals(report.id().value())).toList();
            assertThat(findings).containsExactlyElementsOf(winner.finding().stream().toList());
            var rewards = company.policy.rewards().rewardsOf(company.hr, REPORTER).stream()
                    .filter(r -> r.source().equals("service-report:" + report.id())).toList();
            assertThat(rewards).hasSize(winner.report().status() == ServiceReportStatus.CONFIRMED ? 1 : 0);
        }
    }

    private Company companyWithInspectors() {
        var company = Company.hiredOn(database.migratedStores());
        for (var id : List.of("inspector1", "inspector2")) {
            company.policy.people().hire(company.hr, new NewEmployee(id, "Inspector " + id, EmployeeCategory.STAFF,
                    null, "service", 3, LocalDate.of(2019, 5, 6),
                    EmploymentStatus.ON_POST, null, Set.of(Role.SUPERVISION_GROUP)));
        }
        company.policy.people().hire(company.hr, new NewEmployee(REPORTER.value(), "Zhao Min", EmployeeCategory.STAFF,
                Company.HR.value(), "service", 2, LocalDate.of(2021, 2, 1), EmploymentStatus.ON_POST, null, null));
        return company;
    }

    private static ServiceReport file(Company company, ServiceReportSubjectKind kind, int round) {
        var reporter = company.policy.people().actorFor(REPORTER).orElseThrow();
        var reference = kind == ServiceReportSubjectKind.EMPLOYEE ? Company.STAFF.value() : "returns desk " + round;
        return company.policy.serviceReports().file(reporter, new ServiceReportFiling(kind, reference,
                ServiceStandard.PROMISED_REPLY, "call-back promised, none came, round " + round,
                Company.NOW.minus(Duration.ofDays(1 + round)), ServiceReportAddressee.SUPERVISION_GROUP));
    }

    /** Two confirmations and two dismissals of {@code report}, by two group members, started together. */
    private List<Outcome> atOnce(Company company, ServiceReport report) throws Exception {
        var start = new CyclicBarrier(RULERS);
        var reports = company.policy.serviceReports();
        var severity = report.subject().kind() == ServiceReportSubjectKind.EMPLOYEE ? Severity.SERIOUS : null;
        var calls = new ArrayList<Callable<ServiceReportRuled>>();
        for (var id : List.of("inspector1", "inspector2")) {
            var inspector = actor(company, id);
            calls.add(() -> reports.confirm(inspector, report.id(), new ServiceReportConfirmation(null, severity,
                    "confirmed by " + id)));
            calls.add(() -> reports.dismiss(inspector, report.id(), "dismissed by " + id));
        }
        var futures = calls.stream().map(call -> rulers.submit(() -> {
            await(start);
            return call.call();
        })).toList();
        var outcomes = new ArrayList<Outcome>();
        for (var future : futures) {
            try {
                outcomes.add(new Outcome(Optional.of(future.get(120, TimeUnit.SECONDS)), Optional.empty()));
            } catch (ExecutionException e) {
                assertThat(e.getCause()).isInstanceOf(ConflictException.class);
                outcomes.add(new Outcome(Optional.empty(), Optional.of((ConflictException) e.getCause())));
            }
        }
        return outcomes;
    }

    private static Actor actor(Company company, String id) {
        return company.policy.people().actorFor(EmployeeId.of(id)).orElseThrow();
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every ruler started", e);
        }
    }

    /** One ruling's outcome: the ruling, or the conflict it met. */
    private record Outcome(Optional<ServiceReportRuled> ruled, Optional<ConflictException> conflict) {
    }
}
