package org.servicepolicy.kernel;

import java.util.List;

/**
 * Port: reads the outbox that an {@link EventPublisher} fills, for delivery to subscribers.
 *
 * <p>The ordering guarantee: positions increase (not necessarily one by one), and a reader that
 * follows the log by passing the last position it handled never misses an event that commits
 * after that read at a lower position, and never reads an event twice. An adapter keeps it by
 * answering only events below which nothing can still commit; an event becomes readable once
 * its transaction has committed, at the latest once the transactions committing alongside it
 * have too.
 */
@FunctionalInterface
public interface EventLog {
    /** Up to {@code limit} events with a position above {@code position}, in position order. */
    List<PublishedEvent> after(long position, int limit);
}
