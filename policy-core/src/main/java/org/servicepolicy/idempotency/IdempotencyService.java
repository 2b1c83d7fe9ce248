package org.servicepolicy.idempotency;

import java.time.Clock;
import java.util.Objects;
import java.util.function.Supplier;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Transactions;

/**
 * Runs a command at most once per caller and key: a retry with the same key and request answers
 * with the first success's stored response instead of running the command again.
 *
 * <p>The key is claimed before the command runs, and the claim, the command's writes and its
 * response are one transaction (the command's own transaction joins it): a command that fails
 * leaves no key behind, so a retry runs it afresh, and of two requests that send the same key at
 * the same moment only one runs the command. Keys are kept per caller, until the application
 * deletes them; this version lets none expire.
 */
public final class IdempotencyService {
    /**
     * The name under which key problems are reported: the HTTP header that carries the key
     * (draft-ietf-httpapi-idempotency-key-header).
     */
    public static final String KEY_FIELD = "Idempotency-Key";

    private final IdempotencyRecords records;
    private final Transactions transactions;
    private final Clock clock;

    /** Wires the service to its ports. */
    public IdempotencyService(IdempotencyRecords records, Transactions transactions, Clock clock) {
        this.records = Objects.requireNonNull(records, "records");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /**
     * Runs {@code command} for {@code actor} under {@code key}, or replays its first response.
     *
     * @param actor       the caller; keys of different callers never meet
     * @param key         the caller's key for this request
     * @param operation   what the request asks for (e.g. {@code POST /api/v1/violations})
     * @param fingerprint a digest of the request, equal for a retry and different for another request
     * @param command     the command; what it returns is stored as the response every retry gets
     * @return the response, marked replayed when the command did not run
     * @throws InvalidInputException on {@value #KEY_FIELD} when the key is not 1-255 visible ASCII
     *                               characters, or was used for another operation or request
     * @throws ConflictException     ({@code duplicate}) when another request with this key is
     *                               running, or finished after this one looked; a retry then gets
     *                               that request's response
     */
    public IdempotentResult run(Actor actor, String key, String operation, String fingerprint,
                                Supplier<String> command) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(operation, "operation");
        Objects.requireNonNull(fingerprint, "fingerprint");
        Objects.requireNonNull(command, "command");
        if (!IdempotencyRecord.isValidKey(key)) {
            throw InvalidInputException.of(KEY_FIELD, "must be 1-" + IdempotencyRecord.MAX_KEY_LENGTH
                    + " visible ASCII characters (no spaces)");
        }
        return transactions.inTransaction(() -> {
            var previous = records.find(actor.id(), key);
            if (previous.isPresent()) {
                return replay(previous.get(), operation, fingerprint);
            }
            records.add(IdempotencyRecord.started(actor.id(), key, operation, fingerprint, clock.instant()));
            var response = Objects.requireNonNull(command.get(), "the command's response");
            records.complete(actor.id(), key, response);
            return new IdempotentResult(response, false);
        });
    }

    private static IdempotentResult replay(IdempotencyRecord previous, String operation, String fingerprint) {
        if (!previous.isSameRequest(operation, fingerprint)) {
            throw InvalidInputException.of(KEY_FIELD,
                    "was used for a different request; send a new key with a new request");
        }
        // A record without a response is seen only by the transaction that claimed it: a command reusing its own key.
        var response = previous.response()
                .orElseThrow(() -> ConflictException.duplicate("idempotency key", previous.key()));
        return new IdempotentResult(response, true);
    }
}
