package org.servicepolicy.jdbc;

import org.servicepolicy.testkit.AuditTrailContract;
import org.servicepolicy.testkit.PortsUnderTest;

/** The JDBC adapter on H2 keeps the audit trail contract. */
class H2AuditTrailTest extends AuditTrailContract {
    @Override
    protected PortsUnderTest newPorts() {
        return JdbcPorts.on(TestDatabase.h2());
    }
}
