package org.servicepolicy.examples;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicepolicy.testkit.MutableClock;
import static org.assertj.core.api.Assertions.assertThat;

/** The arithmetic and the memory of the login throttle, without HTTP. */
class LoginThrottleTest {
    private final MutableClock clock = new MutableClock(Instant.parse("2026-11-25T10:00:00Z"));
    private final LoginThrottle throttle = new LoginThrottle(clock);

    @Test
    void lockoutsDoubleAfterTheFreeFailuresUpToTheLongest() {
        var limits = LoginThrottle.PER_ACCOUNT;

        assertThat(limits.lockoutAfter(4)).isZero();
        assertThat(limits.lockoutAfter(5)).isEqualTo(Duration.ofSeconds(30));
        assertThat(limits.lockoutAfter(6)).isEqualTo(Duration.ofSeconds(60));
        assertThat(limits.lockoutAfter(8)).isEqualTo(Duration.ofSeconds(240));
        assertThat(limits.lockoutAfter(10)).isEqualTo(Duration.ofMinutes(15));
        assertThat(limits.lockoutAfter(Integer.MAX_VALUE)).isEqualTo(Duration.ofMinutes(15));
    }

    @Test
    void failuresAreForgottenAnHourAfterTheLast() {
        for (int i = 0; i < 4; i++) {
            throttle.failed("staff", "192.0.2.1");
        }
        clock.advance(Duration.ofHours(1));
        throttle.failed("staff", "192.0.2.1");

        assertThat(throttle.lockedOut("staff", "192.0.2.1")).isEmpty();
    }

    @Test
    void aFloodOfRandomNamesAndAddressesIsRememberedWithinTheCapacity() {
        for (int i = 0; i < 3 * LoginThrottle.CAPACITY; i++) {
            throttle.failed("guess-" + i + "-" + "x".repeat(1000), "10." + (i >> 16 & 255) + "." + (i >> 8 & 255)
                    + "." + (i & 255));
        }

        assertThat(throttle.remembered()).isEqualTo(2 * LoginThrottle.CAPACITY);
    }

    @Test
    void namesAreRememberedByTheirFirstCharactersOnly() {
        var prefix = "n".repeat(LoginThrottle.NAME_LENGTH);
        for (int i = 0; i < 5; i++) {
            throttle.failed(prefix + i, "192.0.2." + i);
        }

        assertThat(throttle.lockedOut(prefix + "anything", "198.51.100.1")).hasValue(Duration.ofSeconds(30));
    }
}
