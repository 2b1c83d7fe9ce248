package org.servicepolicy.examples.load;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * An HTTP load driver: {@code connections} workers, each sending one GET after another over
 * HTTP/1.1 keep-alive with the JDK's {@link HttpClient}, which completes every answer on its
 * selector thread, first for a warm-up whose answers are not counted, then for the measured time.
 * It reports requests per second and the latency percentiles of the measured requests; an answer
 * other than 200 counts as an error.
 */
public final class LoadDriver implements HttpLoad {
    private final int connections;
    private final Duration warmup;
    private final Duration measured;

    /** A driver of {@code connections} concurrent connections, warming up then measuring for the given times. */
    public LoadDriver(int connections, Duration warmup, Duration measured) {
        if (connections < 1) {
            throw new IllegalArgumentException("connections must be positive, was " + connections);
        }
        this.connections = connections;
        this.warmup = Objects.requireNonNull(warmup, "warmup");
        this.measured = Objects.requireNonNull(measured, "measured");
    }

    /**
     * What one target answered under load.
     *
     * @param name       the target
     * @param requests   measured requests answered 200
     * @param errors     measured requests answered otherwise, or failed
     * @param perSecond  measured requests answered 200, per second
     * @param p50Millis  the median latency, in milliseconds
     * @param p99Millis  the 99th percentile of latency, in milliseconds
     * @param cpuMicros  the CPU the whole machine spent per measured request, in microseconds, where
     *                   the machine tells ({@link MachineCpu}); empty elsewhere
     */
    public record Result(String name, long requests, long errors, double perSecond, double p50Millis,
                         double p99Millis, OptionalDouble cpuMicros) {
    }

    @Override
    public Result run(String name, URI uri, Map<String, String> headers) {
        var builder = HttpRequest.newBuilder(uri).GET();
        headers.forEach(builder::header);
        var request = builder.build();
        // Each answer completes on the client's selector thread, not handed to a pool thread: one wake-up less per request.
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).executor(Runnable::run).build();
        long start = System.nanoTime();
        long measureFrom = start + warmup.toNanos();
        long until = measureFrom + measured.toNanos();
        var errors = new AtomicLong();
        var workers = new ArrayList<Worker>();
        for (int i = 0; i < connections; i++) {
            var worker = new Worker(client, request, measureFrom, until, errors);
            worker.thread.start();
            workers.add(worker);
        }
        var cpuFrom = readAt(measureFrom);
        var cpuUntil = readAt(until);
        workers.forEach(Worker::join);
        long[] all = workers.stream().flatMapToLong(w -> Arrays.stream(w.latencies, 0, w.count)).sorted().toArray();
        double seconds = measured.toNanos() / 1e9;
        var cpu = cpuFrom.isPresent() && cpuUntil.isPresent() && all.length > 0
                ? cpuUntil.get().secondsSince(cpuFrom.get()) : OptionalDouble.empty();
        return new Result(name, all.length, errors.get(), all.length / seconds, percentile(all, 0.50),
                percentile(all, 0.99), cpu.isPresent() ? OptionalDouble.of(cpu.getAsDouble() * 1e6 / all.length)
                        : OptionalDouble.empty());
    }

    /** The machine's CPU counters at {@code nanoTime}, the measured window's edge. */
    private static Optional<MachineCpu> readAt(long nanoTime) {
        for (long wait = nanoTime - System.nanoTime(); wait > 0; wait = nanoTime - System.nanoTime()) {
            LockSupport.parkNanos(wait);
        }
        return MachineCpu.read();
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1);
        return sorted[Math.max(0, index)] / 1e6;
    }

    /** One connection's loop; it keeps the latencies of its measured answers. */
    private static final class Worker implements Runnable {
        private final HttpClient client;
        private final HttpRequest request;
        private final long measureFrom;
        private final long until;
        private final AtomicLong errors;
        private final Thread thread;
        private long[] latencies = new long[1 << 14];
        private int count;

        private Worker(HttpClient client, HttpRequest request, long measureFrom, long until, AtomicLong errors) {
            this.client = client;
            this.request = request;
            this.measureFrom = measureFrom;
            this.until = until;
            this.errors = errors;
            this.thread = new Thread(this, "load-driver");
        }

        @Override
        public void run() {
            long sent;
            while ((sent = System.nanoTime()) < until) {
                boolean ok;
                try {
                    ok = client.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
                } catch (IOException e) {
                    ok = false;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long answered = System.nanoTime();
                if (sent < measureFrom || answered > until) {
                    continue;
                }
                if (!ok) {
                    errors.incrementAndGet();
                } else {
                    if (count == latencies.length) {
                        latencies = Arrays.copyOf(latencies, count * 2);
                    }
                    latencies[count++] = answered - sent;
                }
            }
        }

        private void join() {
            try {
                thread.join();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for the load to end", e);
            }
        }
    }
}
