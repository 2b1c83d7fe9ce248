package org.servicepolicy.rest;

import java.net.URI;

/**
 * The kinds of error the API reports as RFC 9457 {@code application/problem+json}. Each has a
 * stable {@code type} URI, a title and the HTTP status it is sent with.
 *
 * <p>Input that cannot be bound to a request body (malformed JSON, an unknown field, a value of
 * the wrong JSON type, an enum constant that does not exist, nesting too deep, a missing body)
 * or a query parameter that cannot be read as its type is {@link #MALFORMED_REQUEST} (400);
 * input that binds but breaks a rule of the request or of the core's validation is
 * {@link #INVALID_INPUT} (422), and so is JSON beyond the adapter's bounds (a number too large
 * or too precise, text with U+0000 or a lone surrogate, text, arrays or objects too long).
 * Both list the fields or parameters at fault in {@code errors}. A body larger than the
 * feature's limit is {@link #REQUEST_TOO_LARGE} (413); a body that is not JSON
 * {@link #UNSUPPORTED_MEDIA_TYPE} (415), and an {@code Accept} header that JSON does not meet
 * {@link #NOT_ACCEPTABLE} (406), both naming the header in {@code errors}.
 */
public enum ProblemType {
    /**
     * 400: the body is not valid JSON, has an unknown field or a value of the wrong type, or is
     * missing; or a query parameter cannot be read.
     */
    MALFORMED_REQUEST("malformed-request", 400, "Malformed request"),
    /** 401: no authenticated principal. */
    UNAUTHENTICATED("unauthenticated", 401, "Authentication required"),
    /** 403: the caller's roles do not allow the request. */
    ACCESS_DENIED("access-denied", 403, "Access denied"),
    /** 404: the record named does not exist. */
    NOT_FOUND("not-found", 404, "Not found"),
    /** 406: the {@code Accept} header admits no JSON answer. */
    NOT_ACCEPTABLE("not-acceptable", 406, "Not acceptable"),
    /** 409: the record changed since it was read. */
    STALE_VERSION("stale-version", 409, "Stale version"),
    /** 409: a record with that identifier exists already. */
    DUPLICATE("duplicate", 409, "Duplicate"),
    /** 409: the lifecycle does not allow the transition from the current state. */
    ILLEGAL_TRANSITION("illegal-transition", 409, "Illegal transition"),
    /** 413: the body is larger than the API accepts; nothing of it was read beyond the limit. */
    REQUEST_TOO_LARGE("request-too-large", 413, "Request body too large"),
    /** 415: the body is not sent as {@code application/json}. */
    UNSUPPORTED_MEDIA_TYPE("unsupported-media-type", 415, "Unsupported media type"),
    /**
     * 429: too many requests from this client address to the public feedback endpoints; the
     * {@code Retry-After} header says in how many seconds to try again.
     */
    TOO_MANY_REQUESTS("too-many-requests", 429, "Too many requests"),
    /** 422: the input is well formed but invalid; {@code errors} lists every problem. */
    INVALID_INPUT("invalid-input", 422, "Invalid input"),
    /** 422: the policy forbids the command; {@code clause}, {@code rule} and {@code field} say why. */
    POLICY_REFUSAL("policy-refusal", 422, "Refused by the policy"),
    /** 500: the storage failed; nothing was changed. */
    STORAGE_FAILURE("storage-failure", 500, "Storage failure"),
    /** 500: an unexpected failure; nothing about it is disclosed beyond this. */
    INTERNAL_ERROR("internal-error", 500, "Internal error");

    /** The prefix of every problem type URI. */
    public static final String BASE = "https://servicepolicy.org/problems/";

    private final String code;
    private final int status;
    private final String title;

    ProblemType(String code, int status, String title) {
        this.code = code;
        this.status = status;
        this.title = title;
    }

    /** The problem's {@code type}, e.g. {@code https://servicepolicy.org/problems/invalid-input}. */
    public URI uri() {
        return URI.create(BASE + code);
    }

    /** The last segment of the type URI, the same as the core error's {@code code()}. */
    public String code() {
        return code;
    }

    /** The HTTP status. */
    public int status() {
        return status;
    }

    /** A short summary that does not change between occurrences. */
    public String title() {
        return title;
    }

    /** The type whose {@link #code()} is {@code code}. */
    public static ProblemType ofCode(String code) {
        for (var type : values()) {
            if (type.code.equals(code)) {
                return type;
            }
        }
        throw new IllegalArgumentException("no problem type " + code);
    }
}
