package org.servicepolicy.jdbc;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.servicepolicy.jdbc.internal.Sql;

/**
 * A database of its own for one test: a new in-memory H2 database, a new empty schema in the
 * PostgreSQL test database, or a schema there holding the library's tables already migrated and
 * empty. {@link #close()} removes it, or empties a migrated schema for the next test.
 *
 * <p>Migrating the schema with Flyway takes PostgreSQL most of a second, and copying a migrated
 * database about half of one, where a test's own work takes a few milliseconds; so a migrated
 * schema is migrated once and then reused, test after test, each time emptied in one transaction
 * to the state its migration left (every table's rows deleted, the rows the migrations seed put
 * back, every sequence restarted). A schema on which a test ran a statement of its own (a
 * constraint added to provoke a failure) is dropped instead. The schemas are dropped when the
 * test run's JVM exits. A test of the migrations themselves takes an empty schema.
 *
 * <p>PostgreSQL is found through {@code SERVICEPOLICY_POSTGRES_URL} (default
 * {@code jdbc:postgresql://127.0.0.1:5432/test}), {@code SERVICEPOLICY_POSTGRES_USER} (default
 * {@code postgres}) and {@code SERVICEPOLICY_POSTGRES_PASSWORD} (default none). When it cannot be
 * reached, the test fails.
 */
