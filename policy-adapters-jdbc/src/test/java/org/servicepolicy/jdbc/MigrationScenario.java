package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.testkit.Fixtures;

/**
 * The migrations shipped in the jar: applied once however often they are run, recorded in
 * their own history table, and at home in a schema the application migrates with its own
 * Flyway.
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

    private Flyway libraryFlyway() {
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:" + JdbcStores.MIGRATIONS)
                .table(JdbcStores.HISTORY_TABLE).load();
    }
}
