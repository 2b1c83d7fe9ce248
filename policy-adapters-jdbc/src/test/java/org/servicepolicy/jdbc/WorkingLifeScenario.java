package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.OpenCycle;
import org.servicepolicy.discipline.AppealOutcome;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.people.ChangeEmployment;
import org.servicepolicy.people.DepartureReason;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.people.RecordDeparture;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.TaskStatus;

/**
 * §1.2 through the whole library on JDBC stores: the record's history, a departure and its
 * consequences in one transaction, and reporting lines that stay free of cycles when two
 * changes race.
 */
abstract class WorkingLifeScenario {
    private TestDatabase database;
    private JdbcStores stores;
    private Company company;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void hireTheCompany() {
        database = newDatabase();
        stores = database.migratedStores();
        company = Company.hiredOn(stores);
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    @DisplayName("§1.2: a departure withdraws the leaver's tasks and keeps every version of the record")
    void aDepartureIsKeptWithItsConsequences() {
        var task = company.policy.tasks().assign(company.hr, new NewTask(Company.STAFF.value(), "Audit", "Audit",
                List.of("done"), "as usual", Company.NOW.plus(Duration.ofDays(3)), List.of(), List.of(), null));
        company.policy.people().change(company.hr, Company.STAFF, ChangeEmployment.because("annual review")
                .atLevel(4).effective(Company.NOW.minus(Duration.ofDays(1))));

        company.policy.people().depart(company.hr, Company.STAFF,
                RecordDeparture.of(DepartureReason.RESIGNATION, "moved abroad"));

        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var history = reader.policy.people().history(reader.hr, Company.STAFF);
        assertThat(history).extracting(Employee::version).containsExactly(1L, 2L, 3L);
        assertThat(history).extracting(Employee::status).containsExactly(EmploymentStatus.ON_POST,
                EmploymentStatus.ON_POST, EmploymentStatus.LEFT);
        assertThat(stores.employees().asOf(Company.STAFF, Company.NOW.minus(Duration.ofDays(2))).orElseThrow().level())
                .isEqualTo(3);
        assertThat(stores.employees().allAsOf(Company.NOW.minus(Duration.ofHours(1))))
                .filteredOn(e -> e.id().equals(Company.STAFF)).singleElement()
                .satisfies(e -> assertThat(e.level()).isEqualTo(4));
        assertThat(reader.policy.tasks().task(reader.hr, task.id()).status()).isEqualTo(TaskStatus.WITHDRAWN);
    }

    @Test
    @DisplayName("§1.2, §3.3.1: a cycle reads departments as the stored records stood at the end of its period")
    void aCycleReadsTheStoredRecordsAsTheyStoodAtItsEnd() {
        company.policy.people().createDepartment(company.hr, new NewDepartment("projects", "Projects"));
        var cycle = company.policy.assessment().open(company.hr, new OpenCycle(null, "April",
                LocalDate.of(2025, 4, 1), LocalDate.of(2025, 4, 30), List.of("service")));
        company.policy.people().change(company.hr, Company.STAFF, ChangeEmployment.because("moved to projects")
                .transferTo("projects"));

        assertThat(company.policy.assessment().participants(company.hr, cycle.id())).contains(Company.STAFF);
    }

    @Test
    @DisplayName("§1.2: a departure whose task withdrawal cannot be stored leaves nothing written")
    void aDepartureThatFailsHalfWayWritesNothing() {
        company.policy.tasks().assign(company.hr, new NewTask(Company.STAFF.value(), "Audit", "Audit", List.of("done"),
                "as usual", Company.NOW.plus(Duration.ofDays(3)), List.of(), List.of(), null));
        database.execute("ALTER TABLE servicepolicy_task ADD CONSTRAINT test_refuses_withdrawal"
                + " CHECK (status <> 'WITHDRAWN')");
        var before = database.rowCounts();

        assertThatThrownBy(() -> company.policy.people().depart(company.hr, Company.STAFF,
                RecordDeparture.of(DepartureReason.RESIGNATION, "moved abroad"))).isInstanceOf(StorageException.class);

        assertThat(database.rowCounts()).isEqualTo(before);
        assertThat(stores.employees().find(Company.STAFF).orElseThrow().status()).isEqualTo(EmploymentStatus.ON_POST);
    }

    @Test
    @DisplayName("§1.2: tasks assigned while the assignee leaves are refused or withdrawn, never left open")
    void assignmentsRacingADepartureLeaveNoOpenTaskBehind() throws Exception {
        var writers = Executors.newFixedThreadPool(5);
        try {
            var start = new CyclicBarrier(5);
            var assignments = new ArrayList<Future<?>>();
            for (int i = 0; i < 4; i++) {
                var title = "Audit " + i;
                assignments.add(writers.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return company.policy.tasks().assign(company.hr, new NewTask(Company.STAFF.value(), title, "Audit",
                            List.of("done"), "as usual", Company.NOW.plus(Duration.ofDays(3)), List.of(), List.of(),
                            null));
                }));
            }
            var departure = writers.submit(() -> {
                start.await(30, TimeUnit.SECONDS);
                return company.policy.people().depart(company.hr, Company.STAFF,
                        RecordDeparture.of(DepartureReason.RESIGNATION, "moved abroad"));
            });
            departure.get(60, TimeUnit.SECONDS);
            for (var assignment : assignments) {
                try {
                    assignment.get(60, TimeUnit.SECONDS);
                } catch (ExecutionException refused) {
                    assertThat(refused.getCause()).as("assigned after the departure")
                            .isInstanceOf(PolicyRefusalException.class);
                }
            }
        } finally {
            writers.shutdownNow();
        }
        assertThat(stores.tasks().assignedTo(Company.STAFF))
                .allSatisfy(task -> assertThat(task.status()).isEqualTo(TaskStatus.WITHDRAWN));
    }

    @Test
    @DisplayName("§4.3.2: a demotion revoked on appeal gives back the time at level, read from the stored history")
    void aRevokedDemotionRestoresTheTimeAtLevel() {
        var before = stores.employees().find(Company.STAFF).orElseThrow();
        var discipline = company.policy.discipline();
        discipline.record(company.hr, new RecordViolation(Company.STAFF.value(), ViolationType.CONFIDENTIALITY_BREACH,
                Company.NOW.minus(Duration.ofDays(3)), null, null, "shared a file", null, null, null, null, null, null));
        var demotion = discipline.record(company.hr, new RecordViolation(Company.STAFF.value(),
                ViolationType.ABSENTEEISM, Company.NOW.minus(Duration.ofDays(2)), null, 1, "absent", null, null, null,
                null, null, null)).penalty().orElseThrow();
        discipline.issue(company.hr, demotion.id());
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        discipline.appeal(staff, demotion.id(), "it was someone else");
        var hr2 = company.policy.people().hire(company.hr, new NewEmployee("hr2", "Wang Fang", EmployeeCategory.STAFF,
                null, "service", 4, LocalDate.of(2019, 1, 1), EmploymentStatus.ON_POST, null, Set.of(Role.HR)));

        discipline.decideAppeal(company.policy.people().actorFor(hr2.id()).orElseThrow(), demotion.id(),
                AppealOutcome.REVOKED, "the register was wrong");

        var restored = stores.employees().find(Company.STAFF).orElseThrow();
        assertThat(restored.level()).isEqualTo(before.level());
        assertThat(restored.levelSince()).isEqualTo(before.levelSince());
    }

    @Test
    @DisplayName("§1.2: two changes racing to close a reporting cycle: one is kept, the other refused")
    void racingChangesNeverCloseACycle() throws Exception {
        for (var id : List.of("x", "y")) {
            company.policy.people().hire(company.hr, new NewEmployee(id, id, EmployeeCategory.STAFF, null, "service",
                    3, LocalDate.of(2021, 1, 1), EmploymentStatus.ON_POST, null, null));
        }
        var writers = Executors.newFixedThreadPool(2);
        try {
            var start = new CyclicBarrier(2);
            var outcomes = new ArrayList<Future<Employee>>();
            for (var pair : List.of(List.of("x", "y"), List.of("y", "x"))) {
                outcomes.add(writers.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return company.policy.people().change(company.hr, EmployeeId.of(pair.get(0)),
                            ChangeEmployment.because("restructuring").reportingTo(pair.get(1)));
                }));
            }
            var kept = 0;
            var refused = 0;
            for (var outcome : outcomes) {
                try {
                    outcome.get(60, TimeUnit.SECONDS);
                    kept++;
                } catch (ExecutionException e) {
                    assertThat(e.getCause()).isInstanceOf(PolicyRefusalException.class)
                            .hasMessageContaining("cycle");
                    refused++;
                }
            }
            assertThat(List.of(kept, refused)).containsExactly(1, 1);
        } finally {
            writers.shutdownNow();
        }
        var x = stores.employees().find(EmployeeId.of("x")).orElseThrow();
        var y = stores.employees().find(EmployeeId.of("y")).orElseThrow();
        assertThat(x.supervisor().isPresent() ^ y.supervisor().isPresent()).isTrue();
    }
}
