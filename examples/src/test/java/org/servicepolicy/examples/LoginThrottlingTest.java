package org.servicepolicy.examples;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.servicepolicy.testkit.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Password guessing against the example app over HTTP: failed logins lock the account name and
 * the client address out for longer and longer, answered 429 with {@code Retry-After}; unknown
 * names are treated exactly like accounts. The app's clock is moved by hand.
 */
class LoginThrottlingTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));

    @TempDir
    Path data;

    private ExampleApp start() throws IOException {
        return ExampleApp.start(AppOptions.parse("--port", "0", "--data", data.toString()), clock);
    }

    @Test
    void fiveWrongPasswordsLockTheAccountOutUntilTheLockoutPasses() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            for (int i = 0; i < 5; i++) {
                assertThat(http.get("staff:guess-" + i, "/me").status()).isEqualTo(401);
            }

            var locked = http.get("staff:demo", "/me");

            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.contentType()).isEqualTo("application/problem+json");
            assertThat(locked.body().path("type").asText()).isEqualTo(BasicAuthentication.TOO_MANY_FAILED_LOGINS);
            assertThat(locked.body().path("status").asInt()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(locked.headers().firstValue("Cache-Control")).hasValue("no-store");
            clock.advance(Duration.ofSeconds(29));
            assertThat(http.get("staff:demo", "/me").headers().firstValue("Retry-After")).hasValue("1");
            clock.advance(Duration.ofSeconds(1));
            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(200);
        }
    }

    /** The example app: a password verified lately does not get past a lockout. */
    @Test
    void aCachedPasswordIsLockedOutLikeAnyOther() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(200);
            for (int i = 0; i < 5; i++) {
                assertThat(http.get("staff:guess-" + i, "/me").status()).isEqualTo(401);
            }

            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(429);
            clock.advance(Duration.ofSeconds(30));
            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(200);
        }
    }

    @Test
    void everyFailureAfterALockoutDoublesIt() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            for (int i = 0; i < 5; i++) {
                http.get("staff:guess-" + i, "/me");
            }
            clock.advance(Duration.ofSeconds(30));

            assertThat(http.get("staff:guess-5", "/me").status()).isEqualTo(401);
            assertThat(http.get("staff:demo", "/me").headers().firstValue("Retry-After")).hasValue("60");
            clock.advance(Duration.ofSeconds(60));
            assertThat(http.get("staff:guess-6", "/me").status()).isEqualTo(401);
            assertThat(http.get("staff:demo", "/me").headers().firstValue("Retry-After")).hasValue("120");
        }
    }

    @Test
    void anUnknownNameIsLockedOutExactlyLikeAnAccount() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());

            var account = attempts(http, "staff");
            var unknown = attempts(http, "nobody");

            assertThat(unknown).isEqualTo(account)
                    .containsExactly("401", "401", "401", "401", "401", "429 30", "429 30");
        }
    }

    @Test
    void aSuccessfulLoginForgetsTheAccountsFailures() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            for (int i = 0; i < 4; i++) {
                http.get("staff:guess-" + i, "/me");
            }

            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(200);
            for (int i = 0; i < 4; i++) {
                assertThat(http.get("staff:guess-" + i, "/me").status()).isEqualTo(401);
            }
            assertThat(http.get("staff:demo", "/me").status()).isEqualTo(200);
        }
    }

    @Test
    void oneAddressGuessingAcrossManyNamesIsLockedOutAndNoOtherAddress() throws IOException {
        try (var app = start()) {
            var http = new Http(app.port());
            for (int i = 0; i < 20; i++) {
                assertThat(http.get("name-" + i + ":guess", "/me").status()).isEqualTo(401);
            }

            var locked = http.get("hr:demo", "/me");

            assertThat(locked.status()).isEqualTo(429);
            assertThat(locked.headers().firstValue("Retry-After")).hasValue("30");
            assertThat(statusFrom("127.0.0.2", app.port(), "hr:demo")).isEqualTo(200);
        }
    }

    /** Seven logins with wrong passwords for {@code name}: each answer's status and Retry-After. */
    private static List<String> attempts(Http http, String name) {
        var answers = new ArrayList<String>();
        for (int i = 0; i < 7; i++) {
            var answer = http.get(name + ":guess-" + i, "/me");
            answers.add(answer.status() + answer.headers().firstValue("Retry-After").map(s -> " " + s).orElse(""));
        }
        return answers;
    }

    /** The status of GET /me with {@code credentials}, sent from the local address {@code from}. */
    private static int statusFrom(String from, int port, String credentials) throws IOException {
        try (var socket = new Socket()) {
            socket.bind(new InetSocketAddress(from, 0));
            socket.connect(new InetSocketAddress("127.0.0.1", port), 10_000);
            socket.setSoTimeout(10_000);
            var basic = Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
            socket.getOutputStream().write(("GET /api/v1/me HTTP/1.1\r\nHost: 127.0.0.1:" + port
                    + "\r\nAuthorization: Basic " + basic + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            var statusLine = new BufferedReader(new InputStreamReader(socket.getInputStream(),
                    StandardCharsets.US_ASCII)).readLine();
            return Integer.parseInt(statusLine.split(" ")[1]);
        }
    }
}
