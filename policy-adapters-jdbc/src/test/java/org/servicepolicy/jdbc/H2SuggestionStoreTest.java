package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.SuggestionStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the suggestion store contract. */
class H2SuggestionStoreTest extends SuggestionStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
