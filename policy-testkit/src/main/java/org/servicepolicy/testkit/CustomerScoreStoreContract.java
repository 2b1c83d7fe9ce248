package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/**
 * The contract of {@link org.servicepolicy.service.evaluation.CustomerScoreStore} (§2.3.3): a
 * score comes back whole; the set-based read answers the scores of the employees asked for,
 * given from the first instant (inclusive) until the last (exclusive), by given instant then
 * id, however many employees are asked for; an existing id is a duplicate.
 */
public abstract class CustomerScoreStoreContract extends PortContract {
    private static final EmployeeId OTHER = EmployeeId.of("E-other");

    @BeforeEach
    void seedThePeopleScoresReferTo() {
        givenTheFixtureEmployees();
        givenEmployee(OTHER);
    }

    private static CustomerScore score(String id, EmployeeId employee, int score, long minutesAfterT0) {
        return new CustomerScore(id, employee, score, CustomerScoreSource.CUSTOMER_FEEDBACK,
                "survey 2025-Q1 — 满意度调查", Fixtures.minutesAfterT0(minutesAfterT0), Fixtures.minutesAfterT0(600));
    }

    @Test
    void aScoreIsReadBackWhole() {
        var added = ports().customerScores().add(score("CS-1", Fixtures.EMPLOYEE, 4, 0));

        assertThat(ports().customerScores().ofAll(List.of(Fixtures.EMPLOYEE), Fixtures.T0,
                Fixtures.minutesAfterT0(1))).containsExactly(added);
    }

    @ParameterizedTest
    @EnumSource(CustomerScoreSource.class)
    void everySourceIsKept(CustomerScoreSource source) {
        var added = ports().customerScores().add(new CustomerScore("CS-1", Fixtures.EMPLOYEE, 1, source, "RV-7",
                Fixtures.T0, Fixtures.T0));

        assertThat(ports().customerScores().ofAll(List.of(Fixtures.EMPLOYEE), Fixtures.T0,
                Fixtures.minutesAfterT0(1))).extracting(CustomerScore::source).containsExactly(added.source());
    }

    @Test
    void theSetReadKeepsToTheEmployeesAndTheHalfOpenPeriodInGivenOrder() {
        var late = ports().customerScores().add(score("CS-3", Fixtures.EMPLOYEE, 5, 50));
        var earlyB = ports().customerScores().add(score("CS-2", Fixtures.EMPLOYEE, 2, 10));
        var earlyA = ports().customerScores().add(score("CS-1", OTHER, 3, 10));
        ports().customerScores().add(score("CS-4", Fixtures.EMPLOYEE, 1, 60));
        ports().customerScores().add(score("CS-5", Fixtures.EMPLOYEE, 1, 9));
        ports().customerScores().add(score("CS-6", Fixtures.HR, 1, 20));

        var read = ports().customerScores().ofAll(manyIdsAmong(List.of(Fixtures.EMPLOYEE, OTHER)),
                Fixtures.minutesAfterT0(10), Fixtures.minutesAfterT0(60));

        assertThat(read).containsExactly(earlyA, earlyB, late);
        assertThat(ports().customerScores().ofAll(List.of(), Fixtures.T0, Fixtures.minutesAfterT0(100))).isEmpty();
    }

    @Test
    void addingAnExistingIdIsADuplicateConflictAndKeepsTheFirst() {
        var first = ports().customerScores().add(score("CS-1", Fixtures.EMPLOYEE, 4, 0));

        assertConflict("duplicate", () -> ports().customerScores().add(score("CS-1", Fixtures.EMPLOYEE, 1, 0)));
        assertThat(ports().customerScores().ofAll(List.of(Fixtures.EMPLOYEE), Fixtures.T0,
                Fixtures.minutesAfterT0(1))).containsExactly(first);
    }
}
