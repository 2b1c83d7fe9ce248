package org.servicepolicy.jdbc;

import java.math.BigDecimal;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.Compensation;
import org.servicepolicy.discipline.Damage;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.discipline.Voiding;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowsRead;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.Fault;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/** Violations in {@code servicepolicy_violation}, with optimistic locking on {@code version}. */
final class JdbcViolationStore implements ViolationStore {
    private static final String TABLE = "servicepolicy_violation";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("employee_id", "violation_type", "severity", "occurred_at",
            "recorded_at", "recorded_by", "description", "measured_minutes", "measured_days", "rule_area",
            "customer_data_leaked", "damage_amount", "damage_currency", "damage_fault", "fault_share",
            "compensation_amount", "compensation_currency", "instalment_cap_amount", "instalment_cap_currency",
            "instalments", "policy_version", "voided_at", "voided_by", "void_reason", "replaces_violation_id", "version");
    private static final String SELECT = "SELECT id, " + String.join(", ", COLUMNS) + " FROM " + TABLE;
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final Comparator<Violation> BY_OCCURRENCE_THEN_RECORDING = Comparator
            .comparing(Violation::occurredAt).thenComparing(Violation::recordedAt).thenComparing(v -> v.id().value());

    private final JdbcTransactions transactions;

    JdbcViolationStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Violation add(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        var stored = atVersion(violation, 1);
        transactions.insert(NewRows.of("violation", TABLE, List.of(violation.id()), INSERT,
                List.<Object[]>of(columns(stored, violation.id().value()))));
        return stored;
    }

