package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.PublishedEvent;

/**
 * The transactional outbox: {@code servicepolicy_event} and its attributes. Events published in
 * a transaction are held until it is about to commit, then take their positions from the
 * {@code event} counter, whose row stays locked until the commit. Positions are therefore
 * gapless and become visible in increasing order, so a reader that remembers the last position
 * it handled never skips an event that commits later. Events become readable when their
 * transaction commits; the transaction itself does not read them back before that.
 */
final class JdbcEventOutbox implements EventPublisher, EventLog {
    private final JdbcTransactions transactions;

    JdbcEventOutbox(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public void publish(DomainEvent event) {
        Objects.requireNonNull(event, "event");
        var pending = new Pending(event.type(), event.aggregateId(), event.occurredAt(),
                new TreeMap<>(event.attributes()));
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
            var heads = Sql.query(c, "SELECT event_position, event_type, aggregate_id, occurred_at"
                    + " FROM servicepolicy_event WHERE event_position > ? ORDER BY event_position LIMIT ?",
                    row -> new Head(row.longInteger("event_position"), row.string("event_type"),
                            row.string("aggregate_id"), row.instant("occurred_at")), position, limit);
            if (heads.isEmpty()) {
                return List.of();
            }
            var attributes = new HashMap<Long, Map<String, String>>();
            Sql.forEachRow(c, "SELECT event_position, attribute_name, attribute_value"
                    + " FROM servicepolicy_event_attribute WHERE event_position > ? AND event_position <= ?",
                    row -> attributes.computeIfAbsent(row.longInteger("event_position"), p -> new HashMap<>())
                            .put(row.string("attribute_name"), row.string("attribute_value")),
                    position, heads.get(heads.size() - 1).position());
            return heads.stream().map(h -> new PublishedEvent(h.position(), h.type(), h.aggregateId(), h.occurredAt(),
                    attributes.getOrDefault(h.position(), Map.of()))).toList();
        });
    }

    private void append(Connection c, List<Pending> events) throws SQLException {
        Sql.update(c, "UPDATE servicepolicy_counter SET last_value = last_value + ? WHERE name = 'event'", events.size());
        long last = Sql.queryOne(c, "SELECT last_value FROM servicepolicy_counter WHERE name = 'event'",
                row -> row.longInteger("last_value")).orElseThrow(() -> new IllegalStateException(
                "the 'event' counter is missing: run JdbcStores.migrate()"));
        long position = last - events.size();
        var heads = new ArrayList<Object[]>();
        var attributes = new ArrayList<Object[]>();
        for (var event : events) {
            position++;
            heads.add(new Object[] {position, event.type(), event.aggregateId(), event.occurredAt()});
            for (var attribute : event.attributes().entrySet()) {
                attributes.add(new Object[] {position, attribute.getKey(), attribute.getValue()});
            }
        }
        Sql.batch(c, "INSERT INTO servicepolicy_event (event_position, event_type, aggregate_id, occurred_at)"
                + " VALUES (?, ?, ?, ?)", heads);
        Sql.batch(c, "INSERT INTO servicepolicy_event_attribute (event_position, attribute_name, attribute_value)"
                + " VALUES (?, ?, ?)", attributes);
    }

    /** An event held until its transaction is about to commit. */
    private record Pending(String type, String aggregateId, Instant occurredAt, Map<String, String> attributes) {
    }

    /** A stored event without its attributes. */
    private record Head(long position, String type, String aggregateId, Instant occurredAt) {
    }
}
