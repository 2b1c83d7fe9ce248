package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.testkit.MutableClock;

/**
 * The example app: a password is derived once, then trusted for a few minutes, for
 * that account only, without weakening the checks of a login.
 */
class VerifiedCredentialsTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final PasswordHasher hasher = new PasswordHasher();
    private final VerifiedCredentials verified = new VerifiedCredentials(clock, Duration.ofMinutes(5), 3);
    private final Accounts accounts = Accounts.demo(hasher, verified);

    @Test
    @DisplayName("the example app: a verified password answers again without deriving PBKDF2")
    void aVerifiedPasswordAnswersAtOnce() {
        long first = nanosToLogIn("staff", "demo");
        long again = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            again = Math.min(again, nanosToLogIn("staff", "demo"));
        }

        assertThat(verified.size()).isEqualTo(1);
        // PBKDF2 of 210,000 iterations takes tens of milliseconds; an HMAC and a map, microseconds.
        assertThat(again).isLessThan(first / 20);
    }

    @Test
    @DisplayName("the example app: a wrong password or an unknown name is never trusted")
    void onlyVerifiedCredentialsAreKept() {
        assertThat(accounts.authenticate("staff", "demo".toCharArray())).hasValue("staff");

        assertThat(accounts.authenticate("staff", "guess".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("staff", "demo ".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("nobody", "demo".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("colleague", "demo".toCharArray())).hasValue("colleague");
        assertThat(verified.size()).isEqualTo(2);
    }

    @Test
    @DisplayName("the example app: a verified password is trusted for its time to live, then derived again")
    void aVerifiedPasswordExpires() {
        var account = new Accounts.Account("staff", "staff", "pbkdf2-sha256$210000$c2FsdA==$aGFzaA==");
        verified.remember("staff", "demo".toCharArray(), account);

        clock.advance(Duration.ofMinutes(5).minusSeconds(1));
        assertThat(verified.verified("staff", "demo".toCharArray(), account)).hasValue(account);
        assertThat(verified.verified("staff", "demo!".toCharArray(), account)).isEmpty();
        clock.advance(Duration.ofSeconds(1));
        assertThat(verified.verified("staff", "demo".toCharArray(), account)).isEmpty();
        assertThat(verified.size()).isZero();
    }

    @Test
    @DisplayName("the example app: a changed password or a removed account revokes what was verified")
    void changingOrRemovingAnAccountRevokesItsVerifiedPasswords() {
        accounts.authenticate("staff", "demo".toCharArray());
        accounts.authenticate("manager", "demo".toCharArray());

        accounts.put(new Accounts.Account("staff", "staff", hasher.hash("new secret".toCharArray())));
        accounts.remove("manager");

        assertThat(accounts.authenticate("staff", "demo".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("manager", "demo".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("staff", "new secret".toCharArray())).hasValue("staff");
        assertThat(verified.size()).isEqualTo(1);
    }

    @Test
    @DisplayName("the example app: the verified credentials kept are bounded, the least recently used going first")
    void theCacheIsBounded() {
        for (var name : new String[] {"hr", "hr2", "manager", "staff"}) {
            accounts.authenticate(name, "demo".toCharArray());
        }

        assertThat(verified.size()).isEqualTo(3);
    }

    private long nanosToLogIn(String username, String password) {
        long started = System.nanoTime();
        assertThat(accounts.authenticate(username, password.toCharArray())).isPresent();
        return System.nanoTime() - started;
    }
}
