package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import org.servicepolicy.rest.ProblemView;

/**
 * Writes the answers of the adapter's resources with the adapter's own mapper before the
 * runtime chooses a writer: the views become {@link JsonBytes}, which only
 * {@link JsonBytesWriter} sends. A host's JSON provider or {@code ContextResolver<ObjectMapper>}
 * therefore never sees them, and the API answers the same JSON in every host.
 */
@ApiResource
public final class AnswerWriting implements WriterInterceptor {
    private static final String VIEWS = ProblemView.class.getPackageName();

    private final ObjectMapper mapper;

    /** Writes answers with {@code mapper}. */
    public AnswerWriting(ObjectMapper mapper) {
        this.mapper = Objects.requireNonNull(mapper, "mapper");
    }

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        var entity = context.getEntity();
        if (ownedByTheAdapter(entity)) {
            context.setEntity(Json.write(mapper, entity));
            context.setType(JsonBytes.class);
            context.setGenericType(JsonBytes.class);
        }
        context.proceed();
    }

    /** The views and the lists of views the resources answer; anything a host filter put there is left alone. */
    private static boolean ownedByTheAdapter(Object entity) {
        return entity instanceof Collection || entity != null && entity.getClass().getPackageName().equals(VIEWS);
    }
}
