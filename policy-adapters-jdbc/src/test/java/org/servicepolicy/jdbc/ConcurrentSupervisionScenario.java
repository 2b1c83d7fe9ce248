package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.RecordObservation;
import org.servicepolicy.service.RecordedObservation;
import org.servicepolicy.service.ServiceRules;

/**
 * §2.3.1, §3.3.3: MODERATE nonconformities about one employee recorded all at once through the
 * whole library. Counting the third within 90 days reads the employee's findings, so the
 * employee is held first; the violations proposed must be those of some sequential order: every
 * third finding proposes one, never two observations that both count themselves third.
 */
abstract class ConcurrentSupervisionScenario {
    private static final EmployeeId INSPECTOR = EmployeeId.of("inspector");

    private TestDatabase database;
    private ExecutorService writers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        writers = Executors.newFixedThreadPool(8);
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§2.3.1: two MODERATE observations at once after two earlier ones: exactly one proposes the violation")
    void twoObservationsThatWouldEachMakeTheThirdProposeOnce() throws Exception {
        var company = companyWithTwoEarlierFindings();

        var recorded = atOnce(company, 2);

        assertThat(recorded).extracting(r -> r.violations().size()).containsExactlyInAnyOrder(0, 1);
        assertThat(countsOfProposals(company)).containsExactly("3");
    }

    @Test
    @DisplayName("§2.3.1: eight MODERATE observations at once after two earlier ones propose at the third, sixth and ninth")
    void manyObservationsAtOnceProposeAsASequentialOrderWould() throws Exception {
        var company = companyWithTwoEarlierFindings();

        var recorded = atOnce(company, 8);

        assertThat(recorded.stream().mapToInt(r -> r.violations().size()).sum()).isEqualTo(3);
        assertThat(countsOfProposals(company)).containsExactlyInAnyOrder("3", "6", "9");
        assertThat(company.policy.discipline().violations(company.hr, Company.STAFF)).hasSize(3);
    }

    private Company companyWithTwoEarlierFindings() {
        var company = Company.hiredOn(database.migratedStores());
        company.policy.people().hire(company.hr, new NewEmployee(INSPECTOR.value(), "Wang Fang", EmployeeCategory.STAFF,
                null, "service", 3, LocalDate.of(2019, 5, 6),
                EmploymentStatus.ON_POST, null, Set.of(Role.SUPERVISION_GROUP)));
        var inspector = inspector(company);
        for (int days : new int[] {30, 20}) {
            company.policy.supervision().record(inspector, moderate(days, "earlier, " + days + " days ago"));
        }
        return company;
    }

    private List<RecordedObservation> atOnce(Company company, int count) throws Exception {
        var inspector = inspector(company);
        var start = new CyclicBarrier(count);
        var recordings = new ArrayList<Future<RecordedObservation>>();
        for (int i = 0; i < count; i++) {
            var evidence = "reply promised and not given, writer " + i;
            int daysAgo = 1 + i;
            recordings.add(writers.submit(() -> {
                await(start);
                return company.policy.supervision().record(inspector, moderate(daysAgo, evidence));
            }));
        }
        var recorded = new ArrayList<RecordedObservation>();
        for (var recording : recordings) {
            recorded.add(recording.get(120, TimeUnit.SECONDS));
        }
        return recorded;
    }

    /** How many MODERATE findings each stored linking decision counted, as its first reason states. */
    private List<String> countsOfProposals(Company company) {
        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        return reader.policy.decisions().about(reader.hr, Company.STAFF).stream()
                .filter(d -> d.kind().equals(ServiceRules.FINDING_VIOLATION))
                .map(d -> d.reasons().get(0).facts().get("count")).toList();
    }

    private static Actor inspector(Company company) {
        return company.policy.people().actorFor(INSPECTOR).orElseThrow();
    }

    private static RecordObservation moderate(int daysAgo, String evidence) {
        return RecordObservation.nonconformity(ServiceStandard.PROMISED_REPLY, ObservationMethod.CUSTOMER_FEEDBACK,
                Company.NOW.minus(Duration.ofDays(daysAgo)), evidence, List.of(Company.STAFF.value()));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every writer started", e);
        }
    }
}
