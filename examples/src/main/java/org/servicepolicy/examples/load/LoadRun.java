package org.servicepolicy.examples.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.examples.AppOptions;
import org.servicepolicy.examples.ExampleApp;

/**
 * The documented HTTP load run of the README's read figures: in one run, with one driver, it
 * reads {@code GET /api/v1/employees/staff/penalties} (four penalties) from the bare baseline
 * ({@link BarePenalties}), from the API through {@code ServicePolicyFeature} on H2 and on
 * PostgreSQL, and from the example app as shipped (HTTP Basic on its H2 file database), and
 * prints each figure with its ratio to the baseline and the CPU the whole machine spent per
 * request ({@link MachineCpu}; the driver, the server and a local database share the machine). It
 * warms every target up first ({@code --warmup} seconds each, not counted), then runs the targets
 * in turn, round after round, each round starting with the next target, and reports each target's
 * round of median throughput.
 *
 * <p>The server on PostgreSQL serves its requests on a fixed number of threads, as many as its
 * pool has connections: by default twice the machine's cores ({@link #POSTGRES_CONNECTIONS}).
 * A request then waits, if it must, in the server's queue, first come first served, rather
 * than as one of 32 threads racing for 8 connections, where the pool hands a connection back
 * to whichever thread asks next and a request can lose that race many times over; and the
 * database's backends, the server and the driver share the cores among fewer threads.
 *
 * <p>The driver is the JDK's {@code HttpClient} in the servers' JVM ({@link LoadDriver}), or,
 * with {@code --driver wrk}, wrk in a process of its own ({@link WrkDriver}), which spends far
 * less of the machine on sending the requests.
 *
 * <pre>
 * java -cp examples/target/servicepolicy-example.jar org.servicepolicy.examples.load.LoadRun \
 *      [--driver java|wrk] [--wrk wrk] [--connections 32] [--warmup 10] [--seconds 10] [--rounds 3] \
 *      [--postgres jdbc:postgresql://127.0.0.1:5432/test|none] \
 *      [--postgres-user postgres] [--postgres-password ""] \
 *      [--postgres-pool 4] [--postgres-threads 4 (0: a thread per request)]
 * </pre>
 */
public final class LoadRun {
    /** The PostgreSQL server's connections and request threads unless told otherwise: twice the cores. */
    static final int POSTGRES_CONNECTIONS = 2 * Runtime.getRuntime().availableProcessors();

    private LoadRun() {
    }

