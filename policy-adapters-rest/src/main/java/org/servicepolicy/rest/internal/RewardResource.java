package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RewardView;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardService;
import org.servicepolicy.rewards.RewardStatus;

/** {@code /api/v1/rewards}: rewards and their lifecycle (§3.3.2, §5.2.1). */
@Path("/api/v1/rewards")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class RewardResource {
    private final RewardService rewards;
    private final Callers callers;
    private final Bodies bodies;

    /** A resource over {@code rewards}. */
    public RewardResource(RewardService rewards, Callers callers, Bodies bodies) {
        this.rewards = Objects.requireNonNull(rewards, "rewards");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    /**
     * The rewards the caller may see (HR every one, a manager their department's, everyone their
     * own), optionally only those in {@code status}.
     */
    @GET
    public List<RewardView> list(@Context SecurityContext security, @QueryParam("status") String status) {
        return callers.read(security, actor ->
                rewards.rewards(actor, QueryParameters.constant(status, "status", RewardStatus.class)).stream()
                .map(RewardView::of).toList());
    }

    /** One reward. */
    @GET
    @Path("{id}")
    public RewardView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> RewardView.of(rewards.reward(actor, reward(id))));
    }

    /** Approves a proposed reward (HR, not their own). */
    @POST
    @Path("{id}/approve")
    public RewardView approve(@Context SecurityContext security, @PathParam("id") String id) {
        return RewardView.of(rewards.approve(callers.actor(security), reward(id)));
    }

    /** Grants an approved reward (HR, not their own). */
    @POST
    @Path("{id}/grant")
    public RewardView grant(@Context SecurityContext security, @PathParam("id") String id) {
        return RewardView.of(rewards.grant(callers.actor(security), reward(id)));
    }

    /** Rejects a proposed or approved reward, with a reason (HR, not their own). */
    @POST
    @Path("{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    public RewardView reject(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return RewardView.of(rewards.reject(actor, reward(id), bodies.required(body).reason()));
    }

    private static RewardId reward(String id) {
        return PathIds.parse(id, "reward", RewardId::of);
    }
}
