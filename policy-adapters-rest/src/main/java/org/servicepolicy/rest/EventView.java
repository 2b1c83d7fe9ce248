package org.servicepolicy.rest;

import java.time.Instant;
import java.util.Map;
import java.util.TreeMap;
import org.servicepolicy.kernel.PublishedEvent;

/**
 * One event of the outbox feed.
 *
 * @param position    its place in the feed; ask for the events after the last one handled
 * @param type        what happened, e.g. {@code PenaltyIssued}
 * @param aggregateId the record that changed
 * @param occurredAt  when
 * @param attributes  its facts, sorted by name
 */
public record EventView(long position, String type, String aggregateId, Instant occurredAt,
                        Map<String, String> attributes) {
    /** The view of {@code event}. */
    public static EventView of(PublishedEvent event) {
        return new EventView(event.position(), event.type(), event.aggregateId(), event.occurredAt(),
                new TreeMap<>(event.attributes()));
    }
}
