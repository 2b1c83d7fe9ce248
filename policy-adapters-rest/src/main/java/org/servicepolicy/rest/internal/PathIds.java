package org.servicepolicy.rest.internal;

import java.util.function.Function;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.NotFoundException;

/** Identifiers from the path: one that is not even well formed names nothing, so it is not found. */
final class PathIds {
    private PathIds() {
    }

    /** {@code raw} as an id made by {@code of}, or a {@link NotFoundException} for {@code kind}. */
    static <T> T parse(String raw, String kind, Function<String, T> of) {
        if (!Ids.isValid(raw)) {
            throw new NotFoundException(kind, raw);
        }
        return of.apply(raw);
    }
}
