package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.rest.DecisionView;

/** {@code /api/v1/decisions}: stored decisions and their explanations. */
@Path("/api/v1/decisions")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class DecisionResource {
    private final DecisionService decisions;
    private final Callers callers;

    /** A resource over {@code decisions}. */
    public DecisionResource(DecisionService decisions, Callers callers) {
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** One decision with its reasons. */
    @GET
    @Path("{id}")
    public DecisionView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> DecisionView.of(decisions.decision(actor,
                PathIds.parse(id, "decision", DecisionId::of))));
    }
}
