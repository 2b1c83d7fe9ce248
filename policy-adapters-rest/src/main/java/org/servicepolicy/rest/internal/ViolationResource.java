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
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.rest.RecordViolationBody;
import org.servicepolicy.rest.RecordedViolationView;
import org.servicepolicy.rest.ViolationView;

/** {@code /api/v1/violations} (§3.2, §3.3.3). */
@Path("/api/v1/violations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ViolationResource {
    private final DisciplineService discipline;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code discipline}. */
    public ViolationResource(DisciplineService discipline, Callers callers, Bodies bodies,
                             IdempotentRequests idempotent) {
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /**
     * Records a violation; answers with it, the penalty the ladder proposes and the decision
     * that explains the proposal.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RecordViolationBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var checked = bodies.required(body);
            if (checked.damage() != null) {
                MoneyAmounts.requireMinorUnits(checked.damage().amount(), checked.damage().currency(), "damage.amount");
            }
            var recorded = discipline.record(actor, checked.toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/violations/{id}")
                            .build(recorded.violation().id().value()))
                    .entity(RecordedViolationView.of(recorded)).build();
        });
    }

    /** One violation. */
    @GET
    @Path("{id}")
    public ViolationView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> ViolationView.of(discipline.violation(actor,
                PathIds.parse(id, "violation", ViolationId::of))));
    }
}
