package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.FeedbackStoreContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the feedback store contract (§2.3.2). */
class H2FeedbackStoreTest extends FeedbackStoreContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
