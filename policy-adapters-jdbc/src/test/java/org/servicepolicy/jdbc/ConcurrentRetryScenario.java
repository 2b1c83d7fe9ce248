package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Optional;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.idempotency.IdempotentResult;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ViolationType;

/**
 * Requests that send the same idempotency key at the same time, through the whole library: the
 * command runs once, so one violation and one penalty proposal are stored; every other request
 * answers the first response or, while the first still runs, a {@code duplicate} conflict; and
 * the key is stored once.
 */
abstract class ConcurrentRetryScenario {
    private static final int THREADS = 4;
    private static final String KEY = "record-late-2025-06-02";
    private static final String OPERATION = "POST /api/v1/violations";
    private static final String FINGERPRINT = "late-arrival-of-staff";

    private TestDatabase database;
    private JdbcStores stores;
    private ExecutorService pool;
    private final AtomicInteger runs = new AtomicInteger();

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        stores = database.migratedStores();
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterEach
    void close() {
        pool.shutdownNow();
        database.close();
    }

    @Test
    void aRetrySentWhileTheFirstRequestRunsIsADuplicateConflictAndRunsNothing() throws Exception {
        var adds = new CountDownLatch(2);
        var firstClaimedItsKey = new CountDownLatch(1);
        var company = Company.hiredOn(stores, builder -> builder.port(IdempotencyRecords.class,
                countingAdds(stores.idempotencyRecords(), adds)));
        var idempotency = company.policy.idempotency();

        Future<IdempotentResult> first = pool.submit(() -> idempotency.run(company.hr, KEY, OPERATION, FINGERPRINT,
                () -> {
                    firstClaimedItsKey.countDown();
                    // Go on only once the retry, having found no record, is adding its own.
                    await(adds);
                    return recordLateness(company);
                }));
        await(firstClaimedItsKey);
        Future<IdempotentResult> retry = pool.submit(() -> idempotency.run(company.hr, KEY, OPERATION, FINGERPRINT,
                () -> recordLateness(company)));

        var firstResult = first.get(60, TimeUnit.SECONDS);
        assertThat(firstResult.replayed()).isFalse();
        assertThat(conflictOf(retry)).hasValueSatisfying(c -> assertThat(c.reason()).isEqualTo("duplicate"));
        assertOneRunAndOneRecordAnswering(company, firstResult.response());
        var later = idempotency.run(company.hr, KEY, OPERATION, FINGERPRINT, () -> recordLateness(company));
        assertThat(later).isEqualTo(new IdempotentResult(firstResult.response(), true));
        assertThat(runs).hasValue(1);
    }

    @Test
    void ofSeveralRequestsSentWithOneKeyAtOnceExactlyOneRunsItsCommand() throws Exception {
        var company = Company.hiredOn(stores);
        var idempotency = company.policy.idempotency();
        var start = new CyclicBarrier(THREADS);
        var requests = new ArrayList<Future<IdempotentResult>>();
        for (int t = 0; t < THREADS; t++) {
            requests.add(pool.submit(() -> {
                await(start);
                return idempotency.run(company.hr, KEY, OPERATION, FINGERPRINT, () -> recordLateness(company));
            }));
        }

        var ran = new ArrayList<IdempotentResult>();
        var replayed = new ArrayList<IdempotentResult>();
        int conflicts = 0;
        for (var request : requests) {
            var conflict = conflictOf(request);
            if (conflict.isPresent()) {
                assertThat(conflict.get().reason()).isEqualTo("duplicate");
                conflicts++;
                continue;
            }
            var result = request.get();
            (result.replayed() ? replayed : ran).add(result);
        }

        assertThat(ran).hasSize(1);
        assertThat(ran.size() + replayed.size() + conflicts).isEqualTo(THREADS);
        var response = ran.get(0).response();
        assertThat(replayed).allSatisfy(r -> assertThat(r.response()).isEqualTo(response));
        assertOneRunAndOneRecordAnswering(company, response);
    }

    private void assertOneRunAndOneRecordAnswering(Company company, String response) {
        assertThat(runs).hasValue(1);
        assertThat(company.policy.discipline().violations(company.hr, Company.STAFF)).singleElement()
                .satisfies(v -> assertThat(response).startsWith(v.id().value()));
        assertThat(company.policy.discipline().penalties(company.hr, Company.STAFF)).hasSize(1);
        assertThat(database.rowCounts()).containsEntry("servicepolicy_idempotency_record", 1L);
        assertThat(stores.idempotencyRecords().find(Company.HR, KEY).flatMap(IdempotencyRecord::response))
                .contains(response);
    }

    /** The command: records a late arrival of staff; answers the violation's and the penalty's ids. */
    private String recordLateness(Company company) {
        runs.incrementAndGet();
        var recorded = company.policy.discipline().record(company.hr, new RecordViolation(Company.STAFF.value(),
                ViolationType.LATE_ARRIVAL, Company.NOW.minus(Duration.ofHours(1)), 20, null, "20 minutes late", null,
                null, null, null, null, null));
        return recorded.violation().id().value() + " " + recorded.penalty().orElseThrow().id().value();
    }

    /** The conflict {@code request} failed with, or empty when it succeeded. */
    private static Optional<ConflictException> conflictOf(Future<IdempotentResult> request) throws Exception {
        try {
            request.get(60, TimeUnit.SECONDS);
            return Optional.empty();
        } catch (ExecutionException e) {
            assertThat(e.getCause()).isInstanceOf(ConflictException.class);
            return Optional.of((ConflictException) e.getCause());
        }
    }

    /** {@code records}, counting down {@code adds} as each add starts. */
    private static IdempotencyRecords countingAdds(IdempotencyRecords records, CountDownLatch adds) {
        return new IdempotencyRecords() {
            @Override
            public Optional<IdempotencyRecord> find(EmployeeId actor, String key) {
                return records.find(actor, key);
            }

            @Override
            public void add(IdempotencyRecord record) {
                adds.countDown();
                records.add(record);
            }

            @Override
            public void complete(EmployeeId actor, String key, String response) {
                records.complete(actor, key, response);
            }
        };
    }

    private static void await(CountDownLatch latch) {
        try {
            if (!latch.await(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException("the other request never arrived");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("the other requests never arrived", e);
        }
    }
}
