package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.Objects;
import org.servicepolicy.rest.CustomerScoreView;
import org.servicepolicy.rest.RecordCustomerScoreBody;
import org.servicepolicy.service.evaluation.ServiceEvaluationService;

/**
 * {@code /api/v1/customer-scores}: HR or the supervision group enters a customer's satisfaction
 * score in the ledger (§2.3.3), such as one collected by a survey; never about themself.
 */
@Path("/api/v1/customer-scores")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class CustomerScoreResource {
    private final ServiceEvaluationService evaluation;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code evaluation}. */
    public CustomerScoreResource(ServiceEvaluationService evaluation, Callers callers, Bodies bodies,
                                 IdempotentRequests idempotent) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Records a customer's score; the Location is the employee's service evaluations. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RecordCustomerScoreBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var score = evaluation.recordCustomerScore(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/employees/{id}/service-evaluations")
                    .build(score.employee().value())).entity(CustomerScoreView.of(score)).build();
        });
    }
}
