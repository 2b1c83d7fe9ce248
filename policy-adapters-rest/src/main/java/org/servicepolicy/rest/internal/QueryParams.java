package org.servicepolicy.rest.internal;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Query parameters, read by hand rather than by the runtime: the runtime answers a value it
 * cannot convert with a bare 404, where the caller needs a problem naming the parameter.
 */
final class QueryParams {
    private QueryParams() {
    }

    /**
     * {@code raw}, which must be given.
     *
     * @throws ProblemException (400) when it is missing or blank
     */
    static String required(String raw, String name) {
        if (raw == null || raw.isBlank()) {
            throw ProblemException.badQueryParameter(name, "is required");
        }
        return raw;
    }

    /**
     * {@code raw} as a constant of {@code type}, or empty when it is not given.
     *
     * @throws ProblemException (400) naming the allowed values when {@code raw} is none of them
     */
    static <E extends Enum<E>> Optional<E> constant(String raw, String name, Class<E> type) {
        if (raw == null) {
            return Optional.empty();
        }
        for (var constant : type.getEnumConstants()) {
            if (constant.name().equals(raw)) {
                return Optional.of(constant);
            }
        }
        throw ProblemException.badQueryParameter(name, "must be one of " + Arrays.stream(type.getEnumConstants())
                .map(Enum::name).collect(Collectors.joining(", ", "[", "]")) + ", was '" + raw + "'");
    }
}
