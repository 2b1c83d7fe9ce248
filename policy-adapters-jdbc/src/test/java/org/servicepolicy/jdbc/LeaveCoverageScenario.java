package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.NewLeaveRequest;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.2.2 on JDBC (issue 9 items 4 and 5): approving an emergency request, filed after its leave
 * began, for days two and three of a three-day absence voids the absence, records day one anew
 * naming the violation it replaces, and records LEAVE_NOT_REQUESTED_IN_ADVANCE at the leave's
 * start. A fresh reader finds exactly what the in-memory stores keep for the same commands.
 */
abstract class LeaveCoverageScenario {
    private static final Instant MONDAY = Instant.parse("2025-05-26T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2025-05-27T00:00:00Z");
    private static final Instant THURSDAY = Instant.parse("2025-05-29T00:00:00Z");

    private TestDatabase database;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void openTheDatabase() {
        database = newDatabase();
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    /** The absence, the late emergency request and its approval; the violations kept. */
    private static List<Violation> absentThenExcused(Company company) {
        var discipline = company.policy.discipline();
        discipline.record(company.hr, RecordViolation.absence(Company.STAFF.value(), MONDAY, 3, "did not come in"));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        var leave = discipline.requestLeave(staff, new NewLeaveRequest(Company.STAFF.value(), TUESDAY, THURSDAY,
                "fractured wrist", true));
        discipline.approveLeave(company.hr, leave.id(), "hospital letter seen");
        return discipline.violations(company.hr, Company.STAFF);
    }

    @Test
    void theUncoveredDayAndTheLateRequestAreStoredAsTheInMemoryStoresKeepThem() {
        var kept = absentThenExcused(Company.hiredOn(database.migratedStores()));

        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var read = reader.policy.discipline().violations(reader.hr, Company.STAFF);
        assertThat(read).isEqualTo(kept).isEqualTo(absentThenExcused(Company.hiredInMemory()));
        var original = read.stream().filter(v -> v.days().equals(java.util.Optional.of(3))).findFirst().orElseThrow();
        assertThat(original.voided()).isTrue();
        assertThat(read).filteredOn(v -> v.replaces().isPresent()).singleElement().satisfies(v -> {
            assertThat(v.replaces()).contains(original.id());
            assertThat(v.days()).contains(1);
            assertThat(v.severity()).isEqualTo(Severity.MODERATE);
            assertThat(v.occurredAt()).isEqualTo(MONDAY);
        });
        assertThat(read).filteredOn(v -> v.type() == ViolationType.LEAVE_NOT_REQUESTED_IN_ADVANCE).singleElement()
                .satisfies(v -> assertThat(v.occurredAt()).isEqualTo(TUESDAY));
        assertThat(reader.policy.discipline().penalties(reader.hr, Company.STAFF))
                .extracting(p -> p.status()).containsExactlyInAnyOrder(PenaltyStatus.WITHDRAWN, PenaltyStatus.PROPOSED,
                        PenaltyStatus.PROPOSED);
    }
}
