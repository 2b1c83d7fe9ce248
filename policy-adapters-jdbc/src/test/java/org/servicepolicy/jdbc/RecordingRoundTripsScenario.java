package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.time.Duration;
import java.util.ArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/**
 * What recording a violation (§3.2.2, §3.3.3) asks of the database, counted at the data source
 * the JDBC stores are given: one connection, one transaction, one commit, and a fixed number of
 * statements that does not grow with the employee's history. On PostgreSQL every statement
 * executed and the commit are a round trip each, so the count is what the write path costs in
 * waiting; a change that sends one more fails here. The policy versions that a recording does
 * not read again (see {@link JdbcPolicyCatalog}) are still those in force: a version another
 * instance adds is taken by the next recording, and one added by a transaction that rolled back
 * never is.
 */
abstract class RecordingRoundTripsScenario {
    private TestDatabase database;
    private CountingDataSource counting;
    private Company company;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    /** The statements a recorded violation executes on this database, its commit left out. */
    abstract int statementsPerRecording();

    @BeforeEach
    void hire() {
        database = newDatabase();
        counting = new CountingDataSource(database.dataSource());
        company = Company.hiredOn(JdbcStores.builder(counting.dataSource()).migrate(true).build());
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aRecordedViolationTakesOneTransactionAndAFixedNumberOfStatements() {
        counting.reset();
        var warning = record(40);
        var first = counting.counts();

        counting.reset();
        var fine = record(30);
        var second = counting.counts();

        assertThat(warning.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.WARNING);
        assertThat(fine.penalty().orElseThrow().step()).isEqualTo(PenaltyStep.FINE);
        assertThat(first).isEqualTo(new CountingDataSource.Counts(1, 1, statementsPerRecording(), 1));
        assertThat(second).isEqualTo(first);
    }

    @Test
    void aRecordingOfOnesOwnViolationIsRefusedWithinOneTransactionAndWritesNothing() {
        counting.reset();
        var before = database.rowCounts();

        var refused = catchThrowable(() -> company.policy.discipline()
                .record(company.hr, RecordViolation.lateArrival(Company.HR.value(), Company.NOW.minus(Duration.ofDays(1)),
                        10, "late for the morning shift")));

        assertThat(refused).isInstanceOf(AccessDeniedException.class);
        assertThat(counting.counts().connections()).isEqualTo(1);
        assertThat(counting.counts().ends()).isEqualTo(1);
        assertThat(database.rowCounts()).isEqualTo(before);
    }

    @Test
    void aPolicyVersionAnotherInstanceAddsIsInForceForTheNextRecording() {
        assertThat(record(40).proposal().policyVersion()).isEqualTo(StandardPolicy.VERSION);
        var otherInstance = JdbcStores.builder(database.separateDataSource()).build();

        otherInstance.policies().add(PolicyDefinition.of("2025.2", Company.NOW.minus(Duration.ofDays(60)),
                StandardPolicy.settings()));

        assertThat(record(30).proposal().policyVersion()).isEqualTo("2025.2");
    }

    @Test
    void aPolicyVersionAddedInATransactionThatRollsBackIsNeverTakenForAnother() {
        var stores = JdbcStores.builder(database.dataSource()).build();
        var otherInstance = JdbcStores.builder(database.separateDataSource()).build();
        var readInTheTransaction = new ArrayList<String>();

        var rolledBack = catchThrowable(() -> stores.transactions().inTransaction(() -> {
            stores.policies().add(PolicyDefinition.of("2025.rolled-back", Company.NOW.minus(Duration.ofDays(60)),
                    StandardPolicy.settings()));
            stores.policies().all().forEach(version -> readInTheTransaction.add(version.version()));
            throw new IllegalStateException("the transaction fails");
        }));
        otherInstance.policies().add(PolicyDefinition.of("2025.2", Company.NOW.minus(Duration.ofDays(60)),
                StandardPolicy.settings()));
        // What recording a violation reads, in its order: the catalog's answer may come from its last read.
        var versions = stores.transactions().inTransaction(() -> {
            stores.employees().findForDecision(Company.STAFF).orElseThrow();
            stores.violations().of(Company.STAFF);
            stores.penalties().of(Company.STAFF);
            stores.leaveRequests().of(Company.STAFF);
            return stores.policies().all();
        });

        assertThat(rolledBack).hasMessage("the transaction fails");
        assertThat(readInTheTransaction).containsExactly("2025.rolled-back");
        assertThat(versions).extracting(PolicyDefinition::version).containsExactly("2025.2");
    }

    private RecordedViolation record(int daysAgo) {
        return company.policy.discipline().record(company.hr, RecordViolation.lateArrival(Company.STAFF.value(),
                Company.NOW.minus(Duration.ofDays(daysAgo)), 45, "late for the morning shift"));
    }
}
