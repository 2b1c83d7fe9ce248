package org.servicepolicy.rest.internal;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * An answer already written as JSON by the adapter. Every answer of the API takes this form
 * before the runtime chooses a writer, so that no JSON provider or {@code ObjectMapper} of the
 * host can change what the API sends (see {@link JsonBytesWriter}).
 */
public final class JsonBytes {
    private final byte[] bytes;

    JsonBytes(byte[] bytes) {
        this.bytes = Objects.requireNonNull(bytes, "bytes");
    }

    /** JSON the adapter wrote earlier and kept as text, such as a stored answer. */
    static JsonBytes of(String json) {
        return new JsonBytes(json.getBytes(StandardCharsets.UTF_8));
    }

    /** The UTF-8 bytes; the caller must not change them. */
    byte[] bytes() {
        return bytes;
    }
}
