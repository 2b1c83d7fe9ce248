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
import org.servicepolicy.career.SelectionId;
import org.servicepolicy.career.SelectionService;
import org.servicepolicy.rest.DecideSelectionBody;
import org.servicepolicy.rest.OpenSelectionBody;
import org.servicepolicy.rest.SelectionResultView;
import org.servicepolicy.rest.SelectionView;

/**
 * {@code /api/v1/selections}: internal selections for positions (§4.3.2). HR opens one; employees
 * who meet every promotion condition apply, across departments too; once it closes HR chooses one
 * applicant or none, never themself, and the chosen one moves to the position.
 */
@Path("/api/v1/selections")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class SelectionResource {
    private final SelectionService selections;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code selections}. */
    public SelectionResource(SelectionService selections, Callers callers, Bodies bodies,
                             IdempotentRequests idempotent) {
        this.selections = Objects.requireNonNull(selections, "selections");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** HR opens a selection now. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, OpenSelectionBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var opened = selections.open(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/selections/{id}")
                    .build(opened.id().value())).entity(SelectionView.of(opened)).build();
        });
    }

    /** Every selection, newest first, each with the applications the caller may see. */
    @GET
    public List<SelectionView> all(@Context SecurityContext security) {
        return callers.read(security, actor -> selections.selections(actor).stream().map(SelectionView::of)
                .toList());
    }

    /** One selection, with the applications the caller may see. */
    @GET
    @Path("{id}")
    public SelectionView get(@Context SecurityContext security, @PathParam("id") String id) {
        var selection = selection(id);
        return callers.read(security, actor -> SelectionView.of(selections.selection(actor, selection)));
    }

    /** The caller applies now. */
    @POST
    @Path("{id}/applications")
    public SelectionView apply(@Context SecurityContext security, @PathParam("id") String id) {
        return SelectionView.of(selections.apply(callers.actor(security), selection(id)));
    }

    /** HR decides the closed selection now: every applicant's decision with its reasons, and the move. */
    @POST
    @Path("{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    public SelectionResultView decide(@Context SecurityContext security, @PathParam("id") String id,
                                      DecideSelectionBody body) {
        var actor = callers.actor(security);
        return SelectionResultView.of(selections.decide(actor, selection(id), bodies.required(body).toCommand()));
    }

    private static SelectionId selection(String id) {
        return PathIds.parse(id, "selection", SelectionId::of);
    }
}
