package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.PenaltyTransition;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;

/**
 * Penalties in {@code servicepolicy_penalty}, with optimistic locking on {@code version}, and
 * their histories in {@code servicepolicy_penalty_transition}. A penalty is read with its
 * history in one query, so the two always agree.
 */
final class JdbcPenaltyStore implements PenaltyStore {
    private static final String TABLE = "servicepolicy_penalty";
    private static final String SELECT = "SELECT p.id, p.violation_id, p.employee_id, p.step, p.fine_amount,"
            + " p.fine_currency, p.decision_id, p.level_before, p.status_before, p.version,"
            + " t.status AS transition_status, t.transition_at, t.actor_id, t.reason"
            + " FROM " + TABLE + " p JOIN servicepolicy_penalty_transition t ON t.penalty_id = p.id";
    private static final String ORDER = " ORDER BY p.id, t.transition_index";
    private static final Comparator<Penalty> OLDEST_PROPOSAL_FIRST = Comparator.comparing(Penalty::proposedAt)
            .thenComparing(p -> p.id().value());

    private final JdbcTransactions transactions;

    JdbcPenaltyStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Penalty add(Penalty penalty) {
        Objects.requireNonNull(penalty, "penalty");
        var stored = atVersion(penalty, 1);
        transactions.insert(NewRows.of("penalty", TABLE, List.of(penalty.id()), "INSERT INTO " + TABLE
                        + " (violation_id, employee_id, step, fine_amount, fine_currency, decision_id, proposed_at,"
                        + " status, level_before, status_before, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                List.<Object[]>of(columns(stored, penalty.id().value()))), history(stored));
        return stored;
    }

    @Override
    public Penalty update(Penalty penalty) {
        Objects.requireNonNull(penalty, "penalty");
        var stored = atVersion(penalty, penalty.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "penalty", penalty.id(), "UPDATE " + TABLE + " SET violation_id = ?,"
                            + " employee_id = ?, step = ?, fine_amount = ?, fine_currency = ?, decision_id = ?,"
                            + " proposed_at = ?, status = ?, level_before = ?, status_before = ?, version = ?"
                            + " WHERE id = ? AND version = ?",
                    columns(stored, penalty.id().value(), penalty.version()));
            Sql.update(c, "DELETE FROM servicepolicy_penalty_transition WHERE penalty_id = ?", penalty.id().value());
            var history = history(stored);
            Sql.batch(c, history.sql(), history.rows());
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Penalty> find(PenaltyId id) {
        return transactions.withConnection(c -> load(c, " WHERE p.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Penalty> of(EmployeeId employee) {
        var penalties = transactions.readAhead(readAhead(employee), Penalties.class).map(Penalties::list)
                .orElseGet(() -> transactions.withConnection(c -> load(c, " WHERE p.employee_id = ?", employee.value())));
        return penalties.stream().sorted(OLDEST_PROPOSAL_FIRST).toList();
    }

    /** The key under which the penalties of {@code employee} are read ahead (see {@link JdbcViolationStore#of}). */
    static Object readAhead(EmployeeId employee) {
        return List.of(JdbcPenaltyStore.class, employee);
    }

    /** The query of an employee's penalties, to read ahead: its one parameter is the employee's id. */
    static final String OF_EMPLOYEE = SELECT + " WHERE p.employee_id = ?" + ORDER;

    /**
     * Penalties collected from the rows of {@link #OF_EMPLOYEE}, in the order their rows come.
     *
     * @param rows every penalty read so far by id, with its history
     */
    record Penalties(Map<String, Loaded> rows) implements RowConsumer {
        /** Nothing read yet. */
        Penalties() {
            this(new LinkedHashMap<>());
        }

        @Override
        public void accept(Row row) throws SQLException {
            var id = row.string("id");
            var loaded = rows.get(id);
            if (loaded == null) {
                loaded = head(row);
                rows.put(id, loaded);
            }
            loaded.history().add(new PenaltyTransition(row.enumValue(PenaltyStatus.class, "transition_status"),
                    row.instant("transition_at"), EmployeeId.of(row.string("actor_id")),
                    row.optionalString("reason")));
        }

        /** The penalties read. */
        List<Penalty> list() {
            return rows.values().stream().map(Loaded::penalty).toList();
        }
    }

    @Override
    public Map<EmployeeId, List<Penalty>> ofAll(Collection<EmployeeId> employees) {
        Objects.requireNonNull(employees, "employees");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> load(c,
                        " WHERE " + InLists.in("p.employee_id", chunk.size()),
                        chunk.stream().map(EmployeeId::value).toArray())), Penalty::employee, OLDEST_PROPOSAL_FIRST);
    }

    @Override
    public List<Penalty> forViolation(ViolationId violation) {
        return transactions.withConnection(c -> load(c, " WHERE p.violation_id = ?", violation.value())).stream()
                .sorted(OLDEST_PROPOSAL_FIRST).toList();
    }

    private static List<Penalty> load(Connection c, String where, Object... parameters) throws SQLException {
        var penalties = new Penalties();
        Sql.forEachRow(c, SELECT + where + ORDER, penalties, parameters);
        return penalties.list();
    }

    private static Loaded head(Row row) throws SQLException {
        return new Loaded(PenaltyId.of(row.string("id")), ViolationId.of(row.string("violation_id")),
                EmployeeId.of(row.string("employee_id")), row.enumValue(PenaltyStep.class, "step"),
                row.money("fine_amount", "fine_currency"), DecisionId.of(row.string("decision_id")), new ArrayList<>(),
                row.optionalInteger("level_before"), row.optionalEnum(EmploymentStatus.class, "status_before"),
                row.longInteger("version"));
    }

    /** The rows of {@code penalty}'s history. */
    private static NewRows history(Penalty penalty) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < penalty.history().size(); i++) {
            var transition = penalty.history().get(i);
            rows.add(new Object[] {penalty.id().value(), i, transition.status(), transition.at(),
                    transition.by().value(), transition.reason()});
        }
        return NewRows.numbered("penalty transition", "servicepolicy_penalty_transition",
                "INSERT INTO servicepolicy_penalty_transition (penalty_id, transition_index, status, transition_at,"
                        + " actor_id, reason) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The columns of the penalty row in statement order, followed by {@code key}. */
    private static Object[] columns(Penalty p, Object... key) {
        var values = new ArrayList<Object>(List.of(p.violation().value(), p.employee().value(), p.step(),
                p.fine().map(Money::amount), p.fine().map(m -> m.currency().getCurrencyCode()), p.decisionId().value(),
                p.proposedAt(), p.status(), p.levelBefore(), p.statusBefore(), p.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static Penalty atVersion(Penalty p, long version) {
        return new Penalty(p.id(), p.violation(), p.employee(), p.step(), p.fine(), p.decisionId(), p.history(),
                p.levelBefore(), p.statusBefore(), version);
    }

    /** A penalty row whose history is being read. */
    private record Loaded(PenaltyId id, ViolationId violation, EmployeeId employee, PenaltyStep step,
                          Optional<Money> fine, DecisionId decisionId, List<PenaltyTransition> history,
                          Optional<Integer> levelBefore, Optional<EmploymentStatus> statusBefore, long version) {
        Penalty penalty() {
            return new Penalty(id, violation, employee, step, fine, decisionId, history, levelBefore, statusBefore,
                    version);
        }
    }
}
