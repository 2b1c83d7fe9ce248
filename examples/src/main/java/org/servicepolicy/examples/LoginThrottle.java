package org.servicepolicy.examples;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.Optional;

/**
 * Slows password guessing down: failed logins are counted per account name and per client
 * address, and past a number of free failures each further one locks the name (or the address)
 * out for a while, twice as long as the time before, up to a longest lockout. While locked, a
 * login is refused without its password being checked, so guessing costs the server nothing.
 * Names that are no account are counted exactly like accounts, so the refusals tell no one which
 * names exist.
 *
 * <ul>
 *   <li>An account name: {@link #PER_ACCOUNT}, 5 free failures, then 30 s, 60 s, 120 s, ... up
 *       to 15 min; a successful login forgets its failures.</li>
 *   <li>A client address: {@link #PER_ADDRESS}, 20 free failures (several people may share an
 *       address), then the same lockouts; a success does not forget them, or one valid account
 *       would let its holder guess the others' passwords freely.</li>
 * </ul>
 * Failures are forgotten an hour after the last one. Memory is bounded: at most
 * {@value #CAPACITY} names and {@value #CAPACITY} addresses are remembered, the least recently
 * seen forgotten first, and a name by its first {@value #NAME_LENGTH} characters only, so a flood
 * of random or huge names or addresses cannot grow it. All times come from the clock given.
 */
public final class LoginThrottle {
    /** How many names, and how many addresses, are remembered at most. */
    public static final int CAPACITY = 10_000;

    /** How many characters of a name are remembered; no account has a longer name. */
    public static final int NAME_LENGTH = 128;

    /** The limits of failures per account name. */
    public static final Limits PER_ACCOUNT = new Limits(5, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1), CAPACITY);

    /** The limits of failures per client address. */
    public static final Limits PER_ADDRESS = new Limits(20, Duration.ofSeconds(30), Duration.ofMinutes(15),
            Duration.ofHours(1), CAPACITY);

    /**
     * How many failures are tolerated, and what follows.
     *
     * @param freeFailures   failures in a row before the first lockout
     * @param firstLockout   the lockout after the last free failure; each failure after it doubles it
     * @param longestLockout the most a lockout lasts
     * @param memory         failures are forgotten this long after the last one
     * @param capacity       how many names or addresses are remembered at most
     */
    public record Limits(int freeFailures, Duration firstLockout, Duration longestLockout, Duration memory,
                         int capacity) {
        /** Checks the limits make sense. */
        public Limits {
            if (freeFailures < 1 || capacity < 1) {
                throw new IllegalArgumentException("free failures and capacity must be positive");
            }
            if (firstLockout.isNegative() || firstLockout.isZero() || longestLockout.compareTo(firstLockout) < 0) {
                throw new IllegalArgumentException("the first lockout must be positive and at most the longest");
            }
            if (memory.compareTo(longestLockout) < 0) {
                throw new IllegalArgumentException("failures must be remembered at least as long as a lockout lasts");
            }
        }

        /** The lockout after {@code failures} failures in a row, zero while they are free. */
        Duration lockoutAfter(int failures) {
            if (failures < freeFailures) {
                return Duration.ZERO;
            }
            int doublings = failures - freeFailures;
            // Doubling stops at 2^20 times the first lockout, past any longest lockout and short of overflow.
            var lockout = firstLockout.multipliedBy(1L << Math.min(doublings, 20));
            return lockout.compareTo(longestLockout) > 0 ? longestLockout : lockout;
        }
    }

    private final Clock clock;
    private final Failures accounts;
    private final Failures addresses;

    /** A throttle with the standard limits, on {@code clock}. */
    public LoginThrottle(Clock clock) {
        this(clock, PER_ACCOUNT, PER_ADDRESS);
    }

    /** A throttle with these limits, on {@code clock}. */
    public LoginThrottle(Clock clock, Limits perAccount, Limits perAddress) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.accounts = new Failures(perAccount);
        this.addresses = new Failures(perAddress);
    }

    /**
     * How long a login to {@code username} from {@code address} must still wait, when either is
     * locked out now; empty when it may be tried.
     */
    public Optional<Duration> lockedOut(String username, String address) {
        var now = clock.instant();
        var wait = max(accounts.lockedFor(nameKey(username), now), addresses.lockedFor(address, now));
        return wait.isZero() ? Optional.empty() : Optional.of(wait);
    }

    /** Counts a failed login to {@code username} from {@code address}. */
    public void failed(String username, String address) {
        var now = clock.instant();
        accounts.failed(nameKey(username), now);
        addresses.failed(address, now);
    }

    /** Forgets the failures of {@code username}, who just logged in. */
    public void succeeded(String username) {
        accounts.forget(nameKey(username));
    }

    /** How many names and addresses are remembered now. */
    public int remembered() {
        return accounts.size() + addresses.size();
    }

    private static String nameKey(String username) {
        return username.length() > NAME_LENGTH ? username.substring(0, NAME_LENGTH) : username;
    }

    private static Duration max(Duration a, Duration b) {
        return a.compareTo(b) >= 0 ? a : b;
    }

    /** The failures of one kind of key, least recently failing first. */
    private static final class Failures {
        private final Limits limits;
        private final LinkedHashMap<String, Tally> tallies = new LinkedHashMap<>(16, 0.75f, true);

        Failures(Limits limits) {
            this.limits = limits;
        }

        synchronized Duration lockedFor(String key, Instant now) {
            var tally = tallies.get(key);
            if (tally == null || !tally.lockedUntil.isAfter(now)) {
                return Duration.ZERO;
            }
            return Duration.between(now, tally.lockedUntil);
        }

        synchronized void failed(String key, Instant now) {
            var tally = tallies.get(key);
            if (tally == null || !tally.last.plus(limits.memory()).isAfter(now)) {
                tally = new Tally();
                tallies.put(key, tally);
            }
            tally.failures++;
            tally.last = now;
            tally.lockedUntil = now.plus(limits.lockoutAfter(tally.failures));
            var eldest = tallies.keySet().iterator();
            while (tallies.size() > limits.capacity()) {
                eldest.next();
                eldest.remove();
            }
        }

        synchronized void forget(String key) {
            tallies.remove(key);
        }

        synchronized int size() {
            return tallies.size();
        }
    }

    /** The failures in a row of one name or address. */
    private static final class Tally {
        private int failures;
        private Instant last = Instant.MIN;
        private Instant lockedUntil = Instant.MIN;
    }
}
