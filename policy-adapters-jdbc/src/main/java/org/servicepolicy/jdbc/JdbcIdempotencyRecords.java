package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;

/**
 * Idempotency keys in {@code servicepolicy_idempotency_record}, unique per caller and key by the
 * primary key: a second transaction adding the same key waits for the first to end and is then
 * a {@code duplicate} conflict.
 */
final class JdbcIdempotencyRecords implements IdempotencyRecords {
    private static final String SELECT = "SELECT actor_id, idempotency_key, operation, fingerprint, created_at,"
            + " response FROM servicepolicy_idempotency_record";

    private final JdbcTransactions transactions;

    JdbcIdempotencyRecords(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Optional<IdempotencyRecord> find(EmployeeId actor, String key) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE actor_id = ? AND idempotency_key = ?",
                JdbcIdempotencyRecords::read, actor.value(), key));
    }

    @Override
    public void add(IdempotencyRecord record) {
        Objects.requireNonNull(record, "record");
        transactions.withConnection(c -> {
            Sql.insertNew(c, "idempotency key", record.key(), "INSERT INTO servicepolicy_idempotency_record"
                            + " (actor_id, idempotency_key, operation, fingerprint, created_at, response)"
                            + " VALUES (?, ?, ?, ?, ?, ?)", record.actor().value(), record.key(), record.operation(),
                    record.fingerprint(), record.createdAt(), record.response());
            return null;
        });
    }

    @Override
    public void complete(EmployeeId actor, String key, String response) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(response, "response");
        transactions.atomically(c -> {
            if (Sql.update(c, "UPDATE servicepolicy_idempotency_record SET response = ? WHERE actor_id = ?"
                    + " AND idempotency_key = ? AND response IS NULL", response, actor.value(), key) == 0) {
                if (Sql.exists(c, "SELECT 1 FROM servicepolicy_idempotency_record WHERE actor_id = ?"
                        + " AND idempotency_key = ?", actor.value(), key)) {
                    throw ConflictException.illegalTransition("idempotency key", key, "answered", "complete");
                }
                throw new NotFoundException("idempotency key", key);
            }
            return null;
        });
    }

    private static IdempotencyRecord read(Row row) throws SQLException {
        return new IdempotencyRecord(EmployeeId.of(row.string("actor_id")), row.string("idempotency_key"),
                row.string("operation"), row.string("fingerprint"), row.instant("created_at"),
                row.optionalString("response"));
    }
}
