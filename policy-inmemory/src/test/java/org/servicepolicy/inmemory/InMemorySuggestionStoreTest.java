package org.servicepolicy.inmemory;

import org.servicepolicy.testkit.SuggestionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The in-memory adapter keeps the suggestion store contract. */
class InMemorySuggestionStoreTest extends SuggestionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return new InMemoryPorts();
    }
}
