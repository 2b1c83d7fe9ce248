package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.testkit.Fixtures;

/**
 * The migrations shipped in the jar: applied once however often they are run, recorded in
 * their own history table, and at home in a schema the application migrates with its own
 * Flyway; two instances that migrate at once apply each migration once, and a pool of a single
 * connection is enough for them.
 */
abstract class MigrationScenario {
    private TestDatabase database;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void migratingAgainFindsNothingLeftToDo() {
        var shipped = libraryFlyway().info().pending();
        var stores = database.migratedStores();

        stores.migrate();
        stores.migrate();

        var info = libraryFlyway().info();
        assertThat(info.pending()).isEmpty();
        assertThat(shipped).extracting(MigrationInfo::getScript).contains("V1__people_policy_discipline.sql",
                "V2__tasks.sql", "V3__assessment_rewards_suggestions.sql", "V4__idempotency.sql");
        assertThat(info.applied()).extracting(MigrationInfo::getScript)
                .containsExactlyElementsOf(Arrays.stream(shipped).map(MigrationInfo::getScript).toList());
        assertThat(info.applied()).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
    }

    @Test
    void theLibrarysTablesJoinASchemaTheApplicationMigratesWithItsOwnFlyway() {
        var application = Flyway.configure().dataSource(database.dataSource()).locations("classpath:db/host").load();
        application.migrate();

        var stores = database.migratedStores();
        stores.departments().add(Fixtures.department("D-1"));
        application.migrate();

        assertThat(application.info().applied()).extracting(MigrationInfo::getScript)
                .containsExactly("V1__host_orders.sql");
        assertThat(libraryFlyway().info().pending()).isEmpty();
        assertThat(stores.departments().find(DepartmentId.of("D-1"))).isPresent();
        database.execute("INSERT INTO host_order (id, note) VALUES (1, 'still the application''s')");
    }

    @Test
    void anApplicationMayRunTheLibrarysMigrationsWithItsOwnFlyway() {
        int shipped = libraryFlyway().info().pending().length;
        libraryFlyway().migrate();

        var stores = JdbcStores.builder(database.dataSource()).migrate(true).build();
        stores.departments().add(Fixtures.department("D-1"));

        assertThat(libraryFlyway().info().pending()).isEmpty();
        assertThat(libraryFlyway().info().applied()).hasSize(shipped);
        assertThat(stores.departments().all()).hasSize(1);
    }

    @Test
    void aPoolOfOneConnectionIsEnoughToMigrateAndThenToRunAUseCase() {
        // The pool refuses a second connection within a quarter of a second instead of waiting for one.
        var stores = JdbcStores.builder(database.poolOf(1)).migrate(true).build();

        var company = Company.hiredOn(stores);
        var recorded = company.policy.discipline().record(company.hr, new RecordViolation(Company.STAFF.value(),
                ViolationType.LATE_ARRIVAL, Company.NOW.minus(Duration.ofDays(1)), 10, null, "late on a small pool",
                null, null, null, null, null, null));

        assertThat(libraryFlyway().info().pending()).isEmpty();
        assertThat(recorded.proposal().outcome()).isEqualTo("WARNING");
        assertThat(stores.violations().of(Company.STAFF)).containsExactly(recorded.violation());
    }

    @Test
    void twoInstancesMigratingAtOnceApplyEveryMigrationOnce() throws Exception {
        int shipped = libraryFlyway().info().pending().length;
        var start = new CyclicBarrier(2);
        var instances = Executors.newFixedThreadPool(2);
        try {
            var migrations = new ArrayList<Future<JdbcStores>>();
            for (var dataSource : List.of(database.dataSource(), database.separateDataSource())) {
                migrations.add(instances.submit(() -> {
                    start.await(30, TimeUnit.SECONDS);
                    return JdbcStores.builder(dataSource).migrate(true).build();
                }));
            }
            for (var migration : migrations) {
                migration.get(120, TimeUnit.SECONDS);
            }
        } finally {
            instances.shutdownNow();
        }

        var applied = libraryFlyway().info().applied();
        assertThat(applied).hasSize(shipped);
        assertThat(applied).allMatch(m -> m.getState().isApplied() && !m.getState().isFailed());
    }

    private Flyway libraryFlyway() {
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:" + JdbcStores.MIGRATIONS)
                .table(JdbcStores.HISTORY_TABLE).load();
    }
}
