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
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rest.PolicyView;
import org.servicepolicy.rest.PublishPolicyBody;

/**
 * {@code /api/v1/policies}: the policy's versions (§1.3.4). Every employee may read them, so
 * reading only requires that the caller be one; publishing is HR's.
 */
@Path("/api/v1/policies")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class PolicyResource {
    /** The path segment that names the version in force; no version may take it as its id. */
    static final String CURRENT = "current";

    private final PolicyService policies;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code policies}. */
    public PolicyResource(PolicyService policies, Callers callers, Bodies bodies, IdempotentRequests idempotent) {
        this.policies = Objects.requireNonNull(policies, "policies");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Every version, the standard one first, then by {@code effectiveFrom}. */
    @GET
    public List<PolicyView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> policies.versions().stream().map(PolicyView::of).toList());
    }

    /** The version in force now. */
    @GET
    @Path(CURRENT)
    public PolicyView current(@Context SecurityContext security) {
        return callers.read(security, actor -> PolicyView.of(policies.current()));
    }

    /** One version. */
    @GET
    @Path("{version}")
    public PolicyView get(@Context SecurityContext security, @PathParam("version") String version) {
        return callers.read(security, actor -> policies.find(version).map(PolicyView::of)
                .orElseThrow(() -> new NotFoundException("policy version", version)));
    }

    /** Publishes a new version (HR): the settings in force at {@code effectiveFrom} with the changes given. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response publish(@Context SecurityContext security, @Context UriInfo uri,
                            @HeaderParam(IdempotentRequests.KEY_HEADER) String key, PublishPolicyBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var publication = bodies.required(body);
            if (CURRENT.equals(publication.version())) {
                throw InvalidInputException.of("version",
                        "'" + CURRENT + "' names the version in force; choose another id");
            }
            SettingBounds.require(publication.settings());
            var published = policies.publish(actor, publication.version(), publication.effectiveFrom(),
                    publication.settings());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/policies/{version}")
                            .build(published.version()))
                    .entity(PolicyView.of(published)).build();
        });
    }
}
