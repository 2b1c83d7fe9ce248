package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;

/**
 * Decisions, append-only: {@code servicepolicy_decision} with its reasons and their facts in
 * child tables, each numbered so that both come back in their order.
 */
final class JdbcDecisionStore implements DecisionStore {
    private final JdbcTransactions transactions;

    JdbcDecisionStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void append(Decision decision) {
        Objects.requireNonNull(decision, "decision");
        var id = decision.id().value();
        transactions.atomically(c -> {
            Sql.insertNew(c, "decision", decision.id(), "INSERT INTO servicepolicy_decision (id, kind, subject_id,"
                            + " outcome, policy_version, fact_at, decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    id, decision.kind().id(), decision.subject().value(), decision.outcome(), decision.policyVersion(),
                    decision.factAt(), decision.decidedAt(), decision.decidedBy().map(EmployeeId::value));
            var reasons = new ArrayList<Object[]>();
            var facts = new ArrayList<Object[]>();
            for (int r = 0; r < decision.reasons().size(); r++) {
                var reason = decision.reasons().get(r);
                reasons.add(new Object[] {id, r, reason.clause(), reason.ruleId(), reason.message()});
                int f = 0;
                for (var fact : reason.facts().entrySet()) {
                    facts.add(new Object[] {id, r, f++, fact.getKey(), fact.getValue()});
                }
            }
            Sql.batch(c, "INSERT INTO servicepolicy_decision_reason (decision_id, reason_index, clause, rule_id,"
                    + " message) VALUES (?, ?, ?, ?, ?)", reasons);
            Sql.batch(c, "INSERT INTO servicepolicy_decision_fact (decision_id, reason_index, fact_index, fact_name,"
                    + " fact_value) VALUES (?, ?, ?, ?, ?)", facts);
            return null;
        });
    }

    @Override
    public Optional<Decision> find(DecisionId id) {
        return transactions.withConnection(c -> load(c, "d.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Decision> about(EmployeeId subject) {
        return transactions.withConnection(c -> load(c, "d.subject_id = ?", subject.value()));
    }

    /**
     * The decisions that {@code condition} (on alias {@code d}) selects, in appending order, in
     * three queries whatever their number. Decisions never change once appended, so the three
     * queries agree on every decision the first one finds.
     */
    private static List<Decision> load(Connection c, String condition, Object parameter) throws SQLException {
        var heads = Sql.query(c, "SELECT d.id, d.kind, d.subject_id, d.outcome, d.policy_version, d.fact_at,"
                + " d.decided_at, d.decided_by FROM servicepolicy_decision d WHERE " + condition
                + " ORDER BY d.append_order", row -> new Head(row.string("id"), row.string("kind"),
                        row.string("subject_id"), row.string("outcome"), row.string("policy_version"),
                        row.instant("fact_at"), row.instant("decided_at"), row.optionalString("decided_by")), parameter);
        if (heads.isEmpty()) {
            return List.of();
        }
        var facts = new HashMap<ReasonKey, Map<String, String>>();
        Sql.forEachRow(c, "SELECT f.decision_id, f.reason_index, f.fact_name, f.fact_value"
                + " FROM servicepolicy_decision_fact f JOIN servicepolicy_decision d ON d.id = f.decision_id"
                + " WHERE " + condition + " ORDER BY f.decision_id, f.reason_index, f.fact_index", row -> facts
                .computeIfAbsent(new ReasonKey(row.string("decision_id"), row.integer("reason_index")),
                        k -> new LinkedHashMap<>())
                .put(row.string("fact_name"), row.string("fact_value")), parameter);
        var reasons = new HashMap<String, List<Reason>>();
        Sql.forEachRow(c, "SELECT r.decision_id, r.reason_index, r.clause, r.rule_id, r.message"
                + " FROM servicepolicy_decision_reason r JOIN servicepolicy_decision d ON d.id = r.decision_id"
                + " WHERE " + condition + " ORDER BY r.decision_id, r.reason_index", row -> {
                    var key = new ReasonKey(row.string("decision_id"), row.integer("reason_index"));
                    reasons.computeIfAbsent(key.decision(), k -> new ArrayList<>()).add(new Reason(row.string("clause"),
                            row.string("rule_id"), row.string("message"), facts.getOrDefault(key, Map.of())));
                }, parameter);
        return heads.stream().map(h -> h.decision(reasons.getOrDefault(h.id(), List.of()))).toList();
    }

    private record ReasonKey(String decision, int index) {
    }

    private record Head(String id, String kind, String subject, String outcome, String policyVersion, Instant factAt,
                        Instant decidedAt, Optional<String> decidedBy) {
        Decision decision(List<Reason> reasons) {
            return new Decision(DecisionId.of(id), DecisionKind.of(kind), EmployeeId.of(subject), outcome, reasons, policyVersion, factAt,
                    decidedAt, decidedBy.map(EmployeeId::of));
        }
    }
}
