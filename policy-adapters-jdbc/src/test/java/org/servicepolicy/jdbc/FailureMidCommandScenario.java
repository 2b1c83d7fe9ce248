package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.service.ReturnVisitReport;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceCaseOpening;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/**
 * A use case is one transaction (design §3): when its last write fails, the writes before it
 * in every table are undone. The failure is a real one: a constraint the database enforces.
 */
abstract class FailureMidCommandScenario {
    private static final EmployeeId INSPECTOR = EmployeeId.of("inspector");
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

    @Test
    void aDoneReturnVisitAddsItsCustomerScoreInTheSameTransaction() {
        var finished = finishedCase();
        var before = database.rowCounts();

        company.policy.serviceCases().recordReturnVisit(inspector(), finished, new ReturnVisitReport(4, "no further needs"));

        assertThat(grown(before, database.rowCounts())).containsEntry("servicepolicy_customer_score", 1L);
        assertThat(customerScoresOfStaff()).singleElement().satisfies(score -> {
            assertThat(score.score()).isEqualTo(4);
            assertThat(score.source()).isEqualTo(CustomerScoreSource.RETURN_VISIT);
            assertThat(score.sourceReference()).isEqualTo(finished.value());
            assertThat(score.givenAt()).isEqualTo(Company.NOW);
        });
    }

    @Test
    void aReturnVisitWhoseEventCannotBeStoredLeavesNoCustomerScore() {
        var finished = finishedCase();
        database.execute("ALTER TABLE servicepolicy_event ADD CONSTRAINT test_refuses_visits "
                + "CHECK (event_type <> 'ReturnVisitDone')");
        var before = database.rowCounts();

        assertThatThrownBy(() -> company.policy.serviceCases().recordReturnVisit(inspector(), finished,
                new ReturnVisitReport(4, "no further needs"))).isInstanceOf(StorageException.class);

        assertThat(database.rowCounts()).isEqualTo(before);
        assertThat(customerScoresOfStaff()).isEmpty();
        assertThat(stores.serviceRecords().find(finished).orElseThrow().returnVisit().orElseThrow().done()).isFalse();
    }

    /** The member of the service supervision group {@link #finishedCase()} hired, who records return visits. */
    private Actor inspector() {
        return company.policy.people().actorFor(INSPECTOR).orElseThrow();
    }

    /** A case of staff's, opened and finished now, whose return visit is owed; and an inspector to record it. */
    private ServiceCaseId finishedCase() {
        company.policy.people().hire(company.hr, new NewEmployee(INSPECTOR.value(), "Wang Fang",
                EmployeeCategory.STAFF, Company.HR.value(), "service", 4, LocalDate.of(2019, 5, 6),
                EmploymentStatus.ON_POST, null,
                Set.of(Role.SUPERVISION_GROUP)));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        var opened = company.policy.serviceCases().open(staff, new ServiceCaseOpening("ENQUIRY", "C-1", null));
        company.policy.serviceCases().finish(staff, opened.id());
        return opened.id();
    }

    private List<CustomerScore> customerScoresOfStaff() {
        return stores.customerScores().ofAll(List.of(Company.STAFF), Instant.EPOCH, Company.NOW.plusSeconds(1));
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
