package org.servicepolicy.jdbc;

import org.servicepolicy.ports.Ports;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter as the contracts see it: migrated stores on a database of their own. */
final class JdbcPorts implements PortsUnderTest {
    private final TestDatabase database;
    private final JdbcStores stores;

    private JdbcPorts(TestDatabase database) {
        this.database = database;
        this.stores = database.migratedStores();
    }

    /** The stores on {@code database}, which closing these ports removes. */
    static JdbcPorts on(TestDatabase database) {
        try {
            return new JdbcPorts(database);
        } catch (RuntimeException e) {
            database.close();
            throw e;
        }
    }

    @Override
    public Ports ports() {
        return stores;
    }

    @Override
    public void close() {
        database.close();
    }
}
