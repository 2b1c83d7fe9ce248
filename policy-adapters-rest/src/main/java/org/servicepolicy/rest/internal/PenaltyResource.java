package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.rest.AppealDecisionBody;
import org.servicepolicy.rest.PenaltyView;
import org.servicepolicy.rest.ReasonBody;

/** {@code /api/v1/penalties}: the penalty lifecycle (§3.3.3). */
@Path("/api/v1/penalties/{id}")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class PenaltyResource {
    private final DisciplineService discipline;
    private final Callers callers;
    private final Bodies bodies;

    /** A resource over {@code discipline}. */
    public PenaltyResource(DisciplineService discipline, Callers callers, Bodies bodies) {
        this.discipline = Objects.requireNonNull(discipline, "discipline");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    /** One penalty with its history. */
    @GET
    public PenaltyView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> PenaltyView.of(discipline.penalty(actor, penalty(id))));
    }

    /** Issues a proposed penalty (HR or the department manager; DEMOTION and DISMISSAL HR only). */
    @POST
    @Path("issue")
    public PenaltyView issue(@Context SecurityContext security, @PathParam("id") String id) {
        return PenaltyView.of(discipline.issue(callers.actor(security), penalty(id)));
    }

    /** Withdraws a proposed penalty (HR, with a reason). */
    @POST
    @Path("withdraw")
    @Consumes(MediaType.APPLICATION_JSON)
    public PenaltyView withdraw(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return PenaltyView.of(discipline.withdraw(actor, penalty(id), bodies.required(body).reason()));
    }

    /** Appeals an issued penalty (the employee, within the appeal window, with a reason). */
    @POST
    @Path("appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public PenaltyView appeal(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return PenaltyView.of(discipline.appeal(actor, penalty(id), bodies.required(body).reason()));
    }

    /** Decides an appeal: UPHELD or REVOKED (HR, not the issuer). */
    @POST
    @Path("decide-appeal")
    @Consumes(MediaType.APPLICATION_JSON)
    public PenaltyView decideAppeal(@Context SecurityContext security, @PathParam("id") String id,
                                    AppealDecisionBody body) {
        var actor = callers.actor(security);
        var decision = bodies.required(body);
        return PenaltyView.of(discipline.decideAppeal(actor, penalty(id), decision.outcome(), decision.reason()));
    }

    private static PenaltyId penalty(String id) {
        return PathIds.parse(id, "penalty", PenaltyId::of);
    }
}
