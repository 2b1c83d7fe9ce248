package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ExpectedRead;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.people.EmploymentStatus;

/**
 * Employees in {@code servicepolicy_employee}, with optimistic locking on {@code version}, and
 * every version of each record in {@code servicepolicy_employee_version}, written in the same
 * statement sequence so that the current row and its history never disagree.
 *
 * <p>Within a transaction, the current rows it read, wrote or found absent are kept until the
 * transaction ends, and {@link #find} answers them again without a statement: a read request
 * resolves its caller and the employee it is about in one statement ({@link #findAll}), and
 * the use case that then finds the employee reads nothing more. A row found for a decision is
 * always read again, locked, and kept as read.
 */
final class JdbcEmployeeStore implements EmployeeStore {
    private static final String TABLE = "servicepolicy_employee";
    private static final String VERSIONS = "servicepolicy_employee_version";
    private static final String COLUMNS = "name, category, supervisor_id, department_id, employee_level, hire_date,"
            + " status, wage_amount, wage_currency, granted_roles, effective_from, level_since, version";
    private static final String SELECT = "SELECT id, " + COLUMNS + " FROM " + TABLE;
    private static final String SELECT_VERSION = "SELECT employee_id AS id, " + COLUMNS + " FROM " + VERSIONS;
    private static final Comparator<Employee> BY_ID = Comparator.comparing(e -> e.id().value());

    private final JdbcTransactions transactions;

    JdbcEmployeeStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Employee add(Employee employee) {
        Objects.requireNonNull(employee, "employee");
        var stored = employee.atVersion(1);
        transactions.withConnection(c -> {
            Sql.insertNew(c, "employee", employee.id(), "INSERT INTO " + TABLE + " (" + COLUMNS
                    + ", id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", columns(stored, employee.id().value()));
            keep(c, stored);
            return null;
        });
        remember(employee.id(), Optional.of(stored));
        return stored;
    }

    @Override
    public Employee update(Employee employee) {
        Objects.requireNonNull(employee, "employee");
        var stored = employee.atVersion(employee.version() + 1);
        transactions.withConnection(c -> {
            Sql.updateVersioned(c, TABLE, "employee", employee.id(), "UPDATE " + TABLE + " SET name = ?,"
                            + " category = ?, supervisor_id = ?, department_id = ?, employee_level = ?, hire_date = ?,"
                            + " status = ?, wage_amount = ?, wage_currency = ?, granted_roles = ?, effective_from = ?,"
                            + " level_since = ?, version = ? WHERE id = ? AND version = ?",
                    columns(stored, employee.id().value(), employee.version()));
            keep(c, stored);
            return null;
        });
        remember(employee.id(), Optional.of(stored));
        return stored;
    }