    @Override
    public Violation update(Violation violation) {
        Objects.requireNonNull(violation, "violation");
        var stored = atVersion(violation, violation.version() + 1);
        transactions.withConnection(c -> {
            Sql.updateVersioned(c, TABLE, "violation", violation.id(), UPDATE,
                    columns(stored, violation.id().value(), violation.version()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Violation> find(ViolationId id) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", JdbcViolationStore::read,
                id.value()));
    }

    /**
     * The violations of {@code employee}: those read ahead when the transaction expected them
     * ({@link ExpectedReads}), else read now. In a transaction on PostgreSQL that holds the employee
     * for a decision (the ladder of §3.3.3, a leave decision), which reads their penalties, leave
     * requests and the policy versions next, the first two and the number of policy versions
     * come in the same request, kept for the penalty, leave and policy stores (see
     * {@link JdbcTransactions#keepReadAhead} and {@link JdbcPolicyCatalog}): one round trip
     * instead of four.
     */
    @Override
    public List<Violation> of(EmployeeId employee) {
        var violations = transactions.<Violation>rowsReadAhead(readAhead(employee))
                .orElseGet(() -> readHistory(employee));
        // Sorted here so that ties on both instants fall to Java's order of ids, whatever the collation.
        return violations.stream().sorted(BY_OCCURRENCE_THEN_RECORDING).toList();
    }

    /** The key under which the violations of {@code employee} are read ahead ({@link ExpectedReads}). */
    static Object readAhead(EmployeeId employee) {
        return List.of(JdbcViolationStore.class, employee);
    }

    /** The query of an employee's violations, to read ahead: its one parameter is the employee's id. */
    static final String OF_EMPLOYEE = SELECT + " WHERE employee_id = ?";

    /** What collects the violations of the rows of {@link #OF_EMPLOYEE}. */
    static RowsRead<Violation> rowsOfEmployee() {
        return new RowsRead<>(JdbcViolationStore::read);
    }

    private List<Violation> readHistory(EmployeeId employee) {
        return transactions.withConnection(c -> {
            if (!transactions.marked(employee) || !transactions.onPostgreSql(c)) {
                return Sql.query(c, OF_EMPLOYEE, JdbcViolationStore::read, employee.value());
            }
            var violations = rowsOfEmployee();
            var penalties = new JdbcPenaltyStore.Penalties();
            var requests = JdbcLeaveRequestStore.rowsOfEmployee();
            var policyVersions = new RowsRead<>(JdbcPolicyCatalog.Count::of);
            Sql.forEachRowOfEach(c, List.of(OF_EMPLOYEE, JdbcPenaltyStore.OF_EMPLOYEE,
                            JdbcLeaveRequestStore.OF_EMPLOYEE, JdbcPolicyCatalog.COUNT),
                    List.of(violations, penalties, requests, policyVersions),
                    employee.value(), employee.value(), employee.value());
            transactions.keepReadAhead(JdbcPenaltyStore.readAhead(employee), penalties);
            transactions.keepReadAhead(JdbcLeaveRequestStore.readAhead(employee), requests);
            transactions.keepReadAhead(JdbcPolicyCatalog.READ_AHEAD, policyVersions.values().get(0));
            return violations.values();
        });
    }

    @Override
    public Map<EmployeeId, List<Violation>> ofAll(Collection<EmployeeId> employees) {
        Objects.requireNonNull(employees, "employees");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> Sql.query(c,
                        SELECT + " WHERE " + InLists.in("employee_id", chunk.size()), JdbcViolationStore::read,
                        chunk.stream().map(EmployeeId::value).toArray())), Violation::employee,
                BY_OCCURRENCE_THEN_RECORDING);
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Violation v, Object... key) {
        var compensation = v.compensation();
        var values = new ArrayList<Object>(List.of(v.employee().value(), v.type(), v.severity(), v.occurredAt(), v.recordedAt(),
                v.recordedBy().value(), v.description(), v.minutes(), v.days(), v.ruleArea(), v.customerDataLeaked(),
                compensation.map(c -> c.damage().assessed().amount()),
                compensation.map(c -> currency(c.damage().assessed())), compensation.map(c -> c.damage().fault()),
                compensation.map(c -> c.faultShare().toString()), compensation.map(c -> c.amount().amount()),
                compensation.map(c -> currency(c.amount())),
                compensation.flatMap(Compensation::instalmentCap).map(Money::amount),
                compensation.flatMap(Compensation::instalmentCap).map(JdbcViolationStore::currency),
                compensation.flatMap(Compensation::instalments), v.policyVersion(), v.voiding().map(Voiding::at),
                v.voiding().map(w -> w.by().value()), v.voiding().map(Voiding::reason), v.replaces().map(ViolationId::value),
                v.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static String currency(Money money) {
        return money.currency().getCurrencyCode();
    }

    private static Violation atVersion(Violation v, long version) {
        return new Violation(v.id(), v.employee(), v.type(), v.severity(), v.occurredAt(), v.recordedAt(),
                v.recordedBy(), v.description(), v.minutes(), v.days(), v.ruleArea(), v.customerDataLeaked(),
                v.compensation(), v.policyVersion(), v.voiding(), v.replaces(), version);
    }

    private static Violation read(Row row) throws SQLException {
        return new Violation(ViolationId.of(row.string("id")), EmployeeId.of(row.string("employee_id")),
                row.enumValue(ViolationType.class, "violation_type"), row.enumValue(Severity.class, "severity"),
                row.instant("occurred_at"), row.instant("recorded_at"), EmployeeId.of(row.string("recorded_by")),
                row.string("description"), row.optionalInteger("measured_minutes"),
                row.optionalInteger("measured_days"), row.optionalEnum(RuleArea.class, "rule_area"),
                row.bool("customer_data_leaked"), compensation(row), row.string("policy_version"), voiding(row),
                row.optionalString("replaces_violation_id").map(ViolationId::of), row.longInteger("version"));
    }

    private static Optional<Compensation> compensation(Row row) throws SQLException {
        var damage = row.money("damage_amount", "damage_currency");
        if (damage.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Compensation(new Damage(damage.get(), row.enumValue(Fault.class, "damage_fault")),
                new BigDecimal(row.string("fault_share")), row.money("compensation_amount", "compensation_currency")
                .orElseThrow(), row.money("instalment_cap_amount", "instalment_cap_currency"),
                row.optionalInteger("instalments")));
    }

    private static Optional<Voiding> voiding(Row row) throws SQLException {
        var at = row.optionalInstant("voided_at");
        if (at.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Voiding(at.get(), EmployeeId.of(row.string("voided_by")), row.string("void_reason")));
    }
}
