package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.testkit.MutableClock;
import org.servicepolicy.training.TrainingSweepResult;

/**
 * §4.1, §4.2: several instances of the library, each with its own stores over one database, sweep
 * the same training obligations at the same moment. Each overdue programme, new-hire or
 * recurring, and each reminder of a recurring programme coming due is marked once, by one of
 * them, with one event each, as a sequential run would.
 */
abstract class ConcurrentTrainingSweepScenario {
    private static final int INSTANCES = 4;
    private static final List<String> NEW_HIRE_PROGRAMMES = List.of("NEW_HIRE_SERVICE", "NEW_HIRE_RULES");
    private static final List<String> RECURRING_PROGRAMMES = List.of("PERIODIC_SERVICE", "RULES_REFRESHER");

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
    @DisplayName("§4.1, §4.2: four instances sweep at once: each overdue new-hire programme and each reminder is marked once")
    void eachObligationIsMarkedOnceAcrossInstances() throws Exception {
        var clock = new MutableClock(Company.NOW);
        var stores = database.migratedStores();
        var company = Company.hiredOn(stores, builder -> builder.clock(clock));
        var onboarding = new ArrayList<EmployeeId>();
        for (int i = 1; i <= 4; i++) {
            var trainee = company.policy.people().hire(company.hr, new NewEmployee("trainee-" + i, "Trainee " + i,
                    EmployeeCategory.STAFF, Company.HR.value(), "service", 1, LocalDate.of(2025, 5, 1), null, null,
                    null));
            onboarding.add(trainee.id());
        }
        var longOnPost = List.of(Company.HR, Company.STAFF);
        var onPost = new ArrayList<EmployeeId>();
        for (int i = 1; i <= 2; i++) {
            var newcomer = company.policy.people().hire(company.hr, new NewEmployee("newcomer-" + i, "Newcomer " + i,
                    EmployeeCategory.STAFF, Company.HR.value(), "service", 2, LocalDate.of(2025, 6, 2),
                    EmploymentStatus.ON_POST, null, null));
            onPost.add(newcomer.id());
        }
        // Twenty days on: the hires of May are past their thirty days, the company's two, on post
        // for years, never took a recurring programme, and the recurring programmes of those on
        // post since today fall due within the fourteen days of the reminder.
        clock.advance(Duration.ofDays(20));

        var results = atOnce(clock);

        assertThat(results).allSatisfy(r -> assertThat(r.employees())
                .isEqualTo(onboarding.size() + longOnPost.size() + onPost.size()));
        assertThat(results.stream().mapToInt(TrainingSweepResult::overdue).sum())
                .isEqualTo(onboarding.size() * NEW_HIRE_PROGRAMMES.size()
                        + longOnPost.size() * RECURRING_PROGRAMMES.size());
        assertThat(results.stream().mapToInt(TrainingSweepResult::reminders).sum())
                .isEqualTo(onPost.size() * RECURRING_PROGRAMMES.size());
        for (var employee : onboarding) {
            assertThat(stores.training().marked(employee).keySet()).hasSize(NEW_HIRE_PROGRAMMES.size())
                    .allMatch(key -> key.startsWith("OVERDUE:NEW_HIRE:"))
                    .anyMatch(key -> key.contains(":NEW_HIRE_SERVICE:"))
                    .anyMatch(key -> key.contains(":NEW_HIRE_RULES:"));
        }
        for (var employee : longOnPost) {
            assertThat(stores.training().marked(employee).keySet()).hasSize(RECURRING_PROGRAMMES.size())
                    .allMatch(key -> key.startsWith("OVERDUE:RECURRING:"));
        }
        for (var employee : onPost) {
            assertThat(stores.training().marked(employee).keySet()).hasSize(RECURRING_PROGRAMMES.size())
                    .allMatch(key -> key.startsWith("REMINDER:RECURRING:"))
                    .anyMatch(key -> key.contains(":PERIODIC_SERVICE:"))
                    .anyMatch(key -> key.contains(":RULES_REFRESHER:"));
        }
        assertThat(stores.eventLog().after(0, 1_000)).filteredOn(e -> e.type().equals(
                "TrainingObligationFlagged")).hasSize(onboarding.size() * NEW_HIRE_PROGRAMMES.size()
                + (longOnPost.size() + onPost.size()) * RECURRING_PROGRAMMES.size());
        var again = company.policy.training().sweep(clock.instant());
        assertThat(again.overdue() + again.reminders()).isZero();
    }

    private List<TrainingSweepResult> atOnce(MutableClock clock) throws Exception {
        return SweepInstances.atOnce(INSTANCES, database.dataSource(), clock, sweepers,
                instance -> instance.training().sweep(clock.instant()));
    }
}
