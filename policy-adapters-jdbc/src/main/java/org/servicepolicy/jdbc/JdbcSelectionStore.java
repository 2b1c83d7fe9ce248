package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.career.Selection;
import org.servicepolicy.career.SelectionApplication;
import org.servicepolicy.career.SelectionId;
import org.servicepolicy.career.SelectionStatus;
import org.servicepolicy.career.SelectionStore;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Internal selections in {@code servicepolicy_selection}, with optimistic locking on
 * {@code version} (§4.3.2); their applications and the decisions about the applicants in child
 * tables, numbered in their order. A unique key on selection and employee keeps one application
 * per employee. An update replaces the children with the selection's own: two applications made
 * at once read the same version, and the second to commit is stale instead of dropping the first.
 * Lists are ordered here rather than by the database, so that ties fall to Java's order of ids
 * whatever the collation.
 */
final class JdbcSelectionStore implements SelectionStore {
    private static final String TABLE = "servicepolicy_selection";
    private static final String KIND = "selection";
    private static final String APPLICATIONS = "servicepolicy_selection_application";
    private static final String DECISIONS = "servicepolicy_selection_decision";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("position_title", "position_level", "department_id",
            "closes_at", "opened_by", "opened_at", "status", "chosen_id", "decided_by", "decided_at", "version");
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final String SELECT = "SELECT s.id, s." + String.join(", s.", COLUMNS) + " FROM " + TABLE + " s";
    private static final String INSERT_APPLICATION = "INSERT INTO " + APPLICATIONS + " (selection_id,"
            + " application_index, employee_id, applied_at, department_id, employee_level, policy_version)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_DECISION = "INSERT INTO " + DECISIONS + " (selection_id, decision_index,"
            + " decision_id) VALUES (?, ?, ?)";
    private static final Comparator<Selection> NEWEST_FIRST = Comparator.comparing(Selection::openedAt).reversed()
            .thenComparing(s -> s.id().value());

    private final JdbcTransactions transactions;

    JdbcSelectionStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Selection add(Selection selection) {
        Objects.requireNonNull(selection, "selection");
        var stored = selection.atVersion(1);
        transactions.insert(NewRows.of(KIND, TABLE, List.of(selection.id()), INSERT,
                List.<Object[]>of(columns(stored, selection.id().value()))), applications(stored), decisions(stored));
        return stored;
    }

    @Override
    public Selection update(Selection selection) {
        Objects.requireNonNull(selection, "selection");
        var stored = selection.atVersion(selection.version() + 1);
        return transactions.inTransaction(() -> {
            transactions.withConnection(c -> {
                Sql.updateVersioned(c, TABLE, KIND, selection.id(), UPDATE,
                        columns(stored, selection.id().value(), selection.version()));
                Sql.deleteFrom(c, List.of(APPLICATIONS, DECISIONS), "selection_id", selection.id().value());
                return null;
            });
            transactions.insert(applications(stored), decisions(stored));
            return stored;
        });
    }

    @Override
    public Optional<Selection> find(SelectionId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> load(c, " WHERE s.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Selection> all() {
        return transactions.withConnection(c -> load(c, "")).stream().sorted(NEWEST_FIRST).toList();
    }

    /**
     * The selections {@code where} selects, each with its applications and decisions. On
     * PostgreSQL the three queries go as one request, one round trip; elsewhere one after the other.
     */
    private List<Selection> load(Connection c, String where, Object... parameters) throws SQLException {
        var ofSelections = " WHERE x.selection_id IN (SELECT s.id FROM " + TABLE + " s" + where + ")";
        var applications = new HashMap<String, List<SelectionApplication>>();
        var decisions = new HashMap<String, List<DecisionId>>();
        var selections = new ArrayList<Selection>();
        var queries = List.of(
                "SELECT x.selection_id, x.employee_id, x.applied_at, x.department_id, x.employee_level,"
                        + " x.policy_version FROM " + APPLICATIONS + " x" + ofSelections
                        + " ORDER BY x.selection_id, x.application_index",
                "SELECT x.selection_id, x.decision_id FROM " + DECISIONS + " x" + ofSelections
                        + " ORDER BY x.selection_id, x.decision_index",
                SELECT + where);
        var consumers = List.<RowConsumer>of(row -> childrenOf(applications, row).add(application(row)),
                row -> childrenOf(decisions, row).add(DecisionId.of(row.string("decision_id"))),
                row -> selections.add(selection(row, applications, decisions)));
        if (transactions.onPostgreSql(c)) {
            var all = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                all.addAll(List.of(parameters));
            }
            Sql.forEachRowOfEach(c, queries, consumers, all.toArray());
        } else {
            for (int i = 0; i < queries.size(); i++) {
                Sql.forEachRow(c, queries.get(i), consumers.get(i), parameters);
            }
        }
        return selections;
    }

    private static <T> List<T> childrenOf(Map<String, List<T>> children, Row row) throws SQLException {
        return children.computeIfAbsent(row.string("selection_id"), k -> new ArrayList<>());
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Selection s, Object... key) {
        var values = new ArrayList<Object>(List.of(s.position(), s.level(), s.department().value(), s.closesAt(),
                s.openedBy().value(), s.openedAt(), s.status(), s.chosen().map(EmployeeId::value),
                s.decidedBy().map(EmployeeId::value), s.decidedAt(), s.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static NewRows applications(Selection selection) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < selection.applications().size(); i++) {
            var application = selection.applications().get(i);
            rows.add(new Object[] {selection.id().value(), i, application.employee().value(), application.appliedAt(),
                    application.department().value(), application.level(), application.policyVersion()});
        }
        return NewRows.numbered("selection application", APPLICATIONS, INSERT_APPLICATION, rows);
    }

    private static NewRows decisions(Selection selection) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < selection.decisions().size(); i++) {
            rows.add(new Object[] {selection.id().value(), i, selection.decisions().get(i).value()});
        }
        return NewRows.numbered("selection decision", DECISIONS, INSERT_DECISION, rows);
    }

    private static SelectionApplication application(Row row) throws SQLException {
        return new SelectionApplication(EmployeeId.of(row.string("employee_id")), row.instant("applied_at"),
                DepartmentId.of(row.string("department_id")), row.integer("employee_level"),
                row.string("policy_version"));
    }

    private static Selection selection(Row row, Map<String, List<SelectionApplication>> applications,
                                       Map<String, List<DecisionId>> decisions) throws SQLException {
        var id = row.string("id");
        return new Selection(SelectionId.of(id), row.string("position_title"), row.integer("position_level"),
                DepartmentId.of(row.string("department_id")), row.instant("closes_at"),
                EmployeeId.of(row.string("opened_by")), row.instant("opened_at"), applications.getOrDefault(id,
                List.of()), row.enumValue(SelectionStatus.class, "status"),
                row.optionalString("chosen_id").map(EmployeeId::of),
                row.optionalString("decided_by").map(EmployeeId::of), row.optionalInstant("decided_at"),
                decisions.getOrDefault(id, List.of()), row.longInteger("version"));
    }
}
