package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.MessageBodyReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Type;
import java.util.Objects;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.rest.ProblemView;

/**
 * Reads the request bodies of the API, and only those (the {@code *Body} records), with the
 * adapter's own mapper, whatever JSON provider the host has:
 * <ol>
 *   <li>at most the feature's limit of bytes is read, however the body is sent (a
 *       {@code Content-Length} above it is refused before, by {@link RequestSizeLimit}); beyond
 *       it, 413;</li>
 *   <li>the JSON is parsed, nesting at most {@value Json#MAX_NESTING_DEPTH} levels (400
 *       otherwise);</li>
 *   <li>every value is held to the {@link JsonBounds} (422 listing every field beyond them);</li>
 *   <li>only then is it bound to the body's record (400 or 422, see {@link JsonProblems}).</li>
 * </ol>
 * An empty body reads as none, which the resource reports missing where one is required; a
 * body in another media type than JSON is 415.
 *
 * <p>Its priority puts it ahead of a host's general-purpose JSON readers, which declare every
 * media type; it declares JSON itself, which a runtime prefers in any case.
 */
@Consumes({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
@Priority(1)
public final class JsonBodyReader implements MessageBodyReader<Object> {
    private static final String BODIES = ProblemView.class.getPackageName();

    private final ObjectMapper mapper;
    private final long limit;

    /** Reads bodies of at most {@code limit} bytes with {@code mapper}. */
    public JsonBodyReader(ObjectMapper mapper, long limit) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.limit = limit;
    }

    @Override
    public boolean isReadable(Class<?> type, Type genericType, Annotation[] annotations, MediaType mediaType) {
        return type.isRecord() && type.getPackageName().equals(BODIES);
    }

    @Override
    public Object readFrom(Class<Object> type, Type genericType, Annotation[] annotations, MediaType mediaType,
                           MultivaluedMap<String, String> headers, InputStream entity) throws IOException {
        var body = new PushbackInputStream(new Limited(entity, limit));
        try {
            int first = body.read();
            if (first < 0) {
                return null;
            }
            body.unread(first);
            if (mediaType != null && !mediaType.isCompatible(MediaType.APPLICATION_JSON_TYPE)
                    && !mediaType.isWildcardType()) {
                throw ProblemException.unsupportedMediaType();
            }
            var tree = parse(body);
            if (tree == null) {
                return null;
            }
            var problems = JsonBounds.problemsOf(tree);
            if (!problems.isEmpty()) {
                throw new InvalidInputException(problems);
            }
            return bind(tree, genericType);
        } catch (TooLarge e) {
            throw ProblemException.requestTooLarge(limit);
        }
    }

    private JsonNode parse(InputStream body) throws IOException {
        try (var parser = mapper.createParser(body)) {
            try {
                return mapper.readTree(parser);
            } catch (JsonProcessingException e) {
                throw ProblemException.unreadableBody(JsonProblems.unparsable(e, parser));
            }
        }
    }

    private Object bind(JsonNode tree, Type type) throws IOException {
        try {
            return mapper.readerFor(mapper.constructType(type)).readValue(tree);
        } catch (JsonProcessingException e) {
            throw ProblemException.unreadableBody(JsonProblems.unbindable(e));
        }
    }

    /** Thrown by {@link Limited} when the body goes on beyond the limit. */
    private static final class TooLarge extends IOException {
        private static final long serialVersionUID = 1L;

        TooLarge() {
            super("the request body exceeds its limit");
        }
    }

    /** A body cut off after the limit: reading on beyond it fails, so a chunked body cannot grow without bound. */
    private static final class Limited extends FilterInputStream {
        private long left;

        Limited(InputStream in, long limit) {
            super(in);
            this.left = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            // Ask for one byte more than is left, so that a body of exactly the limit still reads whole.
            int n = super.read(buffer, offset, (int) Math.min(length, left + 1));
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TooLarge {
            left -= n;
            if (left < 0) {
                throw new TooLarge();
            }
        }
    }
}
