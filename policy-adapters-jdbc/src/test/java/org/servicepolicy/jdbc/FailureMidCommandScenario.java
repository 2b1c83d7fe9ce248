package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.ViolationType;

/**
 * A use case is one transaction (design §3): when its last write fails, the writes before it
 * in every table are undone. The failure is a real one: a constraint the database enforces.
 */
abstract class FailureMidCommandScenario {
    private TestDatabase database;
    private JdbcStores stores;
    private Company company;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void hireTheCompany() {
        database = newDatabase();
        stores = database.migratedStores();
        company = Company.hiredOn(stores);
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void recordingAViolationWritesToEveryDisciplineTableWhenNothingFails() {
        var before = database.rowCounts();

        company.policy.discipline().record(company.hr, lateness(45, 3));

        assertThat(grown(before, database.rowCounts())).containsOnlyKeys("servicepolicy_violation",
                "servicepolicy_decision", "servicepolicy_event", "servicepolicy_audit_entry",
                "servicepolicy_penalty", "servicepolicy_penalty_transition");
    }

    @Test
    void aViolationWhosePenaltyCannotBeStoredLeavesNothingWrittenInAnyTable() {
        database.execute("ALTER TABLE servicepolicy_penalty ADD CONSTRAINT test_refuses_penalties CHECK (step = 'NONE')");
        var before = database.rowCounts();

        assertThatThrownBy(() -> company.policy.discipline().record(company.hr, lateness(45, 3)))
                .isInstanceOf(StorageException.class);

        assertThat(database.rowCounts()).isEqualTo(before);
        assertThat(stores.violations().of(Company.STAFF)).isEmpty();
        assertThat(stores.decisions().about(Company.STAFF)).isEmpty();
        assertThat(stores.eventLog().after(0, 1000)).extracting(e -> e.type())
                .doesNotContain("ViolationRecorded", "PenaltyProposed");
    }

    @Test
    void anIssuedDemotionWhosePenaltyCannotBeUpdatedLeavesTheLevelAsItWas() {
        company.policy.discipline().record(company.hr, lateness(10, 5));
        company.policy.discipline().record(company.hr, lateness(45, 3));
        var demotion = company.policy.discipline().record(company.hr, new RecordViolation(Company.STAFF.value(),
                ViolationType.ABSENTEEISM, Company.NOW.minus(Duration.ofDays(1)), null, 2, "absent Monday and Tuesday",
                null, null, null, null, null, null)).penalty().orElseThrow();
        assertThat(demotion.step()).isEqualTo(PenaltyStep.DEMOTION);
        database.execute("ALTER TABLE servicepolicy_penalty ADD CONSTRAINT test_refuses_issue CHECK (status <> 'ISSUED')");
        var before = database.rowCounts();
        var events = stores.eventLog().after(0, 1000).size();

        assertThatThrownBy(() -> company.policy.discipline().issue(company.hr, demotion.id()))
                .isInstanceOf(StorageException.class);

        assertThat(database.rowCounts()).isEqualTo(before);
        assertThat(stores.employees().find(Company.STAFF).orElseThrow().level()).isEqualTo(3);
        assertThat(stores.penalties().find(demotion.id()).orElseThrow().status()).isEqualTo(PenaltyStatus.PROPOSED);
        assertThat(stores.eventLog().after(0, 1000)).hasSize(events);
    }

    private static RecordViolation lateness(int minutes, int daysAgo) {
        return new RecordViolation(Company.STAFF.value(), ViolationType.LATE_ARRIVAL,
                Company.NOW.minus(Duration.ofDays(daysAgo)), minutes, null, "late by " + minutes + " minutes", null, null,
                null, null, null, null);
    }

    private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        var grown = new TreeMap<String, Long>();
        after.forEach((table, rows) -> {
            if (rows > before.get(table)) {
                grown.put(table, rows - before.get(table));
            }
        });
        return grown;
    }
}
