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
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.rest.DecideSponsorshipBody;
import org.servicepolicy.rest.RequestSponsorshipBody;
import org.servicepolicy.rest.SponsorshipDecisionView;
import org.servicepolicy.rest.SponsorshipView;
import org.servicepolicy.training.sponsorship.SponsorshipId;
import org.servicepolicy.training.sponsorship.SponsorshipService;

/**
 * {@code /api/v1/sponsorships}: requests for the sponsorship of external training (§4.1.2). An
 * employee asks for their own; HR approves (the company bearing its share within the annual cap)
 * or rejects, never their own, each a decision whose reasons give every condition.
 */
@Path("/api/v1/sponsorships")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class SponsorshipResource {
    private final SponsorshipService sponsorships;
    private final DecisionService decisions;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code sponsorships}, showing the decisions of {@code decisions}. */
    public SponsorshipResource(SponsorshipService sponsorships, DecisionService decisions, Callers callers,
                               Bodies bodies, IdempotentRequests idempotent) {
        this.sponsorships = Objects.requireNonNull(sponsorships, "sponsorships");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Asks now, for the caller, to sponsor a course. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response request(@Context SecurityContext security, @Context UriInfo uri,
                            @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RequestSponsorshipBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var requested = sponsorships.request(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/sponsorships/{id}")
                    .build(requested.id().value())).entity(SponsorshipView.of(requested)).build();
        });
    }

    /** The requests waiting for HR's decision, oldest first (HR). */
    @GET
    public List<SponsorshipView> requested(@Context SecurityContext security) {
        return callers.read(security, actor -> sponsorships.requested(actor).stream().map(SponsorshipView::of)
                .toList());
    }

    /** One request. */
    @GET
    @Path("{id}")
    public SponsorshipView get(@Context SecurityContext security, @PathParam("id") String id) {
        var sponsorship = sponsorship(id);
        return callers.read(security, actor -> SponsorshipView.of(sponsorships.sponsorship(actor, sponsorship)));
    }

    /** HR approves or rejects the request now; answers it with the decision and its reasons. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public SponsorshipDecisionView decide(@Context SecurityContext security, @PathParam("id") String id,
                                          DecideSponsorshipBody body) {
        var actor = callers.actor(security);
        var decided = sponsorships.decide(actor, sponsorship(id), bodies.required(body).toCommand());
        return SponsorshipDecisionView.of(decided, decisions.decision(actor, decided.decision().orElseThrow()));
    }

    private static SponsorshipId sponsorship(String id) {
        return PathIds.parse(id, "sponsorship", SponsorshipId::of);
    }
}
