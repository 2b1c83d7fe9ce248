package org.servicepolicy.testkit;

import org.servicepolicy.ports.Ports;

/**
 * The adapter a contract test exercises: its {@link Ports}, backed by one fresh, empty storage,
 * and how to release that storage afterwards.
 *
 * <p>An adapter author implements this once (usually in a few lines over their own entry
 * point, the same {@code Ports} they give {@code ServicePolicy.builder().ports(...)}) and returns
 * a new instance from {@link PortContract#newPorts()}. The contracts seed the records they refer
 * to (a department before its employees, an employee before their violations and tasks, a task
 * before its marks) through these ports, so an adapter may enforce referential integrity.
 */
public interface PortsUnderTest extends AutoCloseable {
    /** Every port of the adapter, all taking part in the same {@link Ports#transactions()}. */
    Ports ports();

    /**
     * Releases the storage after a test (drops a schema, shuts a database down). Does nothing
     * unless overridden.
     */
    @Override
    default void close() throws Exception {
    }
}
