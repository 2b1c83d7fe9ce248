package org.servicepolicy.kernel;

import java.util.List;

/** Port: reads the outbox that an {@link EventPublisher} fills, for delivery to subscribers. */
@FunctionalInterface
public interface EventLog {
    /** Up to {@code limit} events with a position above {@code position}, in order. */
    List<PublishedEvent> after(long position, int limit);
}
