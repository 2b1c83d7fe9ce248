package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.DepartmentStore;

/** Departments in {@code servicepolicy_department}. */
final class JdbcDepartmentStore implements DepartmentStore {
    private static final String SELECT = "SELECT id, name FROM servicepolicy_department";

    private final JdbcTransactions transactions;

    JdbcDepartmentStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void add(Department department) {
        Objects.requireNonNull(department, "department");
        transactions.withConnection(c -> {
            Sql.insertNew(c, "department", department.id(),
                    "INSERT INTO servicepolicy_department (id, name) VALUES (?, ?)", department.id().value(),
                    department.name());
            return null;
        });
    }

    @Override
    public Optional<Department> find(DepartmentId id) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", JdbcDepartmentStore::read,
                id.value()));
    }

    @Override
    public List<Department> all() {
        // Sorted here so that the order is Java's, whatever the database's collation.
        return transactions.withConnection(c -> Sql.query(c, SELECT, JdbcDepartmentStore::read)).stream()
                .sorted(Comparator.comparing(d -> d.id().value()))
                .toList();
    }

    private static Department read(Row row) throws SQLException {
        return new Department(DepartmentId.of(row.string("id")), row.string("name"));
    }
}
