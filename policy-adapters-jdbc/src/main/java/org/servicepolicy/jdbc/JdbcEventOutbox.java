package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
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
 * then written in one batch. Events become readable when their transaction commits; the
 * transaction itself does not read them back before that.
 *
 * <p>Positions follow the order in which transactions become safe to read, without a row that
 * every writer updates, so a reader that remembers the last position it handled never skips an
 * event that commits later, and never reads one twice:
 * <ul>
 *   <li><b>PostgreSQL.</b> An event's position is its transaction's 64-bit id
 *       ({@code pg_current_xact_id()}) times 2<sup>20</sup>, plus its place among that
 *       transaction's events. A reader returns only positions below the horizon of its snapshot,
 *       {@code pg_snapshot_xmin(pg_current_snapshot())} times 2<sup>20</sup>: every transaction
 *       below that id has ended, and every transaction still running or yet to write gets an id
 *       at or above it, so nothing can later appear below a position a reader has passed. A
 *       transaction may publish at most 2<sup>20</sup> events; positions last for
 *       2<sup>43</sup> transaction ids. A transaction that stays open holds back the events of
 *       every transaction that took its id later (those of other databases of the same
 *       server too), until it ends.</li>
 *   <li><b>H2 and other databases.</b> An embedded database written by this JVM: a transaction
 *       takes a lock of the JVM just before it writes its events, numbers them after the
 *       highest stored position and holds the lock until it has committed, so positions become
 *       visible in increasing order. Only committing transactions that publish take turns on
 *       it. Several JVMs writing one H2 database through its server mode are not supported:
 *       they would collide on the position's key rather than skip.</li>
 * </ul>
 */
final class JdbcEventOutbox implements EventPublisher, EventLog {
    /** Positions per PostgreSQL transaction id: the bits a transaction's events are numbered in. */
    static final long EVENTS_PER_TRANSACTION = 1L << 20;
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
        return transactions.withConnection(c -> Sql.query(c, "SELECT event_position, event_type, aggregate_id,"
                + " occurred_at, attributes FROM servicepolicy_event WHERE event_position > ?"
                + (transactions.onPostgreSql(c)
                        ? " AND event_position < pg_snapshot_xmin(pg_current_snapshot())::text::bigint * "
                                + EVENTS_PER_TRANSACTION
                        : "")
                + " ORDER BY event_position LIMIT ?",
                row -> new PublishedEvent(row.longInteger("event_position"), row.string("event_type"),
                        row.string("aggregate_id"), row.instant("occurred_at"),
                        JsonDocuments.attributes(row.string("attributes"))), position, limit));
    }

    private void append(Connection c, List<Pending> events) throws SQLException {
        if (events.size() > EVENTS_PER_TRANSACTION) {
            throw new IllegalStateException("a transaction may publish at most " + EVENTS_PER_TRANSACTION
                    + " events, not " + events.size());
        }
        if (transactions.onPostgreSql(c)) {
            insert(c, "pg_current_xact_id()::text::bigint * " + EVENTS_PER_TRANSACTION + " + ?",
                    "CAST(? AS jsonb)", 0, events);
            return;
        }
        EMBEDDED_COMMITS.lock();
        transactions.whenEnded(EMBEDDED_COMMITS::unlock);
        long last = Sql.queryOne(c, "SELECT COALESCE(MAX(event_position), 0) AS last FROM servicepolicy_event",
                row -> row.longInteger("last")).orElseThrow();
        insert(c, "?", "?", last + 1, events);
    }

    private static void insert(Connection c, String position, String attributes, long first, List<Pending> events)
            throws SQLException {
        var rows = new ArrayList<Object[]>();
        long next = first;
        for (var event : events) {
            rows.add(new Object[] {next++, event.type(), event.aggregateId(), event.occurredAt(), event.attributes()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_event (event_position, event_type, aggregate_id, occurred_at,"
                + " attributes) VALUES (" + position + ", ?, ?, ?, " + attributes + ")", rows);
    }

    /** An event held until its transaction is about to commit, its attributes already a document. */
    private record Pending(String type, String aggregateId, Instant occurredAt, String attributes) {
    }
}
