package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.testkit.Fixtures;

/** Infrastructure failures surface as {@link StorageException}, never as a domain error. */
class H2StorageFailureTest {

    @Test
    void aDatabaseThatCannotBeReachedIsAStorageExceptionForReadsWritesAndTransactions() {
        var unreachable = new JdbcDataSource();
        unreachable.setURL("jdbc:h2:mem:servicepolicy-never-created;IFEXISTS=TRUE");
        var stores = JdbcStores.builder(unreachable).build();

        assertThatThrownBy(() -> stores.departments().all()).isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> stores.departments().add(Fixtures.department("D-1")))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(() -> stores.transactions().inTransaction(() -> "never run"))
                .isInstanceOf(StorageException.class);
        assertThatThrownBy(stores::migrate).isInstanceOf(StorageException.class);
    }

    @Test
    void aRowThatRefersToAMissingRecordIsAStorageExceptionNotAConflict() {
        try (var database = TestDatabase.h2()) {
            var stores = database.migratedStores();
            var orphan = Fixtures.employee("E-1").department(DepartmentId.of("D-missing")).build();

            assertThatThrownBy(() -> stores.employees().add(orphan)).isInstanceOf(StorageException.class)
                    .isNotInstanceOf(ConflictException.class);
            assertThat(stores.employees().all()).isEmpty();
        }
    }

    @Test
    void aMigrationThatCannotApplyIsAStorageException() {
        try (var database = TestDatabase.h2()) {
            database.execute("CREATE TABLE servicepolicy_department (id INTEGER NOT NULL)");

            assertThatThrownBy(() -> database.migratedStores()).isInstanceOf(StorageException.class)
                    .hasMessageContaining("migrating the servicepolicy schema failed");
        }
    }
}
