package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.meetings.DepartmentResponderStore;
import org.servicepolicy.meetings.DepartmentResponders;

/**
 * The responders each department names (§5.1.1): who named them, when and the version in
 * {@code servicepolicy_department_responders}, one row per department that ever named some, and
 * the responders themselves in {@code servicepolicy_department_responder}. The first naming
 * inserts the department's row, so of two first namings at once the primary key admits one; every
 * later one is an update matching the version read.
 */
final class JdbcDepartmentResponderStore implements DepartmentResponderStore {
    private static final String TABLE = "servicepolicy_department_responders";
    private static final String KIND = "department responders";
    private static final String SELECT = "SELECT department_id, named_by, named_at, version FROM " + TABLE;

    private final JdbcTransactions transactions;

    JdbcDepartmentResponderStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public DepartmentResponders save(DepartmentResponders responders) {
        Objects.requireNonNull(responders, "responders");
        var stored = responders.atVersion(responders.version() + 1);
        var department = responders.department().value();
        transactions.atomically(c -> {
            if (responders.version() == 0) {
                insertFirst(c, stored);
            } else if (Sql.update(c, "UPDATE " + TABLE + " SET named_by = ?, named_at = ?, version = ?"
                    + " WHERE department_id = ? AND version = ?", stored.namedBy().value(), stored.namedAt(),
                    stored.version(), department, responders.version()) == 0) {
                throw ConflictException.staleVersion(KIND, responders.department());
            }
            Sql.update(c, "DELETE FROM servicepolicy_department_responder WHERE department_id = ?", department);
            Sql.batch(c, "INSERT INTO servicepolicy_department_responder (department_id, employee_id) VALUES (?, ?)",
                    stored.responders().stream().map(r -> new Object[] {department, r.value()}).toList());
            return null;
        });
        return stored;
    }

    /** Inserts the department's first naming; a row there already means the naming read is stale. */
    private static void insertFirst(Connection c, DepartmentResponders stored) throws SQLException {
        try {
            Sql.insertNew(c, KIND, stored.department(), "INSERT INTO " + TABLE + " (department_id, named_by,"
                    + " named_at, version) VALUES (?, ?, ?, ?)", stored.department().value(), stored.namedBy().value(),
                    stored.namedAt(), stored.version());
        } catch (ConflictException duplicate) {
            throw ConflictException.staleVersion(KIND, stored.department());
        }
    }

    @Override
    public Optional<DepartmentResponders> of(DepartmentId department) {
        Objects.requireNonNull(department, "department");
        return load(" WHERE department_id = ?", department.value()).stream().findFirst();
    }

    @Override
    public List<DepartmentResponders> all() {
        return load("").stream().sorted(Comparator.comparing(r -> r.department().value())).toList();
    }

    private List<DepartmentResponders> load(String where, Object... parameters) {
        return transactions.withConnection(c -> {
            var responders = new HashMap<String, List<EmployeeId>>();
            Sql.forEachRow(c, "SELECT department_id, employee_id FROM servicepolicy_department_responder" + where,
                    row -> responders.computeIfAbsent(row.string("department_id"), k -> new ArrayList<>())
                            .add(EmployeeId.of(row.string("employee_id"))), parameters);
            return Sql.query(c, SELECT + where, row -> new DepartmentResponders(
                    DepartmentId.of(row.string("department_id")),
                    responders.getOrDefault(row.string("department_id"), List.of()),
                    EmployeeId.of(row.string("named_by")), row.instant("named_at"), row.longInteger("version")),
                    parameters);
        });
    }
}
