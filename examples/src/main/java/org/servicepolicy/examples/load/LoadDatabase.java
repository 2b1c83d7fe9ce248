package org.servicepolicy.examples.load;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;

/**
 * A database of its own for one load run or test: a new in-memory H2 database, or a new schema
 * in a PostgreSQL database that {@link #close()} drops, behind a HikariCP pool.
 */
public final class LoadDatabase implements AutoCloseable {
    /** The connections of a pool unless told otherwise: as many as the example app's. */
    public static final int POOL_SIZE = 8;

    private final String name;
    private final HikariDataSource pool;
    private final Runnable drop;

    private LoadDatabase(String name, HikariConfig config, int poolSize, Runnable drop) {
        this.name = name;
        config.setMaximumPoolSize(poolSize);
        this.pool = new HikariDataSource(config);
        this.drop = drop;
    }

    /** A new in-memory H2 database behind a pool of {@link #POOL_SIZE}. */
    public static LoadDatabase h2() {
        var config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:servicepolicy-load-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        return new LoadDatabase("H2", config, POOL_SIZE, () -> { });
    }

    /**
     * A new, empty schema in the PostgreSQL database at {@code url}, which {@link #close()} drops,
     * behind a pool of {@link #POOL_SIZE}.
     */
    public static LoadDatabase postgres(String url, String user, String password) {
        return postgres(url, user, password, POOL_SIZE);
    }

    /**
     * A new, empty schema in the PostgreSQL database at {@code url}, which {@link #close()} drops,
     * behind a pool of {@code poolSize} connections.
     */
    public static LoadDatabase postgres(String url, String user, String password, int poolSize) {
        var schema = "servicepolicy_load_" + UUID.randomUUID().toString().replace("-", "");
        admin(url, user, password, "CREATE SCHEMA " + schema);
        var config = new HikariConfig();
        config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(user);
        config.setPassword(password);
        return new LoadDatabase("PostgreSQL", config, poolSize,
                () -> admin(url, user, password, "DROP SCHEMA " + schema + " CASCADE"));
    }

    /** {@code H2} or {@code PostgreSQL}. */
    public String name() {
        return name;
    }

    /** The pool. */
    public DataSource dataSource() {
        return pool;
    }

    @Override
    public void close() {
        pool.close();
        drop.run();
    }

    private static void admin(String url, String user, String password, String sql) {
        try (var connection = DriverManager.getConnection(url, user, password);
             var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot run " + sql + " on " + url + ": " + e.getMessage(), e);
        }
    }
}
