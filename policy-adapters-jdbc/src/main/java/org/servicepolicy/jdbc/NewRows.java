package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;

/**
 * Rows of new records that one INSERT statement writes, one execution per row. A transaction
 * holds them until it next sends a statement or commits ({@link JdbcTransactions#insert}), so
 * that everything a command appends travels together: on PostgreSQL as one multi-statement
 * request, one round trip however many tables it fills; elsewhere one batch per statement.
 *
 * @param kind  what the rows are, for the error of a duplicate ({@code "decision"}, {@code "penalty"})
 * @param table the table they go to, whose primary key {@code <table>_pk} a duplicate violates
 * @param ids   the ids of the new records, for the error of a duplicate; empty where the
 *              database numbers them (audit lines, events)
 * @param sql   the INSERT, with one parameter marker per value of a row
 * @param rows  the values of each row, in marker order
 */
record NewRows(String kind, String table, List<Object> ids, String sql, List<Object[]> rows) {
    /**
     * The most rows sent as one multi-statement request on PostgreSQL. A command writes a few;
     * the many of a bulk command (a cycle's decisions) go as batches instead, which keeps the
     * requests the driver prepares and caches few and small.
     */
    static final int MOST_ROWS_TOGETHER = 32;

    /** Requires every part and copies the lists. */
    NewRows {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(table, "table");
        ids = List.copyOf(ids);
        Objects.requireNonNull(sql, "sql");
        rows = List.copyOf(rows);
    }

    /** The rows of new records with ids of their own. */
    static NewRows of(String kind, String table, List<?> ids, String sql, List<Object[]> rows) {
        return new NewRows(kind, table, List.copyOf(ids), sql, rows);
    }

    /** The rows of records that the database numbers, such as audit lines and events. */
    static NewRows numbered(String kind, String table, String sql, List<Object[]> rows) {
        return new NewRows(kind, table, List.of(), sql, rows);
    }

    /**
     * Inserts {@code inserts}, in order, through {@code connection}: as one request of several
     * statements when {@code together} and they are few, else one batch per INSERT. A duplicate
     * id is a {@link ConflictException} naming the records of the INSERT whose key it violates.
     */
    static void send(Connection connection, List<NewRows> inserts, boolean together) throws SQLException {
        int rows = inserts.stream().mapToInt(insert -> insert.rows().size()).sum();
        if (together && rows > 1 && rows <= MOST_ROWS_TOGETHER) {
            sendTogether(connection, inserts);
            return;
        }
        for (var insert : inserts) {
            try {
                Sql.batch(connection, insert.sql(), insert.rows());
            } catch (SQLException e) {
                insert.rethrow(e);
            }
        }
    }

    /**
     * One request of every row's INSERT, separated by semicolons: PostgreSQL's driver sends the
     * statements of such a request one after the other and waits once, for all of their answers.
     */
    private static void sendTogether(Connection connection, List<NewRows> inserts) throws SQLException {
        var statements = new ArrayList<String>();
        var parameters = new ArrayList<Object>();
        for (var insert : inserts) {
            for (var row : insert.rows()) {
                statements.add(insert.sql());
                Collections.addAll(parameters, row);
            }
        }
        try {
            Sql.update(connection, Sql.request(statements), parameters.toArray());
        } catch (SQLException e) {
            if (!Sql.isUniqueViolation(e)) {
                throw e;
            }
            for (var insert : inserts) {
                if (String.valueOf(e.getMessage()).contains("\"" + insert.table() + "_pk\"")) {
                    insert.rethrow(e);
                }
            }
            throw e;
        }
    }

    /** Throws {@code e}, or the {@link ConflictException} it means when it reports a duplicate key of these rows. */
    private void rethrow(SQLException e) throws SQLException {
        if (Sql.isUniqueViolation(e) && !ids.isEmpty()) {
            throw ConflictException.duplicate(kind, ids.size() == 1 ? ids.get(0)
                    : ids.stream().map(String::valueOf).collect(Collectors.joining(", ", "one of ", "")));
        }
        throw e;
    }
}
