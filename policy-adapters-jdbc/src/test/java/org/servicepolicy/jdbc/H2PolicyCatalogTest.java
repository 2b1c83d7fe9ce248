package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.PolicyCatalogContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the policy catalog contract. */
class H2PolicyCatalogTest extends PolicyCatalogContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
