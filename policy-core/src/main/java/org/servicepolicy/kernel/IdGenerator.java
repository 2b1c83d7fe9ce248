package org.servicepolicy.kernel;

import java.util.UUID;

/** Port: produces identifiers for new records. Tests inject a predictable sequence. */
@FunctionalInterface
public interface IdGenerator {
    /** A new identifier, unique among those this generator produced. */
    String next();

    /** Random UUIDs: the default outside tests. */
    static IdGenerator randomUuids() {
        return () -> UUID.randomUUID().toString();
    }
}