    /** Runs the load and prints its figures as a Markdown table. */
    public static void main(String[] args) throws IOException {
        ExampleApp.answerWithoutDelay();
        var options = Options.parse(args);
        var clock = Clock.systemUTC();
        var driver = options.driver(Duration.ofSeconds(options.seconds));
        var path = "/employees/" + LoadServer.EMPLOYEE + "/penalties";
        var trusted = Map.of(TrustedPrincipal.HEADER, LoadServer.READER);
        var basic = Map.of("Authorization", "Basic " + Base64.getEncoder().encodeToString(
                (LoadServer.READER + ":demo").getBytes(StandardCharsets.UTF_8)));
        var data = Files.createTempDirectory("servicepolicy-load");
        var targets = new ArrayList<Target>();
        try (var open = new Closer()) {
            var h2 = open.add(LoadDatabase.h2());
            var policy = LoadServer.seededPolicy(h2.dataSource(), clock);
            var bare = open.add(LoadServer.bare(Map.of(LoadServer.EMPLOYEE, LoadServer.penalties(policy))));
            targets.add(new Target("bare Jersey endpoint, same JSON (baseline)", uri(bare.port(), "/bare" + path),
                    Map.of()));
            var onH2 = open.add(LoadServer.feature(policy));
            targets.add(new Target("ServicePolicyFeature, H2", uri(onH2.port(), "/api/v1" + path), trusted));
            if (options.postgres.isPresent()) {
                var postgres = open.add(LoadDatabase.postgres(options.postgres.get(), options.postgresUser,
                        options.postgresPassword, options.postgresPool));
                var onPostgres = open.add(LoadServer.feature(LoadServer.seededPolicy(postgres.dataSource(), clock),
                        options.postgresThreads));
                targets.add(new Target("ServicePolicyFeature, PostgreSQL", uri(onPostgres.port(), "/api/v1" + path),
                        trusted));
            }
            var app = open.add(ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), clock));
            LoadServer.seed(app.policy(), clock);
            targets.add(new Target("example app as shipped (HTTP Basic, H2 file)", uri(app.port(), "/api/v1" + path),
                    basic));
            // The JIT compiles what every target shares as any of them runs: warm them all up before measuring any.
            if (options.warmup > 0) {
                var warming = options.driver(Duration.ofSeconds(options.warmup));
                targets.forEach(t -> warming.run(t.name, t.uri, t.headers));
            }
            var results = new ArrayList<List<LoadDriver.Result>>();
            targets.forEach(t -> results.add(new ArrayList<>()));
            // Round after round, each starting with another target, so that what else the machine does weighs on all alike.
            for (int round = 0; round < options.rounds; round++) {
                for (int k = 0; k < targets.size(); k++) {
                    int i = (round + k) % targets.size();
                    var target = targets.get(i);
                    results.get(i).add(driver.run(target.name, target.uri, target.headers));
                }
            }
            print(options, results.stream().map(LoadRun::median).toList());
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
    }

    /** One endpoint under load, with the headers of its authentication. */
    private record Target(String name, URI uri, Map<String, String> headers) {
    }

    /** The round of median throughput. */
    private static LoadDriver.Result median(List<LoadDriver.Result> rounds) {
        var sorted = rounds.stream().sorted(Comparator.comparingDouble(LoadDriver.Result::perSecond)).toList();
        return sorted.get(sorted.size() / 2);
    }

    /** Closes what was opened, last first. */
    private static final class Closer implements AutoCloseable {
        private final Deque<AutoCloseable> opened = new ArrayDeque<>();

        <T extends AutoCloseable> T add(T resource) {
            opened.push(resource);
            return resource;
        }

        @Override
        public void close() {
            RuntimeException failure = null;
            while (!opened.isEmpty()) {
                try {
                    opened.pop().close();
                } catch (Exception e) {
                    if (failure == null) {
                        failure = new IllegalStateException("cannot close the load run's servers", e);
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            if (failure != null) {
                throw failure;
            }
        }
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void print(Options options, List<LoadDriver.Result> results) {
        System.out.printf(Locale.ROOT, "%s, %d connections, %d s warm-up per target, %d s measured, median of %d"
                        + " round(s), %d cores; PostgreSQL: a pool of %d, %s%n%n", options.driverName(),
                options.connections, options.warmup, options.seconds, options.rounds,
                Runtime.getRuntime().availableProcessors(), options.postgresPool,
                options.postgresThreads == 0 ? "a thread per request" : options.postgresThreads + " request threads");
        System.out.println("| what | req/s | p50 ms | p99 ms | errors | ratio to the baseline | machine CPU per request, µs |");
        System.out.println("|---|---|---|---|---|---|---|");
        double baseline = results.get(0).perSecond();
        for (var result : results) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %d | %.2f | %s |%n", result.name(),
                    result.perSecond(), result.p50Millis(), result.p99Millis(), result.errors(),
                    result.perSecond() / baseline, result.cpuMicros().isPresent()
                            ? String.format(Locale.ROOT, "%,.0f", result.cpuMicros().getAsDouble()) : "n/a");
        }
    }

    /** The command line. */
    private record Options(Optional<String> wrk, int connections, int warmup, int seconds, int rounds,
                           Optional<String> postgres, String postgresUser, String postgresPassword, int postgresPool,
                           int postgresThreads) {
        /** The driver of the run: wrk where asked, or the JDK's client, measuring for {@code measured}. */
        HttpLoad driver(Duration measured) {
            // The JDK's client opens its connections in the first second, which is not counted; wrk's take microseconds.
            return wrk.<HttpLoad>map(executable -> new WrkDriver(executable, connections, Duration.ZERO, measured))
                    .orElseGet(() -> new LoadDriver(connections, Duration.ofSeconds(1), measured));
        }

        String driverName() {
            return wrk.map(executable -> "wrk (" + executable + ", 2 threads)").orElse("the JDK's HttpClient");
        }

        static Options parse(String[] args) {
            String driver = "java";
            String wrk = "wrk";
            int connections = 32;
            int warmup = 10;
            int seconds = 10;
            int rounds = 3;
            String postgres = "jdbc:postgresql://127.0.0.1:5432/test";
            String user = "postgres";
            String password = "";
            int pool = POSTGRES_CONNECTIONS;
            int threads = POSTGRES_CONNECTIONS;
            for (int i = 0; i + 1 < args.length; i += 2) {
                var value = args[i + 1];
                switch (args[i]) {
                    case "--driver" -> driver = value;
                    case "--wrk" -> wrk = value;
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--rounds" -> rounds = Integer.parseInt(value);
                    case "--postgres" -> postgres = value;
                    case "--postgres-user" -> user = value;
                    case "--postgres-password" -> password = value;
                    case "--postgres-pool" -> pool = Integer.parseInt(value);
                    case "--postgres-threads" -> threads = Integer.parseInt(value);
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
            }
            if (!driver.equals("java") && !driver.equals("wrk")) {
                throw new IllegalArgumentException("--driver is java or wrk, was " + driver);
            }
            return new Options(driver.equals("wrk") ? Optional.of(wrk) : Optional.empty(), connections, warmup,
                    seconds, rounds,
                    postgres.equals("none") ? Optional.empty() : Optional.of(postgres), user, password, pool,
                    threads);
        }
    }
}
