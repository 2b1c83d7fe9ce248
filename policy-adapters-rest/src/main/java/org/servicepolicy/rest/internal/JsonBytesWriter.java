package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;

/**
 * Sends {@link JsonBytes} as they are. A runtime prefers the writer declared for the closest
 * type, so this one wins over any JSON provider of the host, which is declared for
 * {@code Object}.
 */
@Produces({MediaType.APPLICATION_JSON, "application/problem+json", MediaType.WILDCARD})
public final class JsonBytesWriter implements MessageBodyWriter<JsonBytes> {
    @Override
    public boolean isWriteable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type == JsonBytes.class;
    }

    @Override
    public long getSize(JsonBytes json, Class<?> type, Type genericType, Annotation[] annotations,
                        MediaType mediaType) {
        return json.bytes().length;
    }

    @Override
    public void writeTo(JsonBytes json, Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                        MultivaluedMap<String, Object> headers, OutputStream out) throws IOException {
        out.write(json.bytes());
    }
}
