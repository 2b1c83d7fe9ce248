package org.servicepolicy.kernel;

/**
 * Port: receives domain events inside the transaction of the change, so an adapter can keep
 * them in an outbox and deliver them reliably afterwards.
 */
@FunctionalInterface
public interface EventPublisher {
    /** Records {@code event} as part of the current transaction. */
    void publish(DomainEvent event);
}
