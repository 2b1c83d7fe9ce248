package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.meetings.ActionItemId;
import org.servicepolicy.meetings.MeetingService;
import org.servicepolicy.rest.ActionItemSweepView;
import org.servicepolicy.rest.ActionItemView;

/**
 * {@code /api/v1/action-items}: the action items meetings agreed (§5.1.2). Each owner lists and
 * marks done their own; a meeting's owner lists the overdue items of their meetings; the sweep
 * marks each item still open at its due instant once.
 */
@Path("/api/v1/action-items")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ActionItemResource {
    private final MeetingService meetings;
    private final Callers callers;

    /** A resource over {@code meetings}. */
    public ActionItemResource(MeetingService meetings, Callers callers) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The action items the caller is to do, earliest due first. */
    @GET
    public List<ActionItemView> mine(@Context SecurityContext security) {
        return callers.read(security, actor -> meetings.myActionItems(actor).stream().map(ActionItemView::of)
                .toList());
    }

    /** The action items of the caller's meetings still open past their due instant, earliest due first. */
    @GET
    @Path("overdue")
    public List<ActionItemView> overdueOfMyMeetings(@Context SecurityContext security) {
        return callers.read(security, actor -> meetings.overdueOfMyMeetings(actor).stream()
                .map(ActionItemView::of).toList());
    }

    /** The item's owner marks it done. */
    @POST
    @Path("{id}/done")
    public ActionItemView done(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return ActionItemView.of(meetings.markDone(actor, PathIds.parse(id, "action item", ActionItemId::of)));
    }

    /** Sweeps as of now (HR); answers only what this run marked. */
    @POST
    @Path("sweep")
    public ActionItemSweepView sweep(@Context SecurityContext security) {
        return ActionItemSweepView.of(meetings.sweepNow(callers.actor(security)));
    }
}
