package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.testkit.Fixtures;

/**
 * The promise of the event feed: a reader that follows {@code after=<position>} while
 * many writers commit never misses an event that commits later at a lower position, and never
 * reads one twice. Each writer's transaction writes a row, publishes one to three events,
 * dawdles, and commits or, now and then, fails; eight writers on a pool of connections commit
 * in an order of their own while the reader pages through the feed seven events at a time.
 * The reader stops once the writers are done and it has read as many events as committed, or
 * after a minute: an event skipped for good then shows as missing.
 */
abstract class EventFeedOrderingScenario {
    private static final int WRITERS = 8;
    private static final int TRANSACTIONS_PER_WRITER = 40;
    private static final int PAGE = 7;

    private TestDatabase database;
    private JdbcStores stores;
    private ExecutorService threads;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        stores = JdbcStores.builder(database.poolOf(WRITERS + 2)).migrate(true).build();
        threads = Executors.newFixedThreadPool(WRITERS + 1);
    }

    @AfterEach
    void close() {
        threads.shutdownNow();
        database.close();
    }

    @Test
    void aReaderFollowingTheFeedWhileWritersCommitReadsEveryCommittedEventOnceInPositionOrder() throws Exception {
        var committed = ConcurrentHashMap.<String>newKeySet();
        var writing = new CountDownLatch(WRITERS);
        var writers = new ArrayList<Future<?>>();
        for (int w = 0; w < WRITERS; w++) {
            var writer = w;
            writers.add(threads.submit(() -> {
                try {
                    write(writer, committed);
                } finally {
                    writing.countDown();
                }
                return null;
            }));
        }
        var reader = threads.submit(() -> follow(writing, committed));

        for (var writer : writers) {
            writer.get(300, TimeUnit.SECONDS);
        }
        var read = reader.get(300, TimeUnit.SECONDS);

        assertThat(read).extracting(PublishedEvent::position).isSorted().doesNotHaveDuplicates();
        assertThat(read).extracting(EventFeedOrderingScenario::key).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(committed);
        assertThat(committed).hasSizeGreaterThan(WRITERS * TRANSACTIONS_PER_WRITER);
        assertThat(stores.eventLog().after(0, 100_000)).isEqualTo(read);
    }

    /** Runs one writer's transactions, noting the key of every event whose transaction committed. */
    private void write(int writer, Set<String> committed) {
        var random = new Random(writer);
        for (int n = 0; n < TRANSACTIONS_PER_WRITER; n++) {
            var transaction = "W" + writer + "-" + n;
            int events = 1 + random.nextInt(3);
            boolean fails = random.nextInt(8) == 0;
            long dawdle = random.nextInt(4);
            try {
                stores.transactions().inTransaction(() -> {
                    stores.departments().add(Fixtures.department("D-" + transaction));
                    for (int e = 0; e < events; e++) {
                        stores.eventPublisher().publish(Fixtures.event("Followed", transaction, Instant.EPOCH,
                                Map.of("index", Integer.toString(e))));
                    }
                    pause(dawdle);
                    if (fails) {
                        throw new UseCaseFailed();
                    }
                    return null;
                });
                for (int e = 0; e < events; e++) {
                    committed.add(transaction + "/" + e);
                }
            } catch (UseCaseFailed expected) {
                // A failed transaction's events must never be read; the assertions check that.
            }
        }
    }

    /**
     * Follows the feed page by page until the writers are done and as many events as committed
     * are read, or a minute after the writers are done; then reads once more, which must find
     * nothing new.
     */
    private List<PublishedEvent> follow(CountDownLatch writing, Set<String> committed) throws InterruptedException {
        var read = new ArrayList<PublishedEvent>();
        long position = 0;
        long deadline = Long.MAX_VALUE;
        while (true) {
            if (deadline == Long.MAX_VALUE && writing.getCount() == 0) {
                deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
            }
            if (read.size() >= committed.size() && writing.getCount() == 0 || System.nanoTime() > deadline) {
                read.addAll(stores.eventLog().after(position, PAGE));
                return read;
            }
            var page = stores.eventLog().after(position, PAGE);
            read.addAll(page);
            if (page.isEmpty()) {
                Thread.sleep(1);
            } else {
                position = page.get(page.size() - 1).position();
            }
        }
    }

    private static String key(PublishedEvent event) {
        return event.aggregateId() + "/" + event.attributes().get("index");
    }

    /** The failure of a writer's use case, which rolls its transaction back. */
    private static final class UseCaseFailed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        private UseCaseFailed() {
            super("the use case failed", null, false, false);
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