abstract class TestDatabase implements AutoCloseable {
    private final List<HikariDataSource> pools = new ArrayList<>();
    private boolean ranOwnStatement;

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
        return Postgres.emptySchema();
    }

    /**
     * A schema of its own in the PostgreSQL test database holding the library's tables, migrated
     * to the newest version and empty but for what the migrations seed.
     */
    static TestDatabase postgresMigrated() {
        return Postgres.migratedSchema();
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

    /** Whether the library's schema is migrated already when this database is handed out. */
    abstract boolean comesMigrated();

    /** Whether the test ran a statement of its own ({@link #execute}), which may have changed the schema. */
    final boolean ranOwnStatement() {
        return ranOwnStatement;
    }

    /** New stores on this database, its schema migrated (by these stores unless it {@link #comesMigrated}). */
    final JdbcStores migratedStores() {
        return JdbcStores.builder(dataSource()).migrate(!comesMigrated()).build();
    }

    /** Runs one statement on a connection of its own; the database is not reused after it. */
    final void execute(String sql) {
        ranOwnStatement = true;
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
        boolean comesMigrated() {
            return false;
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
        /**
         * A test's commit does not wait for its disk sync: nothing here outlives a crash of the
         * server, and what other transactions see of a commit does not change.
         */
        private static final String NO_DISK_WAIT = "options=-c%20synchronous_commit=off";

        private final String schema;
        private final boolean migrated;
        private final HikariDataSource dataSource;
        private final List<HikariDataSource> separate = new ArrayList<>();

        private Postgres(String schema, boolean migrated) {
            this.schema = schema;
            this.migrated = migrated;
            this.dataSource = pool(schema);
        }

        static Postgres emptySchema() {
            var schema = newName("test");
            admin("CREATE SCHEMA " + schema);
            return new Postgres(schema, false);
        }

        static Postgres migratedSchema() {
            return new Postgres(MigratedSchemas.take(), true);
        }

        private static String newName(String kind) {
            return "servicepolicy_" + kind + "_" + UUID.randomUUID().toString().replace("-", "");
        }

        private static String urlOf(String schema) {
            return URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema + "&" + NO_DISK_WAIT;
        }

        private HikariDataSource pool(String poolName) {
            var config = new HikariConfig();
            configure(config);
            config.setMaximumPoolSize(8);
            // Connections opened as the test asks for them: most tests need one.
            config.setMinimumIdle(1);
            config.setPoolName(poolName);
            return new HikariDataSource(config);
        }

        @Override
        void configure(HikariConfig config) {
            config.setJdbcUrl(urlOf(schema));
            config.setUsername(USER);
            config.setPassword(PASSWORD);
        }

        @Override
        boolean comesMigrated() {
            return migrated;
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
            if (!migrated) {
                admin("DROP SCHEMA " + schema + " CASCADE");
            } else if (ranOwnStatement()) {
                MigratedSchemas.drop(schema);
            } else {
                MigratedSchemas.giveBack(schema);
            }
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

        /**
         * The migrated schemas of this test run: those free to take, emptied, and the statement
         * that empties one, learnt from the first schema migrated (every schema is migrated
         * alike). The rows the migrations seed are kept in a schema of their own, to be put back.
         */
        private static final class MigratedSchemas {
            private static final String SEEDS = newName("seeds");
            /** Where the emptying statement names the schema it empties. */
            private static final String SCHEMA_MARK = "{schema}";
            private static final Deque<String> FREE = new ArrayDeque<>();
            private static final Set<String> ALL = new LinkedHashSet<>();
            private static String emptying;

            static {
                Runtime.getRuntime().addShutdownHook(new Thread(MigratedSchemas::dropAll));
            }

            private MigratedSchemas() {
            }

            static synchronized String take() {
                var free = FREE.poll();
                if (free != null) {
                    return free;
                }
                var schema = newName("test");
                admin("CREATE SCHEMA " + schema);
                ALL.add(schema);
                var config = new HikariConfig();
                config.setJdbcUrl(urlOf(schema));
                config.setUsername(USER);
                config.setPassword(PASSWORD);
                config.setMaximumPoolSize(1);
                try (var migrating = new HikariDataSource(config)) {
                    JdbcStores.builder(migrating).migrate(true).build();
                }
                if (emptying == null) {
                    emptying = learnEmptying(schema);
                }
                return schema;
            }

            /** Empties {@code schema} for the next test, or drops it when it cannot be emptied. */
            static synchronized void giveBack(String schema) {
                try (var connection = DriverManager.getConnection(urlOf(schema), USER, PASSWORD)) {
                    connection.setAutoCommit(false);
                    try (var statement = connection.createStatement()) {
                        statement.execute(emptying.replace(SCHEMA_MARK, schema));
                    }
                    connection.commit();
                    FREE.push(schema);
                } catch (SQLException e) {
                    drop(schema);
                }
            }

            static synchronized void drop(String schema) {
                ALL.remove(schema);
                admin("DROP SCHEMA " + schema + " CASCADE");
            }

            private static synchronized void dropAll() {
                ALL.forEach(schema -> admin("DROP SCHEMA IF EXISTS " + schema + " CASCADE"));
                admin("DROP SCHEMA IF EXISTS " + SEEDS + " CASCADE");
            }

            /**
             * The statement that empties a schema migrated like {@code schema}: deletes every
             * table's rows, children before the tables they reference, puts the seeded rows back
             * and restarts every sequence; the seeded rows are copied into {@link #SEEDS}.
             */
            private static String learnEmptying(String schema) {
                try (var connection = DriverManager.getConnection(urlOf(schema), USER, PASSWORD)) {
                    var tables = Sql.query(connection, "SELECT relname AS name FROM pg_class WHERE relkind IN ('r', 'p')"
                            + " AND relnamespace = CAST(? AS regnamespace) AND relname <> ? ORDER BY relname",
                            row -> row.string("name"), schema, JdbcStores.HISTORY_TABLE);
                    var references = Sql.query(connection, "SELECT child.relname AS child, parent.relname AS parent"
                            + " FROM pg_constraint c JOIN pg_class child ON child.oid = c.conrelid"
                            + " JOIN pg_class parent ON parent.oid = c.confrelid"
                            + " WHERE c.contype = 'f' AND c.connamespace = CAST(? AS regnamespace)"
                            + " AND child.oid <> parent.oid", row -> List.of(row.string("child"), row.string("parent")),
                            schema);
                    var sequences = Sql.query(connection, "SELECT relname AS name FROM pg_class WHERE relkind = 'S'"
                            + " AND relnamespace = CAST(? AS regnamespace) ORDER BY relname", row -> row.string("name"),
                            schema);
                    var seeded = new ArrayList<String>();
                    for (var table : tables) {
                        if (Sql.queryOne(connection, "SELECT EXISTS (SELECT 1 FROM " + table + ") AS seeded",
                                row -> row.bool("seeded")).orElseThrow()) {
                            seeded.add(table);
                        }
                    }
                    admin("CREATE SCHEMA " + SEEDS);
                    for (var table : seeded) {
                        admin("CREATE TABLE " + SEEDS + "." + table + " AS TABLE " + schema + "." + table);
                    }
                    var sql = new StringBuilder("SET LOCAL lock_timeout = '5s'");
                    childrenFirst(tables, references).forEach(t -> sql.append("; DELETE FROM ").append(SCHEMA_MARK)
                            .append('.').append(t));
                    seeded.forEach(t -> sql.append("; INSERT INTO ").append(SCHEMA_MARK).append('.').append(t)
                            .append(" SELECT * FROM ").append(SEEDS).append('.').append(t));
                    sequences.forEach(q -> sql.append("; ALTER SEQUENCE ").append(SCHEMA_MARK).append('.').append(q)
                            .append(" RESTART"));
                    return sql.toString();
                } catch (SQLException e) {
                    throw new IllegalStateException("cannot read the migrated schema " + schema, e);
                }
            }

            /** {@code tables} ordered so that every table comes before those it references. */
            private static List<String> childrenFirst(List<String> tables, List<List<String>> references) {
                var ordered = new ArrayList<String>();
                var left = new LinkedHashSet<>(tables);
                while (!left.isEmpty()) {
                    var unreferenced = left.stream().filter(t -> references.stream()
                            .noneMatch(r -> r.get(1).equals(t) && left.contains(r.get(0)))).toList();
                    if (unreferenced.isEmpty()) {
                        throw new IllegalStateException("the tables reference each other in a cycle: " + left);
                    }
                    ordered.addAll(unreferenced);
                    unreferenced.forEach(left::remove);
                }
                return ordered;
            }
        }
    }
}
