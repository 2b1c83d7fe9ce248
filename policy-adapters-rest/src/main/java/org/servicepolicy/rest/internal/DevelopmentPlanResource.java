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
import org.servicepolicy.career.DevelopmentPlanId;
import org.servicepolicy.career.DevelopmentPlanService;
import org.servicepolicy.rest.DevelopmentPlanView;
import org.servicepolicy.rest.PlanProgressView;
import org.servicepolicy.rest.ProposeDevelopmentPlanBody;

/**
 * {@code /api/v1/development-plans}: development plans (§4.3.1). A superior of the employee
 * proposes one; the employee agrees to it, so that it is neither's alone; its progress counts
 * the programmes it lists that the employee completed.
 */
@Path("/api/v1/development-plans")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class DevelopmentPlanResource {
    private final DevelopmentPlanService plans;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code plans}. */
    public DevelopmentPlanResource(DevelopmentPlanService plans, Callers callers, Bodies bodies,
                                   IdempotentRequests idempotent) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Proposes a plan now, as a superior of the employee. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response propose(@Context SecurityContext security, @Context UriInfo uri,
                            @HeaderParam(IdempotentRequests.KEY_HEADER) String key, ProposeDevelopmentPlanBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var proposed = plans.propose(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/development-plans/{id}")
                    .build(proposed.id().value())).entity(DevelopmentPlanView.of(proposed)).build();
        });
    }

    /** One plan. */
    @GET
    @Path("{id}")
    public DevelopmentPlanView get(@Context SecurityContext security, @PathParam("id") String id) {
        var plan = plan(id);
        return callers.read(security, actor -> DevelopmentPlanView.of(plans.plan(actor, plan)));
    }

    /** The employee agrees to the plan proposed to them now. */
    @POST
    @Path("{id}/agree")
    public DevelopmentPlanView agree(@Context SecurityContext security, @PathParam("id") String id) {
        return DevelopmentPlanView.of(plans.agree(callers.actor(security), plan(id)));
    }

    /** The plan's progress now. */
    @GET
    @Path("{id}/progress")
    public PlanProgressView progress(@Context SecurityContext security, @PathParam("id") String id) {
        var plan = plan(id);
        return callers.read(security, actor -> PlanProgressView.of(plans.progress(actor, plan)));
    }

    private static DevelopmentPlanId plan(String id) {
        return PathIds.parse(id, "development plan", DevelopmentPlanId::of);
    }
}
