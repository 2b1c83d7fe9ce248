package org.servicepolicy.kernel;

import java.time.Instant;
import java.util.Map;

/**
 * Something that happened, named in the past tense ({@code PenaltyIssued}). Published through
 * {@link EventPublisher} in the same transaction as the change it reports.
 */
public interface DomainEvent {
    /** The event's type name; by default the record's simple name. */
    default String type() {
        return getClass().getSimpleName();
    }

    /** The identifier of the record that changed. */
    String aggregateId();

    /** When it happened. */
    Instant occurredAt();

    /** The event's facts as printable values, for the outbox and for subscribers. */
    Map<String, String> attributes();
}
