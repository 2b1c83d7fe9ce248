package org.servicepolicy.examples.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.ServicePolicy;

/**
 * Reads: the load run compares like with like, and its driver counts what it sends.
 */
class LoadRunTest {
    private final LoadDatabase database = LoadDatabase.h2();
    private final ServicePolicy policy = LoadServer.seededPolicy(database.dataSource(), Clock.systemUTC());
    private final LoadServer api = LoadServer.feature(policy);
    private final LoadServer bare = LoadServer.bare(Map.of(LoadServer.EMPLOYEE, LoadServer.penalties(policy)));

    @AfterEach
    void stop() {
        bare.close();
        api.close();
        database.close();
    }

    @Test
    @DisplayName("the baseline answers the very JSON the API answers")
    void theBaselineAnswersTheSameJson() throws IOException, InterruptedException {
        var http = HttpClient.newHttpClient();
        var fromApi = http.send(HttpRequest.newBuilder(uri(api, "/api/v1/employees/staff/penalties"))
                .header(TrustedPrincipal.HEADER, LoadServer.READER).build(), HttpResponse.BodyHandlers.ofString());
        var fromBare = http.send(HttpRequest.newBuilder(uri(bare, "/bare/employees/staff/penalties")).build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(fromApi.statusCode()).isEqualTo(200);
        assertThat(fromApi.body()).contains("\"step\":\"WARNING\"").contains("\"history\"");
        assertThat(fromBare.body()).isEqualTo(fromApi.body());
    }

    @Test
    @DisplayName("the driver tells the machine's CPU per request where the machine keeps count, and nothing elsewhere")
    void theDriverTellsTheCpuPerRequest() {
        var driver = new LoadDriver(2, Duration.ofMillis(100), Duration.ofMillis(500));

        var answered = driver.run("bare", uri(bare, "/bare/employees/staff/penalties"), Map.of());

        assertThat(answered.cpuMicros().isPresent()).isEqualTo(Files.isReadable(Path.of("/proc/stat")));
        answered.cpuMicros().ifPresent(micros -> assertThat(micros).isPositive().isLessThan(1e6));
    }

    @Test
    @DisplayName("the driver counts answered requests, and other answers as errors")
    void theDriverCountsAnswersAndErrors() {
        var driver = new LoadDriver(2, Duration.ZERO, Duration.ofMillis(500));

        var answered = driver.run("bare", uri(bare, "/bare/employees/staff/penalties"), Map.of());
        var refused = driver.run("anonymous", uri(api, "/api/v1/employees/staff/penalties"), Map.of());

        assertThat(answered.requests()).isPositive();
        assertThat(answered.errors()).isZero();
        assertThat(answered.p99Millis()).isGreaterThanOrEqualTo(answered.p50Millis()).isPositive();
        assertThat(refused.requests()).isZero();
        assertThat(refused.errors()).isPositive();
    }

    private static URI uri(LoadServer server, String path) {
        return URI.create("http://127.0.0.1:" + server.port() + path);
    }
}
