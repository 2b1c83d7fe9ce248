package org.servicepolicy.examples;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** Logging in tells no one which names are accounts, not even by how long a refusal takes. */
class AccountsTest {
    private static final int ROUNDS = 7;

    private final Accounts accounts = Accounts.demo(new PasswordHasher(), new VerifiedCredentials(
            Clock.fixed(Instant.parse("2026-11-25T10:00:00Z"), ZoneOffset.UTC)));

    @Test
    void theRightPasswordLogsInAndAWrongOneDoesNot() {
        assertThat(accounts.authenticate("staff", "demo".toCharArray())).hasValue("staff");
        assertThat(accounts.authenticate("staff", "guess".toCharArray())).isEmpty();
        assertThat(accounts.authenticate("nobody", "demo".toCharArray())).isEmpty();
    }

    @Test
    void anUnknownNameCostsAsMuchAsAWrongPassword() {
        var known = new long[ROUNDS];
        var unknown = new long[ROUNDS];
        // Interleaved, so that whatever else the machine does weighs on both alike.
        for (int i = 0; i < ROUNDS; i++) {
            known[i] = nanosToRefuse("staff");
            unknown[i] = nanosToRefuse("nobody-" + i);
        }

        // A skipped hash would take a thousandth of the time; half is far beyond any noise.
        assertThat(median(unknown)).isGreaterThan(median(known) / 2);
    }

    private long nanosToRefuse(String username) {
        long started = System.nanoTime();
        assertThat(accounts.authenticate(username, "guess".toCharArray())).isEmpty();
        return System.nanoTime() - started;
    }

    private static long median(long[] values) {
        var sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
