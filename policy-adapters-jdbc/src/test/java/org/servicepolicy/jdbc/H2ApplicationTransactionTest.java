package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.SQLException;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.testkit.Fixtures;

/**
 * An application's own statements take part in the library's transaction through
 * {@link JdbcTransactions#currentConnection()}.
 */
class H2ApplicationTransactionTest {
    private TestDatabase database;
    private JdbcStores stores;

    @BeforeEach
    void open() {
        database = TestDatabase.h2();
        stores = database.migratedStores();
        database.execute("CREATE TABLE host_note (note VARCHAR(100) NOT NULL)");
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void outsideATransactionThereIsNoCurrentConnection() {
        assertThat(stores.transactions().currentConnection()).isEmpty();
        assertThat(stores.transactions().inTransaction(() -> stores.transactions().currentConnection())).isPresent();
    }

    @Test
    void theApplicationsStatementsCommitWithTheLibrarysWrites() {
        stores.transactions().inTransaction(() -> {
            stores.departments().add(Fixtures.department("D-1"));
            return writeNote("kept");
        });

        assertThat(stores.departments().find(DepartmentId.of("D-1"))).isPresent();
        assertThat(notes()).isEqualTo(1);
    }

    @Test
    void theApplicationsStatementsRollBackWithTheLibrarysWrites() {
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> {
            stores.departments().add(Fixtures.department("D-1"));
            writeNote("lost");
            throw new IllegalStateException("the application's step failed");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(stores.departments().all()).isEmpty();
        assertThat(notes()).isZero();
    }

    private int writeNote(String note) {
        var connection = stores.transactions().currentConnection().orElseThrow();
        try {
            return Sql.update(connection, "INSERT INTO host_note (note) VALUES (?)", note);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private long notes() {
        try (var connection = database.dataSource().getConnection()) {
            return Sql.queryOne(connection, "SELECT COUNT(*) AS n FROM host_note", row -> row.longInteger("n"))
                    .orElseThrow();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
