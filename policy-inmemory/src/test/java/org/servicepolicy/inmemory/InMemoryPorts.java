package org.servicepolicy.inmemory;

import org.servicepolicy.ports.Ports;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter as the contracts see it: one new {@link InMemoryStores} per test. */
final class InMemoryPorts implements PortsUnderTest {
    private final InMemoryStores stores = new InMemoryStores();

    @Override
    public Ports ports() {
        return stores;
    }
}
