package org.servicepolicy.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.IncompletePorts;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.policy.ViolationType;

class IdempotencyServiceTest {
    private static final String RECORD = "POST /api/v1/violations";

    private final Company company = new Company();
    private final IdempotencyService idempotency = company.policy.idempotency();
    private final AtomicInteger runs = new AtomicInteger();

    private Supplier<String> counted(String response) {
        return () -> {
            runs.incrementAndGet();
            return response;
        };
    }

    private Supplier<String> recordLateness(Actor recorder) {
        return () -> {
            runs.incrementAndGet();
            var recorded = company.policy.discipline().record(recorder, new RecordViolation("staff",
                    ViolationType.LATE_ARRIVAL, company.clock.instant().minus(Duration.ofHours(1)), 20, null,
                    "20 minutes late", null, null, null, null, null, null));
            return recorded.violation().id().value();
        };
    }

    @Test
    void theFirstRequestRunsTheCommandAndAnswersItsResponse() {
        var result = idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-1", counted("first"));

        assertThat(result).isEqualTo(new IdempotentResult("first", false));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetryWithTheSameKeyAndRequestReplaysTheFirstResponseWithoutRunningTheCommand() {
        idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-1", counted("first"));
        company.clock.advance(Duration.ofDays(30));

        var retry = idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-1", counted("second"));

        assertThat(retry).isEqualTo(new IdempotentResult("first", true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aRetriedViolationIsRecordedOnceWithOneProposal() {
        var hr = company.actor("hr");

        var first = idempotency.run(hr, "record-late-1", RECORD, "fp-late", recordLateness(hr));
        var retry = idempotency.run(hr, "record-late-1", RECORD, "fp-late", recordLateness(hr));

        assertThat(retry.response()).isEqualTo(first.response());
        assertThat(retry.replayed()).isTrue();
        assertThat(company.policy.discipline().violations(hr, EmployeeId.of("staff"))).hasSize(1);
        assertThat(company.policy.discipline().penalties(hr, EmployeeId.of("staff"))).hasSize(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsInvalidInputOnTheKeyAndRunsNothing() {
        idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-1", counted("first"));

        assertThatThrownBy(() -> idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-2", counted("second")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(IdempotencyService.KEY_FIELD));
        assertThat(runs).hasValue(1);
    }

    @Test
    void theSameKeyForAnotherOperationIsInvalidInputOnTheKey() {
        idempotency.run(company.actor("hr"), "key-1", RECORD, "fp-1", counted("first"));

        assertThatThrownBy(() -> idempotency.run(company.actor("hr"), "key-1", "POST /api/v1/departments", "fp-1",
                counted("second")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(IdempotencyService.KEY_FIELD));
        assertThat(runs).hasValue(1);
    }

    @Test
    void aFailingCommandStoresNoKeyNorAnyOfItsWritesAndItsRetryRunsAgain() {
        var hr = company.actor("hr");
        var failure = new IllegalStateException("the last step failed");

        assertThatThrownBy(() -> idempotency.run(hr, "key-1", "POST /api/v1/departments", "fp-1", () -> {
            company.policy.people().createDepartment(hr, new NewDepartment("lost", "Lost"));
            throw failure;
        })).isSameAs(failure);

        assertThat(company.stores.idempotencyRecords().find(hr.id(), "key-1")).isEmpty();
        assertThat(company.policy.people().departments(hr)).noneMatch(d -> d.id().value().equals("lost"));
        var retry = idempotency.run(hr, "key-1", "POST /api/v1/departments", "fp-1", counted("created"));
        assertThat(retry).isEqualTo(new IdempotentResult("created", false));
    }

    @Test
    void keysAreKeptPerCallerSoTwoCallersMayUseTheSameKey() {
        var byHr = idempotency.run(company.actor("hr"), "shared", RECORD, "fp-1", counted("for hr"));
        var byManager = idempotency.run(company.actor("manager"), "shared", RECORD, "fp-2", counted("for manager"));

        assertThat(byHr).isEqualTo(new IdempotentResult("for hr", false));
        assertThat(byManager).isEqualTo(new IdempotentResult("for manager", false));
        assertThat(runs).hasValue(2);
    }

    @Test
    void theRecordKeepsTheRequestTheResponseAndWhenTheKeyWasFirstUsed() {
        var hr = company.actor("hr");
        var firstUsed = company.clock.instant();

        idempotency.run(hr, "key-1", RECORD, "fp-1", counted("first"));
        company.clock.advance(Duration.ofHours(1));
        idempotency.run(hr, "key-1", RECORD, "fp-1", counted("second"));

        assertThat(company.stores.idempotencyRecords().find(hr.id(), "key-1")).contains(
                new IdempotencyRecord(hr.id(), "key-1", RECORD, "fp-1", firstUsed, Optional.of("first")));
    }

    @Test
    void aCommandThatSendsItsOwnKeyAgainIsADuplicateConflict() {
        var hr = company.actor("hr");

        assertThatThrownBy(() -> idempotency.run(hr, "key-1", RECORD, "fp-1",
                () -> idempotency.run(hr, "key-1", RECORD, "fp-1", counted("inner")).response()))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
        assertThat(runs).hasValue(0);
        assertThat(company.stores.idempotencyRecords().find(hr.id(), "key-1")).isEmpty();
    }

    @Test
    void theLibraryNeedsAStoreOfIdempotencyKeys() {
        var stores = company.stores;
        var withoutKeys = ServicePolicy.builder().ports(IncompletePorts.without(stores, IdempotencyRecords.class));

        assertThatThrownBy(withoutKeys::build).isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(": idempotencyRecords");
        assertThat(withoutKeys.port(IdempotencyRecords.class, stores.idempotencyRecords()).build().idempotency())
                .isNotNull();
    }

    static Stream<String> invalidKeys() {
        return Stream.of("", "x".repeat(256), "with space", " leading", "tab\there", "line\nbreak", "naïve", "键",
                "\u007f");
    }

    @ParameterizedTest
    @MethodSource("invalidKeys")
    void aKeyThatIsNotOneTo255VisibleAsciiCharactersIsInvalidInputOnTheKey(String key) {
        assertThatThrownBy(() -> idempotency.run(company.actor("hr"), key, RECORD, "fp-1", counted("never")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly(IdempotencyService.KEY_FIELD));
        assertThat(runs).hasValue(0);
    }

    @Test
    void aMissingKeyIsInvalidInputOnTheKey() {
        assertThatThrownBy(() -> idempotency.run(company.actor("hr"), null, RECORD, "fp-1", counted("never")))
                .isInstanceOf(InvalidInputException.class);
        assertThat(runs).hasValue(0);
    }

    static Stream<String> validKeys() {
        return Stream.of("a", "x".repeat(255), "!~", "3f2b8c1e-6d4a-4f57-9a0e-2c1d5b7e9f10", "retry:2026-03-02/#1");
    }

    @ParameterizedTest
    @MethodSource("validKeys")
    void everyKeyOfOneTo255VisibleAsciiCharactersIsAccepted(String key) {
        var first = idempotency.run(company.actor("hr"), key, RECORD, "fp-1", counted("first"));
        var retry = idempotency.run(company.actor("hr"), key, RECORD, "fp-1", counted("second"));

        assertThat(first.replayed()).isFalse();
        assertThat(retry).isEqualTo(new IdempotentResult("first", true));
    }
}
