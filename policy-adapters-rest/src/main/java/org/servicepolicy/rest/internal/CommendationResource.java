package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.rest.CommendationView;
import org.servicepolicy.rewards.RewardService;

/** {@code /api/v1/commendations}: the role models publicised to every employee (§3.3.2). */
@Path("/api/v1/commendations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class CommendationResource {
    private final RewardService rewards;
    private final Callers callers;

    /** A resource over {@code rewards}. */
    public CommendationResource(RewardService rewards, Callers callers) {
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The granted public commendations, newest first; every employee sees them. */
    @GET
    public List<CommendationView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> rewards.commendations(actor)
                .stream().map(CommendationView::of).toList());
    }
}
