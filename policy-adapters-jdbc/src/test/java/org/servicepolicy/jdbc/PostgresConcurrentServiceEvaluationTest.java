package org.servicepolicy.jdbc;

import org.junit.jupiter.api.Tag;

/** §2.3.3: service evaluation periods opened and finalised at once on PostgreSQL. */
@Tag("postgres")
class PostgresConcurrentServiceEvaluationTest extends ConcurrentServiceEvaluationScenario {
    @Override
    TestDatabase newDatabase() {
        return TestDatabase.postgresMigrated();
    }
}
