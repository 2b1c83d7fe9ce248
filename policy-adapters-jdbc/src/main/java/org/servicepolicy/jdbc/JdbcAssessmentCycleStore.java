package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Assessment cycles in {@code servicepolicy_assessment_cycle}, with optimistic locking on
 * {@code version}, and the departments of their scopes in {@code servicepolicy_assessment_scope}.
 * A cycle is read with its scope in one query.
 *
 * <p>Inside a transaction this store also locks, so that the core's checks that read before
 * they write cannot both pass in two transactions at once:
 * <ul>
 * <li>{@link #all()} and {@link #add} lock the one row of {@code servicepolicy_assessment_lock}
 *     until the transaction ends: two transactions that each read every cycle to refuse an
 *     overlapping one (§3.3.1) and then add theirs run one after the other, and the second sees
 *     the first's cycle;</li>
 * <li>{@link #find} locks the cycle's row until the transaction ends: submitting an evaluation
 *     and finalizing the cycle run one after the other, so no evaluation slips into a cycle
 *     while it is finalized.</li>
 * </ul>
 * The lock is taken by a statement of its own before the read, because a PostgreSQL statement
 * that waited for a lock still reads the rows as they were when it started.
 */
final class JdbcAssessmentCycleStore implements AssessmentCycleStore {
    private static final String TABLE = "servicepolicy_assessment_cycle";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("name", "period_from", "period_to", "zone_id",
            "whole_company", "status", "opened_at", "opened_by", "finalized_at", "finalized_by", "version");
    private static final String SELECT = "SELECT c.id, c." + String.join(", c.", COLUMNS) + ", s.department_id"
            + " FROM " + TABLE + " c LEFT JOIN servicepolicy_assessment_scope s ON s.cycle_id = c.id";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final Comparator<AssessmentCycle> BY_FIRST_DAY_THEN_ID = Comparator.comparing(AssessmentCycle::from)
            .thenComparing(c -> c.id().value());

    private final JdbcTransactions transactions;

    JdbcAssessmentCycleStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public AssessmentCycle add(AssessmentCycle cycle) {
        Objects.requireNonNull(cycle, "cycle");
        var stored = atVersion(cycle, 1);
        transactions.atomically(c -> {
            lockTheRegister(c);
            Sql.insertNew(c, "assessment cycle", cycle.id(), INSERT, columns(stored, cycle.id().value()));
            insertScope(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public AssessmentCycle update(AssessmentCycle cycle) {
        Objects.requireNonNull(cycle, "cycle");
        var stored = atVersion(cycle, cycle.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "assessment cycle", cycle.id(), UPDATE,
                    columns(stored, cycle.id().value(), cycle.version()));
            Sql.update(c, "DELETE FROM servicepolicy_assessment_scope WHERE cycle_id = ?", cycle.id().value());
            insertScope(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Optional<AssessmentCycle> find(AssessmentCycleId id) {
        return transactions.withConnection(c -> {
            if (inTransaction()) {
                Sql.query(c, "SELECT id FROM " + TABLE + " WHERE id = ? FOR UPDATE", row -> row.string("id"),
                        id.value());
            }
            return load(c, " WHERE c.id = ?", id.value()).stream().findFirst();
        });
    }

    @Override
    public List<AssessmentCycle> all() {
        return transactions.withConnection(c -> {
            if (inTransaction()) {
                lockTheRegister(c);
            }
            return load(c, "").stream().sorted(BY_FIRST_DAY_THEN_ID).toList();
        });
    }

    private boolean inTransaction() {
        return transactions.running();
    }

    private static void lockTheRegister(Connection c) throws SQLException {
        if (Sql.query(c, "SELECT name FROM servicepolicy_assessment_lock WHERE name = 'cycles' FOR UPDATE",
                row -> row.string("name")).isEmpty()) {
            throw new IllegalStateException("servicepolicy_assessment_lock has lost its row 'cycles'; migrate again");
        }
    }

    private static List<AssessmentCycle> load(Connection c, String where, Object... parameters) throws SQLException {
        var cycles = new LinkedHashMap<String, Loaded>();
        Sql.forEachRow(c, SELECT + where, row -> {
            var loaded = cycles.get(row.string("id"));
            if (loaded == null) {
                loaded = head(row);
                cycles.put(loaded.id().value(), loaded);
            }
            var department = row.optionalString("department_id");
            if (department.isPresent()) {
                loaded.departments().add(DepartmentId.of(department.get()));
            }
        }, parameters);
        return cycles.values().stream().map(Loaded::cycle).toList();
    }

    private static Loaded head(Row row) throws SQLException {
        return new Loaded(AssessmentCycleId.of(row.string("id")), row.string("name"), row.date("period_from"),
                row.date("period_to"), ZoneId.of(row.string("zone_id")), row.bool("whole_company"), new HashSet<>(),
                row.enumValue(CycleStatus.class, "status"), row.instant("opened_at"),
                EmployeeId.of(row.string("opened_by")), row.optionalInstant("finalized_at"),
                row.optionalString("finalized_by").map(EmployeeId::of), row.longInteger("version"));
    }

    private static void insertScope(Connection c, AssessmentCycle cycle) throws SQLException {
        var rows = new ArrayList<Object[]>();
        for (var department : cycle.scope().departments()) {
            rows.add(new Object[] {cycle.id().value(), department.value()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_assessment_scope (cycle_id, department_id) VALUES (?, ?)", rows);
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(AssessmentCycle cycle, Object... key) {
        var values = new ArrayList<Object>(List.of(cycle.name(), cycle.from(), cycle.to(), cycle.zone().getId(),
                cycle.scope().wholeCompany(), cycle.status(), cycle.openedAt(), cycle.openedBy().value(),
                cycle.finalizedAt(), cycle.finalizedBy().map(EmployeeId::value), cycle.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static AssessmentCycle atVersion(AssessmentCycle c, long version) {
        return new AssessmentCycle(c.id(), c.name(), c.from(), c.to(), c.zone(), c.scope(), c.status(), c.openedAt(),
                c.openedBy(), c.finalizedAt(), c.finalizedBy(), version);
    }

    /** A cycle row whose scope is being read. */
    private record Loaded(AssessmentCycleId id, String name, LocalDate from, LocalDate to,
                          ZoneId zone, boolean wholeCompany, Set<DepartmentId> departments, CycleStatus status,
                          Instant openedAt, EmployeeId openedBy, Optional<Instant> finalizedAt,
                          Optional<EmployeeId> finalizedBy, long version) {
        AssessmentCycle cycle() {
            return new AssessmentCycle(id, name, from, to, zone, new CycleScope(wholeCompany, departments), status,
                    openedAt, openedBy, finalizedAt, finalizedBy, version);
        }
    }
}
