package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.meetings.MeetingId;
import org.servicepolicy.meetings.MeetingService;
import org.servicepolicy.rest.ActionItemView;
import org.servicepolicy.rest.AddActionItemBody;
import org.servicepolicy.rest.AttendanceResultView;
import org.servicepolicy.rest.MarkAttendanceBody;
import org.servicepolicy.rest.MeetingMinutesBody;
import org.servicepolicy.rest.MeetingView;
import org.servicepolicy.rest.ScheduleMeetingBody;

/**
 * {@code /api/v1/meetings}: regular meetings (§5.1.2, §2.2.2). Any employee organises one and
 * owns it; after it starts the owner records its minutes, the attendance of each invitee (an
 * unexcused absence from a compulsory meeting is a violation, §3.1.1) and the action items it
 * agreed. The owner, the invitees and HR read a meeting; to anyone else it does not exist.
 */
@Path("/api/v1/meetings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class MeetingResource {
    private final MeetingService meetings;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code meetings}. */
    public MeetingResource(MeetingService meetings, Callers callers, Bodies bodies, IdempotentRequests idempotent) {
        this.meetings = Objects.requireNonNull(meetings, "meetings");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Schedules a meeting owned by the caller. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@Context SecurityContext security, @Context UriInfo uri,
                             @HeaderParam(IdempotentRequests.KEY_HEADER) String key, ScheduleMeetingBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var scheduled = meetings.schedule(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/meetings/{id}")
                    .build(scheduled.id().value())).entity(MeetingView.of(scheduled)).build();
        });
    }

    /** The meetings the caller owns or is invited to, earliest first. */
    @GET
    public List<MeetingView> mine(@Context SecurityContext security) {
        return callers.read(security, actor -> meetings.myMeetings(actor).stream().map(MeetingView::of).toList());
    }

    /** One meeting. */
    @GET
    @Path("{id}")
    public MeetingView get(@Context SecurityContext security, @PathParam("id") String id) {
        var meeting = meeting(id);
        return callers.read(security, actor -> MeetingView.of(meetings.meeting(actor, meeting)));
    }

    /** The owner records the minutes, once the meeting has started. */
    @POST
    @Path("{id}/minutes")
    @Consumes(MediaType.APPLICATION_JSON)
    public MeetingView minutes(@Context SecurityContext security, @PathParam("id") String id, MeetingMinutesBody body) {
        var actor = callers.actor(security);
        return MeetingView.of(meetings.recordMinutes(actor, meeting(id), bodies.required(body).toCommand()));
    }

    /** Records how one invitee attended; an unexcused absence from a compulsory meeting records a violation. */
    @POST
    @Path("{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public AttendanceResultView attendance(@Context SecurityContext security, @PathParam("id") String id,
                                           MarkAttendanceBody body) {
        var actor = callers.actor(security);
        return AttendanceResultView.of(meetings.recordAttendance(actor, meeting(id),
                bodies.required(body).toCommand()));
    }

    /** The owner records an action item the meeting agreed. */
    @POST
    @Path("{id}/action-items")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response addActionItem(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id,
                                  @HeaderParam(IdempotentRequests.KEY_HEADER) String key, AddActionItemBody body) {
        var actor = callers.actor(security);
        var meeting = meeting(id);
        return idempotent.create(actor, key, uri, body, () -> {
            var item = meetings.addActionItem(actor, meeting, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/action-items/{id}")
                    .build(item.id().value())).entity(ActionItemView.of(item)).build();
        });
    }

    /** The action items the meeting agreed, earliest due first. */
    @GET
    @Path("{id}/action-items")
    public List<ActionItemView> actionItems(@Context SecurityContext security, @PathParam("id") String id) {
        var meeting = meeting(id);
        return callers.read(security, actor -> meetings.actionItems(actor, meeting).stream()
                .map(ActionItemView::of).toList());
    }

    private static MeetingId meeting(String id) {
        return PathIds.parse(id, "meeting", MeetingId::of);
    }
}
