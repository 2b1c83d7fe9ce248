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
import org.servicepolicy.rest.ObservationView;
import org.servicepolicy.rest.RecordObservationBody;
import org.servicepolicy.rest.RecordedObservationView;
import org.servicepolicy.service.ObservationId;
import org.servicepolicy.service.SupervisionService;

/**
 * {@code /api/v1/service-observations}: observations of the service supervision group (§2.3.1).
 * Only the group records them; the employee concerned reads one without its recorder.
 */
@Path("/api/v1/service-observations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceObservationResource {
    private final SupervisionService supervision;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code supervision}. */
    public ServiceObservationResource(SupervisionService supervision, Callers callers, Bodies bodies,
                                      IdempotentRequests idempotent) {
        this.supervision = Objects.requireNonNull(supervision, "supervision");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Records an observation (the supervision group): its findings and the violations they propose. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RecordObservationBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var recorded = supervision.record(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/service-observations/{id}")
                            .build(recorded.observation().id().value()))
                    .entity(RecordedObservationView.of(recorded)).build();
        });
    }

    /** One observation. */
    @GET
    @Path("{id}")
    public ObservationView get(@Context SecurityContext security, @PathParam("id") String id) {
        var observation = PathIds.parse(id, "service observation", ObservationId::of);
        return callers.read(security, actor -> ObservationView.of(supervision.observation(actor, observation)));
    }
}
