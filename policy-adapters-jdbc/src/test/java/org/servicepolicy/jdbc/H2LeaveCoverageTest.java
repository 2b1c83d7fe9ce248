package org.servicepolicy.jdbc;

/** Leave covering part of an absence, and a late emergency request, stored on H2 (§3.2.2). */
class H2LeaveCoverageTest extends LeaveCoverageScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.h2();
    }
}
