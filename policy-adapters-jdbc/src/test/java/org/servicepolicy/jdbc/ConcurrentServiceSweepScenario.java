package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ServiceCaseOpening;
import org.servicepolicy.service.ServiceRecordMark;
import org.servicepolicy.service.ServiceSweepResult;
import org.servicepolicy.testkit.MutableClock;

/**
 * §2.1.3: several instances of the library, each with its own stores over one database, sweep
 * the same late cases at the same moment. Each case is marked once, by one of them; the handler
 * gets one CASE_TIME finding per case, and their MODERATE findings propose a violation at every
 * third, as a sequential run would.
 */
abstract class ConcurrentServiceSweepScenario {
    private static final int CASES = 9;
    private static final int INSTANCES = 4;

    private TestDatabase database;
    private ExecutorService sweepers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        sweepers = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void close() {
        sweepers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§2.1.3: four instances sweep nine late cases at once: each case is marked and found once, three violations")
    void eachLateCaseIsMarkedOnceAcrossInstances() throws Exception {
        var clock = new MutableClock(Company.NOW);
        var company = Company.hiredOn(database.migratedStores(), builder -> builder.clock(clock));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        for (int i = 0; i < CASES; i++) {
            company.policy.serviceCases().open(staff, new ServiceCaseOpening("ENQUIRY", "C-" + i, null));
        }
        clock.advance(Duration.ofHours(5));

        var results = atOnce(clock);

        var marked = results.stream().flatMap(r -> r.marked().stream()).toList();
        assertThat(marked).hasSize(CASES).allSatisfy(m -> assertThat(m.standard()).isEqualTo(ServiceStandard.CASE_TIME));
        assertThat(new HashSet<>(marked.stream().map(ServiceRecordMark::serviceCase).toList())).hasSize(CASES);
        assertThat(results.stream().mapToInt(r -> r.findings().size()).sum()).isEqualTo(CASES);
        assertThat(results.stream().mapToInt(r -> r.violations().size()).sum()).isEqualTo(CASES / 3);
        assertThat(company.policy.supervision().findingsOf(company.hr, Company.STAFF)).hasSize(CASES);
        assertThat(company.policy.discipline().violations(company.hr, Company.STAFF)).hasSize(CASES / 3);
        assertThat(company.policy.serviceSweep().sweep(clock.instant()).marked()).isEmpty();
    }

    private List<ServiceSweepResult> atOnce(MutableClock clock) throws Exception {
        return SweepInstances.atOnce(INSTANCES, database.dataSource(), clock, sweepers,
                instance -> instance.serviceSweep().sweep(clock.instant()));
    }
}
