package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.events.EventFeed;
import org.servicepolicy.rest.EventView;

/** {@code /api/v1/events}: the outbox as a feed, for systems that deliver what happened (HR). */
@Path("/api/v1/events")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EventResource {
    /** How many events a read returns when the caller does not say. */
    static final int DEFAULT_LIMIT = 100;

    private final EventFeed feed;
    private final Callers callers;

    /** A resource over {@code feed}. */
    public EventResource(EventFeed feed, Callers callers) {
        this.feed = Objects.requireNonNull(feed, "feed");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The events after position {@code after} (default 0), at most {@code limit} (default 100), oldest first. */
    @GET
    public List<EventView> after(@Context SecurityContext security, @QueryParam("after") String after,
                                 @QueryParam("limit") String limit) {
        var position = QueryParameters.whole(after, "after");
        var count = QueryParameters.whole(limit, "limit");
        return callers.read(security, actor -> feed.after(actor, position == null ? 0 : position,
                        count == null ? DEFAULT_LIMIT : (int) Math.min(count, Integer.MAX_VALUE))
                .stream().map(EventView::of).toList());
    }
}
