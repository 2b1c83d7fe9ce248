package org.servicepolicy.jdbc;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.EmployeeId;

/** The audit trail, append-only, in {@code servicepolicy_audit_entry}. */
final class JdbcAuditTrail implements AuditTrail {
    private final JdbcTransactions transactions;

    JdbcAuditTrail(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    private static final String INSERT = "INSERT INTO servicepolicy_audit_entry (entry_at, actor_id, action,"
            + " subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?)";

    @Override
    public void record(AuditEntry entry) {
        recordAll(List.of(Objects.requireNonNull(entry, "entry")));
    }

    /**
     * Every entry of a command, inserted with the rest of what its transaction appends (see
     * {@link JdbcTransactions#insert}): no round trip of their own, however many lines it audits.
     */
    @Override
    public void recordAll(List<AuditEntry> entries) {
        if (entries.isEmpty()) {
            return;
        }
        var rows = entries.stream().map(entry -> new Object[]{entry.at(), entry.actor().value(), entry.action(),
                entry.subjectType(), entry.subjectId(), entry.detail()}).toList();
        transactions.insert(NewRows.numbered("audit entry", "servicepolicy_audit_entry", INSERT, rows));
    }

    @Override
    public List<AuditEntry> about(String subjectType, String subjectId) {
        return transactions.withConnection(c -> Sql.query(c, "SELECT entry_at, actor_id, action, subject_type,"
                        + " subject_id, detail FROM servicepolicy_audit_entry WHERE subject_type = ? AND subject_id = ?"
                        + " ORDER BY entry_order",
                row -> new AuditEntry(row.instant("entry_at"), EmployeeId.of(row.string("actor_id")),
                        row.string("action"), row.string("subject_type"), row.string("subject_id"),
                        row.string("detail")), subjectType, subjectId));
    }
}