    @Override
    public Optional<Employee> find(EmployeeId id) {
        Objects.requireNonNull(id, "id");
        var known = kept().map(rows -> rows.get(id));
        if (known.isPresent()) {
            return known.get();
        }
        var found = transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", JdbcEmployeeStore::read,
                id.value()));
        remember(id, found);
        return found;
    }

    @Override
    public List<Employee> findAll(Collection<EmployeeId> ids) {
        var wanted = new LinkedHashSet<EmployeeId>();
        ids.forEach(id -> wanted.add(Objects.requireNonNull(id, "id")));
        var kept = kept();
        var found = new ArrayList<Employee>();
        var unread = new ArrayList<EmployeeId>();
        for (var id : wanted) {
            var known = kept.map(rows -> rows.get(id));
            if (known.isPresent()) {
                known.get().ifPresent(found::add);
            } else {
                unread.add(id);
            }
        }
        if (!unread.isEmpty()) {
            // What the transaction expects travels with a read of one statement; a longer read is left alone.
            var along = unread.size() <= InLists.KEYS_PER_STATEMENT ? transactions.takeExpected() : List.<ExpectedRead>of();
            var read = InLists.grouped(unread, chunk -> along.isEmpty() || !transactions.onPostgreSql()
                    ? transactions.withConnection(c -> readOnly(c, chunk))
                    : transactions.readFirst(c -> readAlong(c, chunk, new ExpectedReads(along))), Employee::id, BY_ID);
            read.forEach((id, rows) -> {
                var row = rows.stream().findFirst();
                row.ifPresent(found::add);
                remember(id, row);
            });
        }
        found.sort(BY_ID);
        return List.copyOf(found);
    }

    /** The employees of {@code ids}. */
    private static List<Employee> readOnly(Connection connection, List<EmployeeId> ids) throws SQLException {
        return Sql.query(connection, SELECT + " WHERE " + InLists.in("id", ids.size()), JdbcEmployeeStore::read,
                ids.stream().map(EmployeeId::value).toArray());
    }

    /**
     * The employees of {@code ids} and, in the same request, the reads the transaction was told
     * to expect, whose answers are kept for their stores: on PostgreSQL, one round trip where a
     * read about an employee would take two; sent as the transaction's first request, a read that
     * needs nothing more is one transaction of its own, with no commit to wait for
     * ({@link JdbcTransactions#readFirst}).
     */
    private List<Employee> readAlong(Connection connection, List<EmployeeId> ids, ExpectedReads along)
            throws SQLException {
        var employees = new ArrayList<Employee>();
        var queries = new ArrayList<String>();
        queries.add(SELECT + " WHERE " + InLists.in("id", ids.size()));
        queries.addAll(along.queries());
        var consumers = new ArrayList<RowConsumer>();
        consumers.add(row -> employees.add(read(row)));
        consumers.addAll(along.consumers());
        var parameters = new ArrayList<Object>();
        ids.forEach(id -> parameters.add(id.value()));
        parameters.addAll(along.parameters());
        Sql.forEachRowOfEach(connection, queries, consumers, parameters.toArray());
        along.keepFor(transactions);
        return employees;
    }

    @Override
    public Optional<Employee> findForDecision(EmployeeId id) {
        var found = transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ? FOR UPDATE",
                JdbcEmployeeStore::read, id.value()));
        remember(id, found);
        found.ifPresent(employee -> transactions.mark(employee.id()));
        return found;
    }

    @Override
    public List<Employee> history(EmployeeId id) {
        return transactions.withConnection(c -> Sql.query(c, SELECT_VERSION + " WHERE employee_id = ? ORDER BY version",
                JdbcEmployeeStore::read, id.value()));
    }

    @Override
    public Optional<Employee> asOf(EmployeeId id, Instant at) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT_VERSION
                        + " WHERE employee_id = ? AND effective_from <= ? ORDER BY version DESC FETCH FIRST 1 ROWS ONLY",
                JdbcEmployeeStore::read, id.value(), at));
    }

    @Override
    public List<Employee> allAsOf(Instant at) {
        return transactions.withConnection(c -> Sql.query(c, SELECT_VERSION + " v WHERE v.effective_from <= ?"
                        + " AND v.version = (SELECT MAX(w.version) FROM " + VERSIONS + " w"
                        + " WHERE w.employee_id = v.employee_id AND w.effective_from <= ?)",
                JdbcEmployeeStore::read, at, at)).stream().sorted(BY_ID).toList();
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

    /** The rows the running transaction has read or written so far, by id; empty outside a transaction. */
    private Optional<Map<EmployeeId, Optional<Employee>>> kept() {
        if (!transactions.running()) {
            return Optional.empty();
        }
        return Optional.of(transactions.perTransaction(this, HashMap::new));
    }

    /** Keeps {@code row}, the employee {@code id} as the running transaction now sees them, for its later reads. */
    private void remember(EmployeeId id, Optional<Employee> row) {
        kept().ifPresent(rows -> rows.put(id, row));
    }

    /** Appends {@code stored} to the record's history. */
    private static void keep(Connection c, Employee stored) throws SQLException {
        Sql.update(c, "INSERT INTO " + VERSIONS + " (" + COLUMNS + ", employee_id)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", columns(stored, stored.id().value()));
    }

    /** The stored columns in {@link #COLUMNS} order, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Employee e, Object... key) {
        var values = new ArrayList<Object>(List.of(e.name(), e.category(), e.supervisor().map(EmployeeId::value),
                e.department().value(), e.level(), e.hireDate(), e.status(), e.monthlyWage().map(Money::amount),
                e.monthlyWage().map(m -> m.currency().getCurrencyCode()), roles(e.grantedRoles()), e.effectiveFrom(),
                e.levelSince(), e.version()));
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

    private static Employee read(Row row) throws SQLException {
        return new Employee(EmployeeId.of(row.string("id")), row.string("name"),
                row.enumValue(EmployeeCategory.class, "category"),
                row.optionalString("supervisor_id").map(EmployeeId::of), DepartmentId.of(row.string("department_id")),
                row.integer("employee_level"), row.date("hire_date"), row.enumValue(EmploymentStatus.class, "status"),
                row.money("wage_amount", "wage_currency"), roles(row.string("granted_roles")),
                row.instant("effective_from"), row.instant("level_since"), row.longInteger("version"));
    }
}
