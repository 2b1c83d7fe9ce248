package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.function.Supplier;
import org.servicepolicy.idempotency.IdempotencyService;
import org.servicepolicy.idempotency.IdempotentResult;
import org.servicepolicy.kernel.Actor;

/**
 * Makes the creating POSTs idempotent under the caller's {@value #KEY_HEADER} header. Without
 * the header a request simply runs. With it, the first success's status, {@code Location} and
 * JSON body are stored with the key, in the transaction of the command, and a retry with the same
 * key, path and body answers them again, marked {@value #REPLAYED_HEADER}, without running the
 * command. The request is told apart by a SHA-256 fingerprint of its method, path and body; the
 * body as the resource read it, written back canonically (members in their declared order, map
 * entries by key, absent members left out), so that spacing and the order of map entries do not
 * matter.
 */
public final class IdempotentRequests {
    /** The request header that carries the caller's key. */
    public static final String KEY_HEADER = IdempotencyService.KEY_FIELD;
    /** The answer header that marks a replayed response. */
    public static final String REPLAYED_HEADER = "Idempotency-Replayed";

    private final IdempotencyService idempotency;
    private final ObjectMapper mapper;

    /** Stores and replays responses through {@code idempotency}, writing JSON with {@code mapper}. */
    public IdempotentRequests(IdempotencyService idempotency, ObjectMapper mapper) {
        this.idempotency = Objects.requireNonNull(idempotency, "idempotency");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    /**
     * The answer to a creating POST: {@code create}'s, or with a key the first one's.
     *
     * @param actor  the caller, whose keys these are
     * @param key    the {@value #KEY_HEADER} header, or null when the request has none
     * @param uri    the request's URI
     * @param body   the request body as read, or null when there is none
     * @param create runs the command and answers its created response: status, {@code Location}
     *               and entity
     */
    public Response create(Actor actor, String key, UriInfo uri, Object body, Supplier<Response> create) {
        if (key == null) {
            return create.get();
        }
        var operation = "POST /" + uri.getPath().replaceFirst("^/+", "");
        var fingerprint = sha256(operation + "\n" + canonical(body));
        var result = idempotency.run(actor, key, operation, fingerprint, () -> write(stored(create.get(), uri)));
        return answer(result, uri);
    }

    /**
     * The answer to a creating POST whose answer carries a secret that is never stored, such as a
     * tracking token: {@code create}'s, or with a key the first one's, kept and replayed as
     * {@code withoutSecret} makes it.
     *
     * @param withoutSecret the entity of {@code create}'s answer as it may be kept
     * @see #create(Actor, String, UriInfo, Object, Supplier)
     */
    public <T> Response createKeepingSecret(Actor actor, String key, UriInfo uri, Object body,
                                            Supplier<Response> create, Function<T, Object> withoutSecret,
                                            Class<T> entity) {
        if (key == null) {
            return create.get();
        }
        var operation = "POST /" + uri.getPath().replaceFirst("^/+", "");
        var fingerprint = sha256(operation + "\n" + canonical(body));
        var first = new AtomicReference<Response>();
        var result = idempotency.run(actor, key, operation, fingerprint, () -> {
            var created = create.get();
            first.set(created);
            return write(stored(created.getStatus(), created.getLocation(),
                    withoutSecret.apply(entity.cast(created.getEntity())), uri));
        });
        return result.replayed() ? answer(result, uri) : first.get();
    }

    private StoredResponse stored(Response response, UriInfo uri) {
        return stored(response.getStatus(), response.getLocation(), response.getEntity(), uri);
    }

    private StoredResponse stored(int status, URI location, Object entity, UriInfo uri) {
        return new StoredResponse(status, location == null ? null : uri.getBaseUri().relativize(location).toString(),
                write(entity));
    }

    private Response answer(IdempotentResult result, UriInfo uri) {
        var stored = read(result.response());
        var answer = Response.status(stored.status()).type(MediaType.APPLICATION_JSON_TYPE)
                .entity(JsonBytes.of(stored.body()));
        if (stored.location() != null) {
            // Stored relative to the API's base, so that a retry through another host name points at that host.
            answer.location(uri.getBaseUri().resolve(URI.create(stored.location())));
        }
        if (result.replayed()) {
            answer.header(REPLAYED_HEADER, "true");
        }
        return answer.build();
    }

    private String canonical(Object body) {
        try {
            return mapper.writer().with(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS).writeValueAsString(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the request body as JSON", e);
        }
    }

    private String write(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the response as JSON", e);
        }
    }

    private StoredResponse read(String stored) {
        try {
            return mapper.readValue(stored, StoredResponse.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a stored response is not the JSON this adapter writes", e);
        }
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /**
     * A response as stored with its key.
     *
     * @param status   the HTTP status
     * @param location the {@code Location}, relative to the API's base URI; null when none
     * @param body     the JSON body, exactly as first sent
     */
    record StoredResponse(int status, String location, String body) {
    }
}
