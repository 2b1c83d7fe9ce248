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
import org.servicepolicy.rest.FinalisedServicePeriodView;
import org.servicepolicy.rest.OpenServiceEvaluationPeriodBody;
import org.servicepolicy.rest.ServiceEvaluationPeriodView;
import org.servicepolicy.rest.ServiceScoreView;
import org.servicepolicy.rest.SubmitServiceScoresBody;
import org.servicepolicy.service.evaluation.InternalScoreView;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceEvaluationService;

/**
 * {@code /api/v1/service-evaluation-periods}: periods of the periodic service evaluation
 * (§2.3.3). HR opens and finalises them; the superior and the supervision group score in them.
 */
@Path("/api/v1/service-evaluation-periods")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceEvaluationPeriodResource {
    private final ServiceEvaluationService evaluation;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code evaluation}. */
    public ServiceEvaluationPeriodResource(ServiceEvaluationService evaluation, Callers callers, Bodies bodies,
                                           IdempotentRequests idempotent) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Opens a period (HR); periods whose scopes overlap may not share a day. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, OpenServiceEvaluationPeriodBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var period = evaluation.open(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/service-evaluation-periods/{id}")
                    .build(period.id().value())).entity(ServiceEvaluationPeriodView.of(period)).build();
        });
    }

    /** Every period, by first day. */
    @GET
    public List<ServiceEvaluationPeriodView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> evaluation.periods(actor).stream()
                .map(ServiceEvaluationPeriodView::of).toList());
    }

    /** One period. */
    @GET
    @Path("{id}")
    public ServiceEvaluationPeriodView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> ServiceEvaluationPeriodView.of(evaluation.period(actor, period(id))));
    }

    /** The caller scores an employee as their superior or as the supervision group; a new score replaces the role's. */
    @POST
    @Path("{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response score(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id,
                          @HeaderParam(IdempotentRequests.KEY_HEADER) String key, SubmitServiceScoresBody body) {
        var actor = callers.actor(security);
        var period = period(id);
        return idempotent.create(actor, key, uri, body, () -> {
            var score = evaluation.score(actor, period, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/service-evaluation-periods/{id}/scores")
                    .build(period.value())).entity(ServiceScoreView.of(InternalScoreView.of(score, true))).build();
        });
    }

    /** The period's internal scores the caller may see; an employee sees their own without who scored. */
    @GET
    @Path("{id}/scores")
    public List<ServiceScoreView> scores(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> evaluation.scores(actor, period(id)).stream()
                .map(ServiceScoreView::of).toList());
    }

    /**
     * Finalises the period (HR, never one that evaluates themself): stores every result with its
     * decision, proposes the rewards of EXCELLENT ones, and follows SUBSTANDARD ones up. A
     * finalised period answers its stored results.
     */
    @POST
    @Path("{id}/finalise")
    public FinalisedServicePeriodView finalise(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return FinalisedServicePeriodView.of(evaluation.finalise(actor, period(id)));
    }

    private static ServiceEvaluationPeriodId period(String id) {
        return PathIds.parse(id, "service evaluation period", ServiceEvaluationPeriodId::of);
    }
}
