package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.EmploymentStatus;

/** Employees in {@code servicepolicy_employee}, with optimistic locking on {@code version}. */
final class JdbcEmployeeStore implements EmployeeStore {
    private static final String TABLE = "servicepolicy_employee";
    private static final String SELECT = "SELECT id, name, category, supervisor_id, department_id, employee_level,"
            + " hire_date, status, wage_amount, wage_currency, granted_roles, version FROM " + TABLE;
    private static final Comparator<Employee> BY_ID = Comparator.comparing(e -> e.id().value());

    private final JdbcTransactions transactions;

    JdbcEmployeeStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Employee add(Employee employee) {
        Objects.requireNonNull(employee, "employee");
        var stored = atVersion(employee, 1);
        transactions.withConnection(c -> {
            Sql.insertNew(c, "employee", employee.id(), "INSERT INTO " + TABLE + " (name, category, supervisor_id,"
                            + " department_id, employee_level, hire_date, status, wage_amount, wage_currency,"
                            + " granted_roles, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    columns(stored, employee.id().value()));
            return null;
        });
        return stored;
    }

    @Override
    public Employee update(Employee employee) {
        Objects.requireNonNull(employee, "employee");
        var stored = atVersion(employee, employee.version() + 1);
        transactions.withConnection(c -> {
            Sql.updateVersioned(c, TABLE, "employee", employee.id(), "UPDATE " + TABLE + " SET name = ?,"
                            + " category = ?, supervisor_id = ?, department_id = ?, employee_level = ?, hire_date = ?,"
                            + " status = ?, wage_amount = ?, wage_currency = ?, granted_roles = ?, version = ?"
                            + " WHERE id = ? AND version = ?",
                    columns(stored, employee.id().value(), employee.version()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Employee> find(EmployeeId id) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", JdbcEmployeeStore::read,
                id.value()));
    }

    @Override
    public Optional<Employee> findForDecision(EmployeeId id) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ? FOR UPDATE",
                JdbcEmployeeStore::read, id.value()));
    }

    @Override
    public List<Employee> all() {
        // Sorted here so that the order is Java's, whatever the database's collation.
        return transactions.withConnection(c -> Sql.query(c, SELECT, JdbcEmployeeStore::read)).stream()
                .sorted(BY_ID).toList();
    }

    @Override
    public List<Employee> inDepartment(DepartmentId department) {
        return transactions.withConnection(c -> Sql.query(c, SELECT + " WHERE department_id = ?",
                JdbcEmployeeStore::read, department.value())).stream().sorted(BY_ID).toList();
    }

    /** The mutable columns in statement order, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Employee e, Object... key) {
        var values = new ArrayList<Object>(List.of(e.name(), e.category(), e.supervisor().map(EmployeeId::value),
                e.department().value(), e.level(), e.hireDate(), e.status(), e.monthlyWage().map(Money::amount),
                e.monthlyWage().map(m -> m.currency().getCurrencyCode()), roles(e.grantedRoles()), e.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static String roles(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(","));
    }

    private static Set<Role> roles(String names) {
        if (names.isEmpty()) {
            return Set.of();
        }
        return Arrays.stream(names.split(",")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    private static Employee atVersion(Employee e, long version) {
        return new Employee(e.id(), e.name(), e.category(), e.supervisor(), e.department(), e.level(), e.hireDate(),
                e.status(), e.monthlyWage(), e.grantedRoles(), version);
    }

    private static Employee read(Row row) throws SQLException {
        return new Employee(EmployeeId.of(row.string("id")), row.string("name"),
                row.enumValue(EmployeeCategory.class, "category"),
                row.optionalString("supervisor_id").map(EmployeeId::of), DepartmentId.of(row.string("department_id")),
                row.integer("employee_level"), row.date("hire_date"), row.enumValue(EmploymentStatus.class, "status"),
                row.money("wage_amount", "wage_currency"), roles(row.string("granted_roles")),
                row.longInteger("version"));
    }
}
