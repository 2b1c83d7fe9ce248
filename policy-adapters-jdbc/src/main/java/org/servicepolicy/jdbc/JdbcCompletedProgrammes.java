package org.servicepolicy.jdbc;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.career.CompletedProgrammes;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;

/**
 * The training programmes each employee completed, in {@code servicepolicy_programme_completion},
 * as development plans count their progress (§4.3.1): one row per completion, recorded through
 * {@link JdbcStores#recordCompletedProgramme}; recording the same completion again changes nothing.
 */
final class JdbcCompletedProgrammes implements CompletedProgrammes {
    private static final String TABLE = "servicepolicy_programme_completion";
    private static final String INSERT = "INSERT INTO " + TABLE + " (employee_id, programme_id, completed_at)"
            + " VALUES (?, ?, ?)";

    private final JdbcTransactions transactions;

    JdbcCompletedProgrammes(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    /** Records that {@code employee} completed {@code programme} at {@code at}. */
    void record(EmployeeId employee, String programme, Instant at) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(programme, "programme");
        Objects.requireNonNull(at, "at");
        transactions.atomically(c -> Sql.insertUnlessPresent(c, transactions.onPostgreSql(c), INSERT,
                "employee_id, programme_id, completed_at", employee.value(), programme, at));
    }

    @Override
    public Set<String> of(EmployeeId employee, Instant asOf) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(asOf, "asOf");
        return Set.copyOf(transactions.withConnection(c -> Sql.query(c, "SELECT DISTINCT programme_id FROM " + TABLE
                + " WHERE employee_id = ? AND completed_at <= ?", row -> row.string("programme_id"), employee.value(),
                asOf)));
    }
}
