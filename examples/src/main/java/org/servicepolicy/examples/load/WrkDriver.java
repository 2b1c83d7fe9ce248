package org.servicepolicy.examples.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An HTTP load driver that runs <a href="https://github.com/wg/wrk">wrk</a> (Debian's package
 * {@code wrk}) as a process of its own: {@code connections} connections over two threads, each
 * sending one GET after another over HTTP/1.1 keep-alive, first for a warm-up whose answers are
 * not counted, then for the measured time. wrk spends far less CPU per request than a Java
 * client in the servers' JVM, which leaves the machine's cores to the servers and the database.
 * It reports what wrk printed with {@code --latency}: requests per second answered 2xx or 3xx,
 * the median and the 99th percentile of latency (of every answer, as wrk counts them), and the
 * CPU the whole machine spent per answered request ({@link MachineCpu}).
 */
public final class WrkDriver implements HttpLoad {
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([\\d.]+)(us|ms|s|m|h),");
    private static final Pattern NOT_ANSWERED = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS =
            Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");
    private static final String PERCENTILE = "^\\s*%d%%\\s+([\\d.]+)(us|ms|s|m|h)\\s*$";
    private static final Pattern MEDIAN = Pattern.compile(String.format(Locale.ROOT, PERCENTILE, 50), Pattern.MULTILINE);
    private static final Pattern P99 = Pattern.compile(String.format(Locale.ROOT, PERCENTILE, 99), Pattern.MULTILINE);
    private static final int THREADS = 2;

    private final String executable;
    private final int connections;
    private final Duration warmup;
    private final Duration measured;

    /**
     * A driver of {@code connections} connections that runs {@code executable}, warming up then
     * measuring for the given times, whole seconds as wrk counts them.
     */
    public WrkDriver(String executable, int connections, Duration warmup, Duration measured) {
        if (connections < THREADS) {
            throw new IllegalArgumentException("wrk needs at least " + THREADS + " connections, was " + connections);
        }
        if (measured.toSeconds() < 1 || warmup.isNegative()) {
            throw new IllegalArgumentException("wrk measures whole seconds: measured " + measured + ", warm-up " + warmup);
        }
        this.executable = Objects.requireNonNull(executable, "executable");
        this.connections = connections;
        this.warmup = warmup;
        this.measured = measured;
    }

    @Override
    public LoadDriver.Result run(String name, URI uri, Map<String, String> headers) {
        if (warmup.toSeconds() > 0) {
            wrk(uri, headers, warmup);
        }
        var cpuFrom = MachineCpu.read();
        var output = wrk(uri, headers, measured);
        var cpuUntil = MachineCpu.read();
        var cpuSeconds = cpuFrom.isPresent() && cpuUntil.isPresent()
                ? cpuUntil.get().secondsSince(cpuFrom.get()) : OptionalDouble.empty();
        return parse(name, output, cpuSeconds);
    }

    /**
     * What wrk printed with {@code --latency}, as a result: the answers that were neither 2xx
     * nor 3xx and the socket errors are the errors, and {@code cpuSeconds}, the machine's CPU over
     * the run, is shared among the answered requests.
     *
     * @throws IllegalArgumentException when {@code output} is not what wrk prints
     */
    static LoadDriver.Result parse(String name, String output, OptionalDouble cpuSeconds) {
        var total = find(REQUESTS, output);
        long requests = Long.parseLong(total.group(1));
        double seconds = millis(total.group(2), total.group(3)) / 1e3;
        long refused = NOT_ANSWERED.matcher(output).results().mapToLong(m -> Long.parseLong(m.group(1))).sum();
        long socketErrors = SOCKET_ERRORS.matcher(output).results().mapToLong(m -> Long.parseLong(m.group(1))
                + Long.parseLong(m.group(2)) + Long.parseLong(m.group(3)) + Long.parseLong(m.group(4))).sum();
        long answered = requests - refused;
        var median = find(MEDIAN, output);
        var p99 = find(P99, output);
        return new LoadDriver.Result(name, answered, refused + socketErrors, answered / seconds,
                millis(median.group(1), median.group(2)), millis(p99.group(1), p99.group(2)),
                cpuSeconds.isPresent() && answered > 0 ? OptionalDouble.of(cpuSeconds.getAsDouble() * 1e6 / answered)
                        : OptionalDouble.empty());
    }

    private String wrk(URI uri, Map<String, String> headers, Duration time) {
        var command = new ArrayList<>(List.of(executable, "--threads", String.valueOf(THREADS), "--connections",
                String.valueOf(connections), "--duration", time.toSeconds() + "s", "--latency"));
        headers.forEach((header, value) -> command.addAll(List.of("--header", header + ": " + value)));
        command.add(uri.toString());
        try {
            var process = new ProcessBuilder(command).redirectErrorStream(true).start();
            var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() != 0) {
                throw new IllegalStateException(String.join(" ", command) + " failed: " + output);
            }
            return output;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot run " + executable + " (on Debian: apt-get install wrk)", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while " + executable + " ran", e);
        }
    }

    private static Matcher find(Pattern pattern, String output) {
        var matcher = pattern.matcher(output);
        return Optional.of(matcher).filter(Matcher::find).orElseThrow(() -> new IllegalArgumentException(
                "not what wrk prints with --latency (no " + pattern + "): " + output));
    }

    private static double millis(String amount, String unit) {
        double value = Double.parseDouble(amount);
        return switch (unit) {
            case "us" -> value / 1e3;
            case "ms" -> value;
            case "s" -> value * 1e3;
            case "m" -> value * 60e3;
            case "h" -> value * 3600e3;
            default -> throw new IllegalArgumentException("unknown unit " + unit);
        };
    }
}
