package org.servicepolicy.examples.load;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The CPU the whole machine spent between two readings, from Linux's {@code /proc/stat}: every
 * process counts, the load driver, the servers and a local database's backends alike, which is
 * what a run on one machine shares. Elsewhere it reads nothing.
 */
final class MachineCpu {
    private static final Path STAT = Path.of("/proc/stat");
    private final long busy;
    private final long total;
    private final long nanos;

    private MachineCpu(long busy, long total, long nanos) {
        this.busy = busy;
        this.total = total;
        this.nanos = nanos;
    }

    /** The machine's CPU counters now, if this machine has them. */
    static Optional<MachineCpu> read() {
        try {
            var fields = Files.readAllLines(STAT).get(0).trim().split("\\s+");
            // cpu user nice system idle iowait irq softirq steal ...: idle and iowait are not work.
            long[] ticks = Arrays.stream(fields, 1, Math.min(fields.length, 9)).mapToLong(Long::parseLong).toArray();
            long total = Arrays.stream(ticks).sum();
            return Optional.of(new MachineCpu(total - ticks[3] - ticks[4], total, System.nanoTime()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /**
     * The CPU seconds every core together spent on work from {@code earlier} to this reading:
     * the busy share of the ticks counted, times the cores, times the seconds between them.
     */
    OptionalDouble secondsSince(MachineCpu earlier) {
        long ticks = total - earlier.total;
        if (ticks <= 0) {
            return OptionalDouble.empty();
        }
        double share = (double) (busy - earlier.busy) / ticks;
        return OptionalDouble.of(share * Runtime.getRuntime().availableProcessors() * (nanos - earlier.nanos) / 1e9);
    }
}
