package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.locks.ReentrantLock;
import org.servicepolicy.jdbc.internal.JsonDocuments;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.PublishedEvent;

/**
 * The transactional outbox: {@code servicepolicy_event}, one row per event with its attributes
 * as one JSON document. Events published in a transaction are held until it is about to commit,
 * then written with the other rows the transaction holds (see {@link JdbcTransactions}): on
 * PostgreSQL in the same request. Events become readable when their transaction commits; the
 * transaction itself does not read them back before that.
 *
 * <p>Positions increase, with gaps where a transaction rolled back, and no row is updated by
 * every writer. A transaction's events keep the order they were published in; on PostgreSQL the
 * events of transactions committing at the same moment may interleave, since each takes its
 * positions from the sequence as it inserts them; yet a reader that remembers the last position it handled never skips an event
 * that commits later at a lower position, and never reads one twice:
 * <ul>
 *   <li><b>PostgreSQL.</b> A committing transaction takes a <em>shared</em> advisory lock of the
 *       schema's outbox, then its positions from the sequence {@code servicepolicy_event_position}
 *       (both in the INSERT of its events, the lock in a subquery that runs first),
 *       and keeps the lock until its commit is visible. Writers share the lock, so they never wait
 *       for each other. A reader first notes the last position the sequence handed out, then
 *       takes the lock exclusively for an instant, which waits for the transactions committing at
 *       that moment (and so for every one that took a position up to the noted one), and reads
 *       only up to the noted position: below it nothing can still appear. A reader therefore costs
 *       writers a wait as long as the commits it waits for; a feed reader that polls in a tight
 *       loop slows commits down.</li>
 *   <li><b>H2 and other databases.</b> An embedded database written by this JVM: a transaction
 *       takes a lock of the JVM just before it writes its events, numbers them after the
 *       highest stored position and holds the lock until it has committed, so positions become
 *       visible in increasing order. Only committing transactions that publish take turns on
 *       it. Several JVMs writing one H2 database through its server mode are not supported:
 *       they would collide on the position's key rather than skip.</li>
 * </ul>
 * A reader on PostgreSQL must see commits as they happen: outside a transaction, or in one at
 * {@code READ COMMITTED} (the default); a snapshot held longer would hide events below the noted
 * position, so the read is refused there.
 */
final class JdbcEventOutbox implements EventPublisher, EventLog {
    /** The advisory lock of this schema's outbox: a fixed class number and the schema's hash. */
    private static final String OUTBOX_LOCK = "1936744800, hashtext(coalesce(current_schema(), ''))";
    /** The commit order of events on databases that are not PostgreSQL (see the class comment). */
    private static final ReentrantLock EMBEDDED_COMMITS = new ReentrantLock(true);

    private final JdbcTransactions transactions;

    JdbcEventOutbox(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        var pending = new Pending(event.type(), event.aggregateId(), event.occurredAt(),
                JsonDocuments.attributes(event.attributes()));
        transactions.inTransaction(() -> transactions.perTransaction(this, ArrayList<Pending>::new, this::append)
                .add(pending));
    }

    @Override
    public List<PublishedEvent> after(long position, int limit) {
        if (limit < 0) {
            throw new IllegalArgumentException("limit must not be negative: " + limit);
        }
        if (limit == 0) {
            return List.of();
        }
        return transactions.withConnection(c -> {
            if (!transactions.onPostgreSql(c)) {
                return read(c, "", position, limit);
            }
            if (!c.getAutoCommit() && c.getTransactionIsolation() > Connection.TRANSACTION_READ_COMMITTED) {
                throw new IllegalStateException("read the event log outside a transaction or at READ COMMITTED:"
                        + " a longer snapshot would hide events that commit while it is held");
            }
            // The sequence's row, read as it is now whatever the snapshot: before its first nextval it
            // holds the first position it will hand out, which the migration set after every kept one.
            long handedOut = Sql.queryOne(c, "SELECT CASE WHEN is_called THEN last_value ELSE last_value - 1 END"
                    + " AS last FROM servicepolicy_event_position", row -> row.longInteger("last")).orElseThrow();
            if (handedOut <= position) {
                return List.of();
            }
            Sql.query(c, "SELECT pg_advisory_lock(" + OUTBOX_LOCK + ")", row -> Boolean.TRUE);
            Sql.query(c, "SELECT pg_advisory_unlock(" + OUTBOX_LOCK + ")", row -> Boolean.TRUE);
            return read(c, " AND event_position <= " + handedOut, position, limit);
        });
    }

    private static List<PublishedEvent> read(Connection c, String bound, long position, int limit) throws SQLException {
        return Sql.query(c, "SELECT event_position, event_type, aggregate_id, occurred_at, attributes"
                + " FROM servicepolicy_event WHERE event_position > ?" + bound + " ORDER BY event_position LIMIT ?",
                row -> new PublishedEvent(row.longInteger("event_position"), row.string("event_type"),
                        row.string("aggregate_id"), row.instant("occurred_at"),
                        JsonDocuments.attributes(row.string("attributes"))), position, limit);
    }

    private void append(Connection c, List<Pending> events) throws SQLException {
        var rows = new ArrayList<Object[]>();
        if (transactions.onPostgreSql(c)) {
            // The shared lock comes with the INSERT, no round trip of its own. A subquery whose output
            // is volatile is never merged into the outer query: it is scanned, taking the lock, before
            // the outer select list draws the position.
            events.forEach(event -> rows.add(event.values()));
            transactions.insert(NewRows.numbered("event", "servicepolicy_event", "INSERT INTO servicepolicy_event"
                    + " (event_position, event_type, aggregate_id, occurred_at, attributes)"
                    + " SELECT nextval('servicepolicy_event_position'), ?, ?, ?, CAST(? AS jsonb)"
                    + " FROM (SELECT pg_advisory_xact_lock_shared(" + OUTBOX_LOCK + ")) AS outbox_lock", rows));
            return;
        }
        EMBEDDED_COMMITS.lock();
        transactions.whenEnded(EMBEDDED_COMMITS::unlock);
        long last = transactions.withConnection(connection -> Sql.queryOne(connection,
                "SELECT COALESCE(MAX(event_position), 0) AS last FROM servicepolicy_event",
                row -> row.longInteger("last")).orElseThrow());
        for (var event : events) {
            var values = new ArrayList<Object>();
            values.add(last + rows.size() + 1);
            values.addAll(List.of(event.values()));
            rows.add(values.toArray());
        }
        transactions.insert(NewRows.numbered("event", "servicepolicy_event", "INSERT INTO servicepolicy_event"
                + " (event_position, event_type, aggregate_id, occurred_at, attributes) VALUES (?, ?, ?, ?, ?)", rows));
    }

    /** An event held until its transaction is about to commit, its attributes already a document. */
    private record Pending(String type, String aggregateId, Instant occurredAt, String attributes) {
        /** The values of the event's row after its position. */
        Object[] values() {
            return new Object[] {type, aggregateId, occurredAt, attributes};
        }
    }
}
