package org.servicepolicy.jdbc.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.NotFoundException;

/**
 * Runs parameterised statements. Parameters may be {@link Optional} (empty binds NULL),
 * {@link Instant} (bound as a UTC {@code TIMESTAMP WITH TIME ZONE}, truncated to the
 * microseconds both databases keep), enum constants (bound by name) or any value the driver
 * accepts.
 */
public final class Sql {
    /** The SQLSTATE of a unique-key violation, the same on PostgreSQL and H2. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** The most requests of several statements whose text {@link #request} keeps. */
    private static final int MOST_REQUESTS_KEPT = 256;
    /** The text of each request of several statements seen so far, by its statements. */
    private static final Map<List<String>, String> REQUESTS = new ConcurrentHashMap<>();

    private Sql() {
    }

    /** Runs an INSERT, UPDATE or DELETE and returns the number of rows it touched. */
    public static int update(Connection connection, String sql, Object... parameters) throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            return statement.executeUpdate();
        }
    }

    /**
     * Deletes the rows of each of {@code tables} whose {@code column} is {@code key}: the child
     * rows of a record whose children are about to be written anew.
     */
    public static void deleteFrom(Connection connection, List<String> tables, String column, Object key)
            throws SQLException {
        for (var table : tables) {
            update(connection, "DELETE FROM " + table + " WHERE " + column + " = ?", key);
        }
    }

    /**
     * Runs the INSERT of a new record; a unique-key violation becomes
     * {@link ConflictException#duplicate} of {@code kind} {@code id}.
     */
    public static void insertNew(Connection connection, String kind, Object id, String sql, Object... parameters)
            throws SQLException {
        try {
            update(connection, sql, parameters);
        } catch (SQLException e) {
            if (isUniqueViolation(e)) {
                throw ConflictException.duplicate(kind, id);
            }
            throw e;
        }
    }

    /**
     * Runs an optimistic UPDATE, one that matches the row by id and expected version. When it
     * matches nothing, the row {@code id} of {@code table} either moved on to another version
     * ({@link ConflictException#staleVersion}) or does not exist ({@link NotFoundException}).
     */
    public static void updateVersioned(Connection connection, String table, String kind, Object id, String sql,
                                       Object... parameters) throws SQLException {
        if (update(connection, sql, parameters) == 0) {
            if (exists(connection, "SELECT 1 FROM " + table + " WHERE id = ?", id.toString())) {
                throw ConflictException.staleVersion(kind, id);
            }
            throw new NotFoundException(kind, id);
        }
    }

    /** Runs one statement once per row of parameters, as a batch. */
    public static void batch(Connection connection, String sql, List<Object[]> rows) throws SQLException {
        if (rows.isEmpty()) {
            return;
        }
        try (var statement = connection.prepareStatement(sql)) {
            for (var row : rows) {
                bind(statement, row);
                statement.addBatch();
            }
            statement.executeBatch();
        }
    }

    /** Runs a query and maps every row. */
    public static <T> List<T> query(Connection connection, String sql, RowMapper<T> mapper, Object... parameters)
            throws SQLException {
        var rows = new ArrayList<T>();
        forEachRow(connection, sql, row -> rows.add(mapper.map(row)), parameters);
        return rows;
    }

    /** Runs a query and hands every row to {@code consumer}, in order. */
    public static void forEachRow(Connection connection, String sql, RowConsumer consumer, Object... parameters)
            throws SQLException {
        try (var statement = connection.prepareStatement(sql)) {
            bind(statement, parameters);
            try (var result = statement.executeQuery()) {
                var row = new Row(result);
                while (result.next()) {
                    consumer.accept(row);
                }
            }
        }
    }

    /**
     * Runs {@code queries} as one request of several statements, in order, and hands the rows of
     * each to the consumer at the same index; {@code parameters} are those of every query, one
     * after the other. Only for a driver that sends such a request at once and answers every
     * query's result in turn, as PostgreSQL's does: one round trip for them all.
     */
    public static void forEachRowOfEach(Connection connection, List<String> queries, List<RowConsumer> consumers,
                                        Object... parameters) throws SQLException {
        if (queries.size() != consumers.size()) {
            throw new IllegalArgumentException(queries.size() + " queries for " + consumers.size() + " consumers");
        }
        try (var statement = connection.prepareStatement(request(queries))) {
            bind(statement, parameters);
            boolean answered = statement.execute();
            for (var consumer : consumers) {
                if (!answered) {
                    throw new IllegalStateException("a query of the request answered no rows: " + queries);
                }
                try (var result = statement.getResultSet()) {
                    var row = new Row(result);
                    while (result.next()) {
                        consumer.accept(row);
                    }
                }
                answered = statement.getMoreResults();
            }
        }
    }

    /**
     * {@code statements} as the text of one request, separated by semicolons. The text of a
     * request made before is the same string again: the driver finds its prepared statements by
     * the text, and a string keeps its hash, so a command's request is neither joined nor hashed
     * anew each time. The statements are the adapter's own constants; the first
     * {@value #MOST_REQUESTS_KEPT} different requests are kept, any further one is joined each time.
     */
    public static String request(List<String> statements) {
        var known = REQUESTS.get(statements);
        if (known != null) {
            return known;
        }
        var text = String.join(";\n", statements);
        if (REQUESTS.size() < MOST_REQUESTS_KEPT) {
            REQUESTS.putIfAbsent(List.copyOf(statements), text);
        }
        return text;
    }

    /** Runs a query expected to find at most one row. */
    public static <T> Optional<T> queryOne(Connection connection, String sql, RowMapper<T> mapper,
                                           Object... parameters) throws SQLException {
        var rows = query(connection, sql, mapper, parameters);
        if (rows.size() > 1) {
            throw new IllegalStateException("expected at most one row, found " + rows.size() + ": " + sql);
        }
        return rows.stream().findFirst();
    }

    /** Whether a query finds any row. */
    public static boolean exists(Connection connection, String sql, Object... parameters) throws SQLException {
        return !query(connection, sql, row -> Boolean.TRUE, parameters).isEmpty();
    }

    /**
     * Inserts one row unless a row with the same unique key exists, and answers whether it did. On
     * PostgreSQL with {@code ON CONFLICT (uniqueKey) DO NOTHING}; elsewhere within a savepoint that a
     * unique violation rolls back. Either way the transaction goes on, so that several callers racing
     * to insert the same key (sweeps of several instances) record it exactly once.
     */
    public static boolean insertUnlessPresent(Connection connection, boolean postgreSql, String insert,
                                              String uniqueKey, Object... parameters) throws SQLException {
        if (postgreSql) {
            return update(connection, insert + " ON CONFLICT (" + uniqueKey + ") DO NOTHING", parameters) == 1;
        }
        var savepoint = connection.setSavepoint();
        try {
            update(connection, insert, parameters);
        } catch (SQLException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            connection.rollback(savepoint);
            return false;
        }
        connection.releaseSavepoint(savepoint);
        return true;
    }

    /** Whether {@code e}, or an exception chained to it, reports a unique-key violation. */
    public static boolean isUniqueViolation(SQLException e) {
        for (var current = e; current != null; current = current.getNextException()) {
            if (UNIQUE_VIOLATION.equals(current.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private static void bind(PreparedStatement statement, Object[] parameters) throws SQLException {
        for (int i = 0; i < parameters.length; i++) {
            var value = jdbcValue(parameters[i]);
            if (value == null) {
                statement.setNull(i + 1, Types.NULL);
            } else {
                statement.setObject(i + 1, value);
            }
        }
    }

    private static Object jdbcValue(Object parameter) {
        if (parameter instanceof Optional<?> optional) {
            return jdbcValue(optional.orElse(null));
        }
        if (parameter instanceof Instant instant) {
            return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.MICROS), ZoneOffset.UTC);
        }
        if (parameter instanceof Enum<?> constant) {
            return constant.name();
        }
        return parameter;
    }
}
