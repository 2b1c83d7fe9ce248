package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.JsonDocuments;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Decisions, append-only: one {@code servicepolicy_decision} row each, its reasons with their
 * facts one JSON document ({@code jsonb} on PostgreSQL), which keeps both in their order.
 */
final class JdbcDecisionStore implements DecisionStore {
    private static final String INSERT = "INSERT INTO servicepolicy_decision (id, kind, subject_id, outcome,"
            + " policy_version, fact_at, decided_at, decided_by, reasons) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    /** The INSERT on PostgreSQL, whose reasons column is {@code jsonb}. */
    private static final String INSERT_JSONB = INSERT.replace("?)", "CAST(? AS jsonb))");

    private final JdbcTransactions transactions;

    JdbcDecisionStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(Decision decision) {
        appendAll(List.of(Objects.requireNonNull(decision, "decision")));
    }

    /**
     * A command's decisions, inserted with the rest of what its transaction appends (see
     * {@link JdbcTransactions#insert}): no round trip of their own, however many it decides.
     */
    @Override
    public void appendAll(List<Decision> decisions) {
        if (decisions.isEmpty()) {
            return;
        }
        var rows = decisions.stream().map(JdbcDecisionStore::row).toList();
        var ids = decisions.stream().map(d -> d.id().value()).toList();
        transactions.insert(NewRows.of("decision", "servicepolicy_decision", ids,
                transactions.onPostgreSql() ? INSERT_JSONB : INSERT, rows));
    }

    private static Object[] row(Decision decision) {
        return new Object[]{decision.id().value(), decision.kind().id(), decision.subject().value(),
                decision.outcome(), decision.policyVersion(), decision.factAt(), decision.decidedAt(),
                decision.decidedBy().map(EmployeeId::value), JsonDocuments.reasons(decision.reasons())};
    }

    @Override
    public Optional<Decision> find(DecisionId id) {
        return transactions.withConnection(c -> load(c, "id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Decision> about(EmployeeId subject) {
        return transactions.withConnection(c -> load(c, "subject_id = ?", subject.value()));
    }

    /** The decisions that {@code condition} selects, in appending order, in one query. */
    private static List<Decision> load(Connection c, String condition, Object parameter) throws SQLException {
        return Sql.query(c, "SELECT id, kind, subject_id, outcome, policy_version, fact_at, decided_at, decided_by,"
                + " reasons FROM servicepolicy_decision WHERE " + condition + " ORDER BY append_order",
                row -> new Decision(DecisionId.of(row.string("id")), DecisionKind.of(row.string("kind")),
                        EmployeeId.of(row.string("subject_id")), row.string("outcome"),
                        JsonDocuments.reasons(row.string("reasons")), row.string("policy_version"),
                        row.instant("fact_at"), row.instant("decided_at"),
                        row.optionalString("decided_by").map(EmployeeId::of)), parameter);
    }
}
