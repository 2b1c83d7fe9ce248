package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;

/**
 * The contract of {@link org.servicepolicy.idempotency.IdempotencyRecords}: a record comes back
 * with every field, before and after its response is stored; a caller's key is stored once, while
 * another caller may use the same key; a response is stored once; and a transaction that throws
 * keeps no record. A caller need not be a stored employee.
 */
public abstract class IdempotencyRecordsContract extends PortContract {
    private static final String OPERATION = "POST /api/v1/violations";
    private static final String FINGERPRINT = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    private static IdempotencyRecord started(EmployeeId actor, String key) {
        return IdempotencyRecord.started(actor, key, OPERATION, FINGERPRINT, Fixtures.T0);
    }

    @Test
    void aStartedRecordIsFoundWithEveryFieldAndNoResponse() {
        var record = started(Fixtures.HR, "3f2b8c1e-6d4a-4f57-9a0e-2c1d5b7e9f10");

        ports().idempotencyRecords().add(record);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, record.key())).contains(record);
    }

    @Test
    void aCompletedRecordKeepsItsResponseExactly() {
        var record = started(Fixtures.HR, "key-1");
        var response = "{\"status\":201,\"body\":\"{\\\"note\\\":\\\"迟到 — late\\\",\\\"fine\\\":200.00}\"}"
                + " ".repeat(3) + "x".repeat(20_000);
        ports().idempotencyRecords().add(record);

        ports().idempotencyRecords().complete(Fixtures.HR, "key-1", response);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).contains(record.withResponse(response));
    }

    @Test
    void aRecordAddedWithItsResponseIsFoundWithIt() {
        var record = started(Fixtures.EMPLOYEE, "key-1").withResponse("");

        ports().idempotencyRecords().add(record);

        assertThat(ports().idempotencyRecords().find(Fixtures.EMPLOYEE, "key-1")).contains(record);
    }

    @Test
    void theLongestKeyAndEveryVisibleAsciiCharacterAreKept() {
        var longest = started(Fixtures.HR, "k".repeat(IdempotencyRecord.MAX_KEY_LENGTH));
        var symbols = started(Fixtures.HR, "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~");
        ports().idempotencyRecords().add(longest);
        ports().idempotencyRecords().add(symbols);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, longest.key())).contains(longest);
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, symbols.key())).contains(symbols);
    }

    @Test
    void addingACallersKeyAgainIsADuplicateConflictAndKeepsTheFirst() {
        var first = started(Fixtures.HR, "key-1").withResponse("first");
        ports().idempotencyRecords().add(first);

        assertConflict("duplicate", () -> ports().idempotencyRecords().add(
                new IdempotencyRecord(Fixtures.HR, "key-1", "POST /api/v1/departments", "other",
                        Fixtures.minutesAfterT0(1), Optional.empty())));
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).contains(first);
    }

    @Test
    void twoCallersMayUseTheSameKey() {
        var byHr = started(Fixtures.HR, "shared").withResponse("for hr");
        var byEmployee = started(Fixtures.EMPLOYEE, "shared").withResponse("for the employee");

        ports().idempotencyRecords().add(byHr);
        ports().idempotencyRecords().add(byEmployee);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "shared")).contains(byHr);
        assertThat(ports().idempotencyRecords().find(Fixtures.EMPLOYEE, "shared")).contains(byEmployee);
    }

    @Test
    void keysDifferingOnlyInCaseAreDifferentKeys() {
        var lower = started(Fixtures.HR, "key-a").withResponse("lower");
        var upper = started(Fixtures.HR, "KEY-A").withResponse("upper");

        ports().idempotencyRecords().add(lower);
        ports().idempotencyRecords().add(upper);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-a")).contains(lower);
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "KEY-A")).contains(upper);
    }

    @Test
    void anUnknownKeyIsEmpty() {
        ports().idempotencyRecords().add(started(Fixtures.HR, "key-1"));

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-2")).isEmpty();
        assertThat(ports().idempotencyRecords().find(Fixtures.EMPLOYEE, "key-1")).isEmpty();
    }

    @Test
    void completingAnUnknownKeyIsNotFound() {
        ports().idempotencyRecords().add(started(Fixtures.HR, "key-1"));

        assertThatThrownBy(() -> ports().idempotencyRecords().complete(Fixtures.EMPLOYEE, "key-1", "response"))
                .isInstanceOf(NotFoundException.class);
        assertThat(ports().idempotencyRecords().find(Fixtures.EMPLOYEE, "key-1")).isEmpty();
    }

    @Test
    void aResponseIsStoredOnceAndAnotherIsAnIllegalTransition() {
        var record = started(Fixtures.HR, "key-1");
        ports().idempotencyRecords().add(record);
        ports().idempotencyRecords().complete(Fixtures.HR, "key-1", "first");

        assertConflict("illegal-transition", () -> ports().idempotencyRecords().complete(Fixtures.HR, "key-1",
                "second"));
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).contains(record.withResponse("first"));
    }

    @Test
    void aRecordAddedAndCompletedInATransactionThatThrowsIsNotKept() {
        var failure = new IllegalStateException("the command failed after its key was claimed");

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().idempotencyRecords().add(started(Fixtures.HR, "key-1"));
            ports().idempotencyRecords().complete(Fixtures.HR, "key-1", "response");
            assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).isPresent();
            throw failure;
        })).isSameAs(failure);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).isEmpty();
        ports().idempotencyRecords().add(started(Fixtures.HR, "key-1"));
        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).isPresent();
    }

    @Test
    void aResponseStoredInATransactionThatThrowsIsNotKept() {
        var record = started(Fixtures.HR, "key-1");
        ports().idempotencyRecords().add(record);

        assertThatThrownBy(() -> ports().transactions().inTransaction(() -> {
            ports().idempotencyRecords().complete(Fixtures.HR, "key-1", "response");
            throw new IllegalStateException("later failure");
        })).isInstanceOf(IllegalStateException.class);

        assertThat(ports().idempotencyRecords().find(Fixtures.HR, "key-1")).contains(record);
    }
}
