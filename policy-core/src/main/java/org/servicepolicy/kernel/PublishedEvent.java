package org.servicepolicy.kernel;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;

/**
 * An event as an outbox holds it.
 *
 * @param position    its place in the outbox, increasing
 * @param type        the event's type name
 * @param aggregateId the record that changed
 * @param occurredAt  when it happened
 * @param attributes  its facts
 */
public record PublishedEvent(long position, String type, String aggregateId, Instant occurredAt,
                             Map<String, String> attributes) {
    /** Requires every part and copies the attributes. */
    public PublishedEvent {
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(aggregateId, "aggregateId");
        Objects.requireNonNull(occurredAt, "occurredAt");
        attributes = Map.copyOf(attributes);
    }
}
