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
import org.servicepolicy.rest.AdoptSuggestionBody;
import org.servicepolicy.rest.AssignReviewerBody;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RewardView;
import org.servicepolicy.rest.SubmitSuggestionBody;
import org.servicepolicy.rest.SuggestionView;
import org.servicepolicy.suggestions.SuggestionId;
import org.servicepolicy.suggestions.SuggestionService;

/**
 * {@code /api/v1/suggestions}: employee suggestions (§5.2.1). Employees see their own, reviewers
 * those assigned to them, HR every one.
 */
@Path("/api/v1/suggestions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class SuggestionResource {
    private final SuggestionService suggestions;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code suggestions}. */
    public SuggestionResource(SuggestionService suggestions, Callers callers, Bodies bodies,
                              IdempotentRequests idempotent) {
        this.suggestions = Objects.requireNonNull(suggestions, "suggestions");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** The caller submits a suggestion. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, SubmitSuggestionBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var submitted = suggestions.submit(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/suggestions/{id}")
                            .build(submitted.id().value()))
                    .entity(SuggestionView.of(submitted)).build();
        });
    }

    /** The suggestions the caller may see, oldest first. */
    @GET
    public List<SuggestionView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> suggestions.suggestions(actor)
                .stream().map(SuggestionView::of).toList());
    }

    /** One suggestion. */
    @GET
    @Path("{id}")
    public SuggestionView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> SuggestionView.of(suggestions.suggestion(actor, suggestion(id))));
    }

    /** Puts the suggestion under review by an employee (HR); HR may assign another while it is under review. */
    @POST
    @Path("{id}/assign-reviewer")
    @Consumes(MediaType.APPLICATION_JSON)
    public SuggestionView assignReviewer(@Context SecurityContext security, @PathParam("id") String id,
                                         AssignReviewerBody body) {
        var actor = callers.actor(security);
        return SuggestionView.of(suggestions.assignReviewer(actor, suggestion(id), bodies.required(body).reviewerId()));
    }

    /** Adopts the suggestion (its reviewer or HR), which proposes its reward; the body is optional. */
    @POST
    @Path("{id}/adopt")
    @Consumes(MediaType.APPLICATION_JSON)
    public SuggestionView adopt(@Context SecurityContext security, @PathParam("id") String id,
                                AdoptSuggestionBody body) {
        var actor = callers.actor(security);
        var adoption = bodies.optional(body);
        return SuggestionView.of(suggestions.adopt(actor, suggestion(id), adoption == null ? null : adoption.note()));
    }

    /** Declines the suggestion, with a reason (its reviewer or HR). */
    @POST
    @Path("{id}/decline")
    @Consumes(MediaType.APPLICATION_JSON)
    public SuggestionView decline(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return SuggestionView.of(suggestions.decline(actor, suggestion(id), bodies.required(body).reason()));
    }

    /** The rewards proposed for the suggestion once adopted (§5.2.1). */
    @GET
    @Path("{id}/rewards")
    public List<RewardView> rewards(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> suggestions.rewardsFor(actor, suggestion(id))
                .stream().map(RewardView::of).toList());
    }

    private static SuggestionId suggestion(String id) {
        return PathIds.parse(id, "suggestion", SuggestionId::of);
    }
}
