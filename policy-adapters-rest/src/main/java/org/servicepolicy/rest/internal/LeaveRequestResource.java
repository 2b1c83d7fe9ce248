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
import java.util.Objects;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.rest.LeaveApprovalBody;
import org.servicepolicy.rest.LeaveRequestView;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RequestLeaveBody;

/** {@code /api/v1/leave-requests} (§3.2.2). */
@Path("/api/v1/leave-requests")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class LeaveRequestResource {
    private final DisciplineService discipline;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code discipline}. */
    public LeaveRequestResource(DisciplineService discipline, Callers callers, Bodies bodies,
                                IdempotentRequests idempotent) {
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Requests leave. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Context SecurityContext security, @Context UriInfo uri,
                            @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RequestLeaveBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var requested = discipline.requestLeave(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/leave-requests/{id}")
                            .build(requested.id().value()))
                    .entity(LeaveRequestView.of(requested)).build();
        });
    }

    /** One leave request. */
    @GET
    @Path("{id}")
    public LeaveRequestView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> LeaveRequestView.of(discipline.leaveRequest(actor, leave(id))));
    }

    /**
     * Approves leave, voiding what of lateness, early leave and absence it covers; the body is
     * optional. For an emergency request filed after its leave began, the body's
     * {@code emergencyPreventedNotice} is HR's finding that the emergency prevented notice.
     */
    @POST
    @Path("{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeaveRequestView approve(@Context SecurityContext security, @PathParam("id") String id,
                                    LeaveApprovalBody body) {
        var actor = callers.actor(security);
        var approval = bodies.optional(body);
        return LeaveRequestView.of(discipline.approveLeave(actor, leave(id), approval == null ? null : approval.note(),
                approval == null ? null : approval.emergencyPreventedNotice()));
    }

    /** Rejects leave, with a reason. */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public LeaveRequestView reject(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return LeaveRequestView.of(discipline.rejectLeave(actor, leave(id), bodies.required(body).reason()));
    }

    private static LeaveRequestId leave(String id) {
        return PathIds.parse(id, "leave request", LeaveRequestId::of);
    }
}
