package org.servicepolicy.jdbc;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import javax.sql.DataSource;
import org.servicepolicy.ServicePolicy;

/**
 * Several instances of the library on one database, as several app instances are, each running
 * its sweep at the same moment: the sweeps' concurrency scenarios share it.
 */
final class SweepInstances {
    private SweepInstances() {
    }

    /**
     * Builds {@code count} instances on {@code database} at {@code clock}, starts {@code sweep} on
     * each of them at once on {@code threads}, and answers their results in the order started.
     */
    static <R> List<R> atOnce(int count, DataSource database, Clock clock, ExecutorService threads,
                              Function<ServicePolicy, R> sweep) throws Exception {
        var start = new CyclicBarrier(count);
        var sweeps = new ArrayList<Future<R>>();
        for (int i = 0; i < count; i++) {
            var instance = ServicePolicy.builder().ports(JdbcStores.builder(database).build()).clock(clock).build();
            sweeps.add(threads.submit(() -> {
                await(start);
                return sweep.apply(instance);
            }));
        }
        var results = new ArrayList<R>();
        for (var running : sweeps) {
            results.add(running.get(120, TimeUnit.SECONDS));
        }
        return results;
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every sweep started", e);
        }
    }
}
