package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.service.DepartmentRequestFiling;
import org.servicepolicy.service.DepartmentRequestSweepResult;
import org.servicepolicy.testkit.MutableClock;

/**
 * §2.2.1: several instances of the library, each with its own stores over one database, sweep the
 * same unanswered requests at the same moment. Each request is marked once, by one of them; the
 * manager of the department asked gets one finding per request, and their MODERATE findings
 * propose a violation at every third, as a sequential run would.
 */
abstract class ConcurrentDepartmentRequestSweepScenario {
    private static final int REQUESTS = 9;
    private static final int INSTANCES = 4;
    private static final EmployeeId PM = EmployeeId.of("pm");

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
    @DisplayName("§2.2.1: four instances sweep nine unanswered requests at once: each is marked and found once, three violations")
    void eachUnansweredRequestIsMarkedOnceAcrossInstances() throws Exception {
        var clock = new MutableClock(Company.NOW);
        var company = Company.hiredOn(database.migratedStores(), builder -> builder.clock(clock));
        company.policy.people().createDepartment(company.hr, new NewDepartment("projects", "Projects"));
        company.policy.people().hire(company.hr, new NewEmployee(PM.value(), "Wang Fang", EmployeeCategory.MANAGER,
                null, "projects", 5, LocalDate.of(2019, 5, 6), EmploymentStatus.ON_POST, null, null));
        company.policy.policies().publish(company.hr, "2025.2", clock.instant().plusSeconds(60),
                Map.of("service.standard.CROSS_DEPARTMENT_REPLY.severity", "MODERATE"));
        clock.advance(Duration.ofMinutes(2));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        for (int i = 0; i < REQUESTS; i++) {
            company.policy.departmentRequests().ask(staff, new DepartmentRequestFiling("projects", null,
                    "Drawing " + i, "Please send drawing " + i + "."));
        }
        clock.advance(Duration.ofDays(1).plusSeconds(1));

        var results = atOnce(clock);

        var marked = results.stream().flatMap(r -> r.marked().stream()).toList();
        assertThat(marked).hasSize(REQUESTS);
        assertThat(new HashSet<>(marked)).hasSize(REQUESTS);
        assertThat(results.stream().mapToInt(r -> r.findings().size()).sum()).isEqualTo(REQUESTS);
        assertThat(results.stream().mapToInt(r -> r.violations().size()).sum()).isEqualTo(REQUESTS / 3);
        assertThat(company.policy.supervision().findingsOf(company.hr, PM)).hasSize(REQUESTS);
        assertThat(company.policy.discipline().violations(company.hr, PM)).hasSize(REQUESTS / 3);
        assertThat(company.policy.departmentRequests().sweep(clock.instant()).marked()).isEmpty();
    }

    private List<DepartmentRequestSweepResult> atOnce(MutableClock clock) throws Exception {
        return SweepInstances.atOnce(INSTANCES, database.dataSource(), clock, sweepers,
                instance -> instance.departmentRequests().sweep(clock.instant()));
    }
}
