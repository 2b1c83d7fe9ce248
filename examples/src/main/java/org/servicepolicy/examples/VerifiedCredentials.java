package org.servicepolicy.examples;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The credentials verified lately, so that HTTP Basic, which sends the password with every
 * request, derives PBKDF2 once per {@link #DEFAULT_TIME_TO_LIVE} instead of once per request.
 *
 * <p>An entry is keyed by HMAC-SHA256, under a random key made when the app starts and never
 * stored, of the user name, the password and the account's stored hash: no password, nor anything
 * that can be checked against a guess without that key, is kept. An entry answers only while it is
 * younger than its time to live and the account is still the one it was verified against: a
 * changed password (a new stored hash) or a removed account misses, and {@link #forget} drops a
 * name's entries at once. At most {@link #DEFAULT_CAPACITY} entries are kept, the least recently
 * used dropped first. Times come from the clock given.
 */
public final class VerifiedCredentials {
    /** How long a verified password is trusted without deriving it again: five minutes. */
    public static final Duration DEFAULT_TIME_TO_LIVE = Duration.ofMinutes(5);
    /** How many verified credentials are kept at most. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private static final String MAC = "HmacSHA256";

    private final Clock clock;
    private final Duration timeToLive;
    private final int capacity;
    private final SecretKeySpec key;
    private final Map<String, Entry> entries;

    /** An entry: the account a credential was verified against, until when it is trusted. */
    private record Entry(Accounts.Account account, Instant expires) {
    }

    /** The default cache: {@link #DEFAULT_TIME_TO_LIVE}, {@link #DEFAULT_CAPACITY} entries. */
    public VerifiedCredentials(Clock clock) {
        this(clock, DEFAULT_TIME_TO_LIVE, DEFAULT_CAPACITY);
    }

    /** A cache trusting a verified credential for {@code timeToLive}, keeping at most {@code capacity}. */
    public VerifiedCredentials(Clock clock, Duration timeToLive, int capacity) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timeToLive = Objects.requireNonNull(timeToLive, "timeToLive");
        if (timeToLive.isNegative() || timeToLive.isZero() || capacity < 1) {
            throw new IllegalArgumentException("the time to live and the capacity must be positive");
        }
        this.capacity = capacity;
        var secret = new byte[32];
        new SecureRandom().nextBytes(secret);
        this.key = new SecretKeySpec(secret, MAC);
        this.entries = new LinkedHashMap<>(16, 0.75f, true);
    }

    /**
     * The account {@code password} was verified against lately, when it is still {@code account}
     * and the entry is younger than its time to live.
     */
    Optional<Accounts.Account> verified(String username, char[] password, Accounts.Account account) {
        var id = id(username, password, account);
        var now = clock.instant();
        synchronized (entries) {
            var entry = entries.get(id);
            if (entry == null) {
                return Optional.empty();
            }
            if (!now.isBefore(entry.expires()) || !entry.account().equals(account)) {
                entries.remove(id);
                return Optional.empty();
            }
            return Optional.of(entry.account());
        }
    }

    /** Notes that {@code password} was verified against {@code account}'s stored hash just now. */
    void remember(String username, char[] password, Accounts.Account account) {
        var id = id(username, password, account);
        var expires = clock.instant().plus(timeToLive);
        synchronized (entries) {
            entries.put(id, new Entry(account, expires));
            var oldest = entries.keySet().iterator();
            while (entries.size() > capacity) {
                oldest.next();
                oldest.remove();
            }
        }
    }

    /** Drops every credential verified for {@code username}: its password changed or its account went. */
    public void forget(String username) {
        synchronized (entries) {
            entries.values().removeIf(e -> e.account().username().equals(username));
        }
    }

    /** How many credentials are kept. */
    public int size() {
        synchronized (entries) {
            return entries.size();
        }
    }

    /** The HMAC of the name, password and stored hash, each prefixed by its length so that no two inputs meet. */
    private String id(String username, char[] password, Accounts.Account account) {
        var encoded = StandardCharsets.UTF_8.encode(CharBuffer.wrap(password));
        var secret = new byte[encoded.remaining()];
        encoded.get(secret);
        Arrays.fill(encoded.array(), (byte) 0);
        try {
            var mac = Mac.getInstance(MAC);
            mac.init(key);
            update(mac, username.getBytes(StandardCharsets.UTF_8));
            update(mac, secret);
            update(mac, account.passwordHash().getBytes(StandardCharsets.UTF_8));
            return Base64.getEncoder().encodeToString(mac.doFinal());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every Java 17 runtime", e);
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }

    private static void update(Mac mac, byte[] part) {
        mac.update(ByteBuffer.allocate(Integer.BYTES).putInt(part.length).array());
        mac.update(part);
    }
}
