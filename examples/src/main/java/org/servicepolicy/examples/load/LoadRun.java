package org.servicepolicy.examples.load;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
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
 * prints each figure with its ratio to the baseline.
 *
 * <pre>
 * java -cp examples/target/servicepolicy-example.jar org.servicepolicy.examples.load.LoadRun \
 *      [--connections 32] [--warmup 5] [--seconds 10] [--postgres jdbc:postgresql://127.0.0.1:5432/test|none] \
 *      [--postgres-user postgres] [--postgres-password ""]
 * </pre>
 */
public final class LoadRun {
    private LoadRun() {
    }

    /** Runs the load and prints its figures as a Markdown table. */
    public static void main(String[] args) throws IOException {
        var options = Options.parse(args);
        var clock = Clock.systemUTC();
        var driver = new LoadDriver(options.connections, Duration.ofSeconds(options.warmup),
                Duration.ofSeconds(options.seconds));
        var trusted = Map.of(TrustedPrincipal.HEADER, LoadServer.READER);
        var path = "/employees/" + LoadServer.EMPLOYEE + "/penalties";
        var results = new ArrayList<LoadDriver.Result>();
        try (var h2 = LoadDatabase.h2()) {
            var policy = LoadServer.seededPolicy(h2.dataSource(), clock);
            try (var bare = LoadServer.bare(Map.of(LoadServer.EMPLOYEE, LoadServer.penalties(policy)))) {
                results.add(driver.run("bare Jersey endpoint, same JSON (baseline)",
                        uri(bare.port(), "/bare" + path), Map.of()));
            }
            try (var api = LoadServer.feature(policy)) {
                results.add(driver.run("ServicePolicyFeature, H2", uri(api.port(), "/api/v1" + path), trusted));
            }
        }
        if (options.postgres.isPresent()) {
            try (var postgres = LoadDatabase.postgres(options.postgres.get(), options.postgresUser,
                    options.postgresPassword);
                 var api = LoadServer.feature(LoadServer.seededPolicy(postgres.dataSource(), clock))) {
                results.add(driver.run("ServicePolicyFeature, PostgreSQL", uri(api.port(), "/api/v1" + path),
                        trusted));
            }
        }
        var data = Files.createTempDirectory("servicepolicy-load");
        try (var app = ExampleApp.start(AppOptions.parse(new String[] {"--port", "0", "--data", data.toString()}),
                clock)) {
            LoadServer.seed(app.policy(), clock);
            var basic = "Basic " + Base64.getEncoder().encodeToString(
                    (LoadServer.READER + ":demo").getBytes(StandardCharsets.UTF_8));
            results.add(driver.run("example app as shipped (HTTP Basic, H2 file)", uri(app.port(), "/api/v1" + path),
                    Map.of("Authorization", basic)));
        } finally {
            try (var files = Files.walk(data)) {
                files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        print(options, results);
    }

    private static URI uri(int port, String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static void print(Options options, List<LoadDriver.Result> results) {
        System.out.printf(Locale.ROOT, "%d connections, %d s warm-up, %d s measured, %d cores%n%n",
                options.connections, options.warmup, options.seconds, Runtime.getRuntime().availableProcessors());
        System.out.println("| what | req/s | p50 ms | p99 ms | errors | ratio to the baseline |");
        System.out.println("|---|---|---|---|---|---|");
        double baseline = results.get(0).perSecond();
        for (var result : results) {
            System.out.printf(Locale.ROOT, "| %s | %,.0f | %.2f | %.2f | %d | %.2f |%n", result.name(),
                    result.perSecond(), result.p50Millis(), result.p99Millis(), result.errors(),
                    result.perSecond() / baseline);
        }
    }

    /** The command line. */
    private record Options(int connections, int warmup, int seconds, Optional<String> postgres, String postgresUser,
                           String postgresPassword) {
        static Options parse(String[] args) {
            int connections = 32;
            int warmup = 5;
            int seconds = 10;
            String postgres = "jdbc:postgresql://127.0.0.1:5432/test";
            String user = "postgres";
            String password = "";
            for (int i = 0; i + 1 < args.length; i += 2) {
                var value = args[i + 1];
                switch (args[i]) {
                    case "--connections" -> connections = Integer.parseInt(value);
                    case "--warmup" -> warmup = Integer.parseInt(value);
                    case "--seconds" -> seconds = Integer.parseInt(value);
                    case "--postgres" -> postgres = value;
                    case "--postgres-user" -> user = value;
                    case "--postgres-password" -> password = value;
                    default -> throw new IllegalArgumentException("unknown option " + args[i]);
                }
            }
            if (args.length % 2 != 0) {
                throw new IllegalArgumentException("option " + args[args.length - 1] + " needs a value");
            }
            return new Options(connections, warmup, seconds,
                    postgres.equals("none") ? Optional.empty() : Optional.of(postgres), user, password);
        }
    }
}
