package org.servicepolicy.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.servicepolicy.jdbc.internal.Sql;

/**
 * A database of its own for one test: a new in-memory H2 database, or a new schema in the
 * PostgreSQL test database. {@link #close()} removes it.
 *
 * <p>PostgreSQL is found through {@code SERVICEPOLICY_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code SERVICEPOLICY_POSTGRES_USER} (default
 * {@code postgres}) and {@code SERVICEPOLICY_POSTGRES_PASSWORD} (default none). When it cannot be
 * reached, the test fails.
 */
abstract class TestDatabase implements AutoCloseable {
    private final List<HikariDataSource> pools = new ArrayList<>();

    /** A new in-memory H2 database in H2's own mode. */
    static TestDatabase h2() {
        return new H2(null);
    }

    /** A new in-memory H2 database in the compatibility {@code mode} (e.g. {@code PostgreSQL}). */
    static TestDatabase h2(String mode) {
        return new H2(mode);
    }

    /** A new, empty schema in the PostgreSQL test database. */
    static TestDatabase postgres() {
        return new Postgres();
    }

    /** The data source; every connection works in this database. */
    abstract DataSource dataSource();

    /**
     * Another data source on the same database, sharing no connection with {@link #dataSource()},
     * as a second instance of an application has; closing this database closes it too.
     */
    abstract DataSource separateDataSource();

    /**
     * A HikariCP pool of at most {@code connections} connections on this database, which fails a
     * request for one more after a quarter of a second instead of waiting; closing this database
     * closes it too.
     */
    final DataSource poolOf(int connections) {
        var config = new HikariConfig();
        configure(config);
        config.setMaximumPoolSize(connections);
        config.setConnectionTimeout(250);
        config.setPoolName(getClass().getSimpleName() + "-of-" + connections + "-" + pools.size());
        var pool = new HikariDataSource(config);
        pools.add(pool);
        return pool;
    }

    /** Points {@code config} at this database. */
    abstract void configure(HikariConfig config);

    /** Closes the pools of {@link #poolOf}; then the subclass removes the database. */
    final void closePools() {
        pools.forEach(HikariDataSource::close);
    }

    /** New stores on this database, its schema migrated. */
    final JdbcStores migratedStores() {
        return JdbcStores.builder(dataSource()).migrate(true).build();
    }

    /** Runs one statement on a connection of its own. */
    final void execute(String sql) {
        try (var connection = dataSource().getConnection()) {
            Sql.update(connection, sql);
        } catch (SQLException e) {
            throw new IllegalStateException(sql, e);
        }
    }

    /** The number of rows of every table of the library, by table name. */
    final Map<String, Long> rowCounts() {
        try (var connection = dataSource().getConnection()) {
            var tables = new ArrayList<String>();
            try (var result = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                    new String[] {"TABLE", "BASE TABLE"})) {
                while (result.next()) {
                    var name = result.getString("TABLE_NAME").toLowerCase(Locale.ROOT);
                    if (name.startsWith("servicepolicy_") && !name.equals(JdbcStores.HISTORY_TABLE)) {
                        tables.add(name);
                    }
                }
            }
            var counts = new LinkedHashMap<String, Long>();
            for (var table : tables.stream().sorted().toList()) {
                counts.put(table, Sql.queryOne(connection, "SELECT COUNT(*) AS n FROM " + table,
                        row -> row.longInteger("n")).orElseThrow());
            }
            return counts;
        } catch (SQLException e) {
            throw new IllegalStateException("cannot count rows", e);
        }
    }

    @Override
    public abstract void close();

    private static final class H2 extends TestDatabase {
        private final JdbcDataSource dataSource = new JdbcDataSource();

        private H2(String mode) {
            dataSource.setURL("jdbc:h2:mem:servicepolicy-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1"
                    + (mode == null ? "" : ";MODE=" + mode));
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        DataSource separateDataSource() {
            var separate = new JdbcDataSource();
            separate.setURL(dataSource.getURL());
            return separate;
        }

        @Override
        void configure(HikariConfig config) {
            config.setJdbcUrl(dataSource.getURL());
        }

        @Override
        public void close() {
            closePools();
            execute("SHUTDOWN");
        }
    }

    private static final class Postgres extends TestDatabase {
        private static final String URL = env("SERVICEPOLICY_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/test");
        private static final String USER = env("SERVICEPOLICY_POSTGRES_USER", "postgres");
        private static final String PASSWORD = env("SERVICEPOLICY_POSTGRES_PASSWORD", "");

        private final String schema = "servicepolicy_test_" + UUID.randomUUID().toString().replace("-", "");
        private final HikariDataSource dataSource;
        private final List<HikariDataSource> separate = new ArrayList<>();

        private Postgres() {
            admin("CREATE SCHEMA " + schema);
            dataSource = pool(schema);
        }

        private HikariDataSource pool(String name) {
            var config = new HikariConfig();
            configure(config);
            config.setMaximumPoolSize(8);
            config.setPoolName(name);
            return new HikariDataSource(config);
        }

        @Override
        void configure(HikariConfig config) {
            config.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
            config.setUsername(USER);
            config.setPassword(PASSWORD);
        }

        @Override
        DataSource dataSource() {
            return dataSource;
        }

        @Override
        DataSource separateDataSource() {
            var pool = pool(schema + "-" + (separate.size() + 2));
            separate.add(pool);
            return pool;
        }

        @Override
        public void close() {
            closePools();
            separate.forEach(HikariDataSource::close);
            dataSource.close();
            admin("DROP SCHEMA " + schema + " CASCADE");
        }

        private static void admin(String sql) {
            try (var connection = DriverManager.getConnection(URL, USER, PASSWORD)) {
                Sql.update(connection, sql);
            } catch (SQLException e) {
                throw new IllegalStateException("PostgreSQL at " + URL + " as " + USER + ": " + sql, e);
            }
        }

        private static String env(String name, String fallback) {
            var value = System.getenv(name);
            return value == null || value.isBlank() ? fallback : value;
        }
    }
}
