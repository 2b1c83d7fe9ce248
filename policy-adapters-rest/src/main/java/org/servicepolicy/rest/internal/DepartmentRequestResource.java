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
import org.servicepolicy.rest.AskDepartmentBody;
import org.servicepolicy.rest.DepartmentRequestResultView;
import org.servicepolicy.rest.DepartmentRequestSweepView;
import org.servicepolicy.rest.DepartmentRequestTextBody;
import org.servicepolicy.rest.DepartmentRequestView;
import org.servicepolicy.service.DepartmentRequestId;
import org.servicepolicy.service.DepartmentRequestService;

/**
 * {@code /api/v1/department-requests}: requests from one department to another (§2.2.1). An
 * employee asks another department; a member answers (the employee named, else any member, or the
 * department's manager); the requester accepts the answer as clear or returns it as unclear. A
 * reply after the due time, or none by then when the sweep passes, is one finding.
 */
@Path("/api/v1/department-requests")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class DepartmentRequestResource {
    private final DepartmentRequestService requests;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code requests}. */
    public DepartmentRequestResource(DepartmentRequestService requests, Callers callers, Bodies bodies,
                                     IdempotentRequests idempotent) {
        this.requests = Objects.requireNonNull(requests, "requests");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Asks another department now, due after the policy's working days. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response ask(@Context SecurityContext security, @Context UriInfo uri,
                        @HeaderParam(IdempotentRequests.KEY_HEADER) String key, AskDepartmentBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var asked = requests.ask(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/department-requests/{id}")
                    .build(asked.id().value())).entity(DepartmentRequestView.of(asked)).build();
        });
    }

    /** The requests sent from the caller's department or addressed to it, oldest first. */
    @GET
    public List<DepartmentRequestView> mine(@Context SecurityContext security) {
        return callers.read(security, actor -> requests.ofMyDepartment(actor).stream()
                .map(DepartmentRequestView::of).toList());
    }

    /** One request. */
    @GET
    @Path("{id}")
    public DepartmentRequestView get(@Context SecurityContext security, @PathParam("id") String id) {
        var request = request(id);
        return callers.read(security, actor -> DepartmentRequestView.of(requests.request(actor, request)));
    }

    /** Answers the request now; answered late, a finding unless the sweep made it. */
    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentRequestResultView answer(@Context SecurityContext security, @PathParam("id") String id,
                                              DepartmentRequestTextBody body) {
        var actor = callers.actor(security);
        return DepartmentRequestResultView.of(requests.answer(actor, request(id), bodies.required(body).toCommand()));
    }

    /** The requester accepts the answer as clear. */
    @POST
    @Path("{id}/accept")
    public DepartmentRequestView accept(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return DepartmentRequestView.of(requests.accept(actor, request(id)));
    }

    /** The requester returns the answer as unclear: open again, still due by the original time. */
    @POST
    @Path("{id}/return")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentRequestView returnAsUnclear(@Context SecurityContext security, @PathParam("id") String id,
                                                 DepartmentRequestTextBody body) {
        var actor = callers.actor(security);
        return DepartmentRequestView.of(requests.returnAsUnclear(actor, request(id),
                bodies.required(body).toCommand()));
    }

    /** Sweeps as of now (the supervision group or HR); answers only what this run marked. */
    @POST
    @Path("sweep")
    public DepartmentRequestSweepView sweep(@Context SecurityContext security) {
        return DepartmentRequestSweepView.of(requests.sweepNow(callers.actor(security)));
    }

    private static DepartmentRequestId request(String id) {
        return PathIds.parse(id, "department request", DepartmentRequestId::of);
    }
}
