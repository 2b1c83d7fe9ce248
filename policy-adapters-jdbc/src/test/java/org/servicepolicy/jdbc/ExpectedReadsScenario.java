package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.NewLeaveRequest;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.ExpectedRead;

/**
 * Reads a transaction is told to expect ({@link ExpectedRead}): on PostgreSQL they travel in
 * the same request as the transaction's first read of employees, and the stores answer them from
 * there; what every store answers is what it reads without the hint, on H2 (which ignores it)
 * and on PostgreSQL alike, and an answer read ahead is never used after the transaction wrote.
 */
abstract class ExpectedReadsScenario {
    private static final List<ExpectedRead> STAFFS_RECORDS = List.of(
            new ExpectedRead(ExpectedRead.Kind.VIOLATIONS, Company.STAFF),
            new ExpectedRead(ExpectedRead.Kind.PENALTIES, Company.STAFF),
            new ExpectedRead(ExpectedRead.Kind.LEAVE_REQUESTS, Company.STAFF));

    private TestDatabase database;
    private CountingDataSource counting;
    private JdbcStores stores;
    private Company company;

    /** A new database for one test, the library's schema migrated. */
    abstract TestDatabase newDatabase();

    /**
     * What reading the employees {@code hr} and {@code staff} and then staff's violations,
     * penalties and leave requests, all three expected, asks of the data source.
     */
    abstract CountingDataSource.Counts countsOfTheReadsExpected();

    @BeforeEach
    void hire() {
        database = newDatabase();
        counting = new CountingDataSource(database.dataSource());
        stores = JdbcStores.builder(counting.dataSource()).build();
        company = Company.hiredOn(stores);
        for (int daysAgo : List.of(20, 10)) {
            company.policy.discipline().record(company.hr, RecordViolation.lateArrival(Company.STAFF.value(),
                    Company.NOW.minus(Duration.ofDays(daysAgo)), 15, "late for the morning shift"));
        }
        company.policy.discipline().requestLeave(company.hr, new NewLeaveRequest(Company.STAFF.value(),
                Company.NOW.plus(Duration.ofDays(3)), Company.NOW.plus(Duration.ofDays(4)), "family", null));
    }

    @AfterEach
    void close() {
        database.close();
    }

    /** The test's database. */
    TestDatabase database() {
        return database;
    }

    /** The test's stores, on the test's database. */
    JdbcStores stores() {
        return stores;
    }

    @Test
    @DisplayName("the reads expected answer what the stores read without the hint")
    void expectedReadsAnswerWhatTheStoresReadThemselves() {
        var plain = company.policy.together(this::readStaffsRecords);

        var expected = company.policy.together(STAFFS_RECORDS, this::readStaffsRecords);

        assertThat(plain.violations()).hasSize(2);
        assertThat(plain.penalties()).hasSize(2);
        assertThat(plain.leaveRequests()).hasSize(1);
        assertThat(expected).isEqualTo(plain);
    }

    @Test
    @DisplayName("the reads expected are executed with the employees' read, in one transaction")
    void expectedReadsTakeTheirStatementsWithTheEmployees() {
        counting.reset();

        company.policy.together(STAFFS_RECORDS, this::readStaffsRecords);

        assertThat(counting.counts()).isEqualTo(countsOfTheReadsExpected());
    }

    @Test
    @DisplayName("an answer read ahead is not used once the transaction has written: the penalty it adds is read, and kept")
    void anAnswerReadAheadIsDroppedWhenTheTransactionWrites() {
        var penalties = company.policy.together(STAFFS_RECORDS, () -> {
            stores.employees().findAll(List.of(Company.HR, Company.STAFF));
            company.policy.discipline().record(company.hr, RecordViolation.lateArrival(Company.STAFF.value(),
                    Company.NOW.minus(Duration.ofDays(5)), 15, "late again"));
            return stores.penalties().of(Company.STAFF);
        });

        assertThat(penalties).hasSize(3);
        assertThat(stores.penalties().of(Company.STAFF)).isEqualTo(penalties);
    }

    @Test
    @DisplayName("a transaction that fails after the reads expected and a write leaves nothing written")
    void aFailureAfterTheReadsExpectedAndAWriteLeavesNothing() {
        var before = company.policy.together(this::readStaffsRecords);

        assertThatThrownBy(() -> company.policy.together(STAFFS_RECORDS, () -> {
            readStaffsRecords();
            company.policy.discipline().record(company.hr, RecordViolation.lateArrival(Company.STAFF.value(),
                    Company.NOW.minus(Duration.ofDays(5)), 15, "late again"));
            throw new IllegalStateException("the caller gives up");
        })).hasMessage("the caller gives up");

        assertThat(company.policy.together(this::readStaffsRecords)).isEqualTo(before);
    }

    @Test
    @DisplayName("an expectation about another employee answers nothing for this one")
    void anExpectationAboutAnotherEmployeeAnswersNothingForThisOne() {
        var plain = company.policy.together(() -> stores.penalties().of(Company.STAFF));

        var read = company.policy.together(List.of(new ExpectedRead(ExpectedRead.Kind.PENALTIES, Company.HR)), () -> {
            stores.employees().findAll(List.of(Company.HR, Company.STAFF));
            return stores.penalties().of(Company.STAFF);
        });

        assertThat(read).isEqualTo(plain).hasSize(2);
    }

    private Records readStaffsRecords() {
        stores.employees().findAll(List.of(Company.HR, Company.STAFF));
        return new Records(stores.violations().of(Company.STAFF), stores.penalties().of(Company.STAFF),
                stores.leaveRequests().of(Company.STAFF));
    }

    /** What a store answered for staff, by kind. */
    private record Records(List<?> violations, List<?> penalties, List<?> leaveRequests) {
    }
}
