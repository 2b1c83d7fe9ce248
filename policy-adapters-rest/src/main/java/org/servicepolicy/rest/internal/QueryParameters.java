package org.servicepolicy.rest.internal;

import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Query parameters, read by the adapter rather than by the runtime: a runtime answers a query
 * parameter it cannot convert with a bare 404, whereas the API answers 400 naming the
 * parameter. An absent parameter is left to the core, which says whether it is required.
 */
final class QueryParameters {
    private QueryParameters() {
    }

    /** {@code raw} as an ISO-8601 instant, or null when absent; a 400 problem naming {@code name} otherwise. */
    static Instant instant(String raw, String name) {
        if (raw == null) {
            return null;
        }
        try {
            return Instant.parse(raw);
        } catch (DateTimeParseException e) {
            throw ProblemException.malformedParameter(name, "must be an ISO-8601 instant such as "
                    + "2026-03-02T09:00:00Z, was '" + raw + "'");
        }
    }

    /** {@code raw} as a whole number, or null when absent; a 400 problem naming {@code name} otherwise. */
    static Long whole(String raw, String name) {
        if (raw == null) {
            return null;
        }
        try {
            return Long.parseLong(raw);
        } catch (NumberFormatException e) {
            throw ProblemException.malformedParameter(name, "must be a whole number, was '" + raw + "'");
        }
    }

    /** {@code raw} as a constant of {@code type}, empty when absent; a 400 problem naming {@code name} otherwise. */
    static <E extends Enum<E>> Optional<E> constant(String raw, String name, Class<E> type) {
        if (raw == null) {
            return Optional.empty();
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return Optional.of(constant);
            }
        }
        throw ProblemException.malformedParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ", "[", "]")) + ", was '" + raw + "'");
    }
}
