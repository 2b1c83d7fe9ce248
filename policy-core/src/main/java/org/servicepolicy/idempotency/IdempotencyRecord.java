package org.servicepolicy.idempotency;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * What one caller's idempotency key stands for: the request it was first sent with and, once
 * that request's command has succeeded, the response to give every retry.
 *
 * @param actor       the caller who chose the key; keys are kept per caller
 * @param key         the key, 1 to {@value #MAX_KEY_LENGTH} visible ASCII characters
 * @param operation   what the request asked for, as its adapter names it (e.g.
 *                    {@code POST /api/v1/violations})
 * @param fingerprint a digest of the request, telling a retry from another request that reuses the key
 * @param createdAt   when the key was first used
 * @param response    the first request's response, in the form its adapter replays it; empty while
 *                    that request's command is still running
 */
public record IdempotencyRecord(EmployeeId actor, String key, String operation, String fingerprint,
                                Instant createdAt, Optional<String> response) {
    /** The longest key accepted. */
    public static final int MAX_KEY_LENGTH = 255;

    /** Requires every part and a valid key, and a non-blank operation and fingerprint. */
    public IdempotencyRecord {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(response, "response");
        if (!isValidKey(key)) {
            throw new IllegalArgumentException("an idempotency key is 1-" + MAX_KEY_LENGTH
                    + " visible ASCII characters: " + key);
        }
        if (operation.isBlank() || fingerprint.isBlank()) {
            throw new IllegalArgumentException("an idempotency record names its operation and fingerprint");
        }
    }

    /** The record of a key whose first request has just started: no response yet. */
    public static IdempotencyRecord started(EmployeeId actor, String key, String operation, String fingerprint,
                                            Instant createdAt) {
        return new IdempotencyRecord(actor, key, operation, fingerprint, createdAt, Optional.empty());
    }

    /** This record holding {@code value} as the first request's response. */
    public IdempotencyRecord withResponse(String value) {
        return new IdempotencyRecord(actor, key, operation, fingerprint, createdAt,
                Optional.of(Objects.requireNonNull(value, "value")));
    }

    /** Whether {@code operation} and {@code fingerprint} describe the request this key was first used for. */
    public boolean isSameRequest(String otherOperation, String otherFingerprint) {
        return operation.equals(otherOperation) && fingerprint.equals(otherFingerprint);
    }

    /**
     * Whether {@code key} is 1 to {@value #MAX_KEY_LENGTH} visible ASCII characters ({@code !} to
     * {@code ~}): no spaces, which HTTP headers trim, and no control characters.
     */
    public static boolean isValidKey(String key) {
        return key != null && !key.isEmpty() && key.length() <= MAX_KEY_LENGTH
                && key.chars().allMatch(c -> c >= '!' && c <= '~');
    }
}
