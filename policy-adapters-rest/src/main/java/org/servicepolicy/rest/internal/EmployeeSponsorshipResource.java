package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.rest.RepaymentView;
import org.servicepolicy.rest.SponsorshipView;
import org.servicepolicy.training.sponsorship.SponsorshipService;

/**
 * {@code /api/v1/employees/{id}/sponsorships}: an employee's requests for sponsorship, and what
 * they owe back after leaving within the commitment of one (§4.1.2).
 */
@Path("/api/v1/employees/{id}/sponsorships")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EmployeeSponsorshipResource {
    private final SponsorshipService sponsorships;
    private final DecisionService decisions;
    private final Callers callers;

    /** A resource over {@code sponsorships}, showing the decisions of {@code decisions}. */
    public EmployeeSponsorshipResource(SponsorshipService sponsorships, DecisionService decisions, Callers callers) {
        this.sponsorships = Objects.requireNonNull(sponsorships, "sponsorships");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The employee's requests, oldest first. */
    @GET
    public List<SponsorshipView> of(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> sponsorships.of(actor, employee(id)).stream()
                .map(SponsorshipView::of).toList());
    }

    /**
     * HR decides what the employee, who has left, owes back for each sponsorship whose commitment
     * they left within, each with its decision; a later call answers the same repayments.
     */
    @POST
    @Path("repayments")
    public List<RepaymentView> repaymentOnDeparture(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return sponsorships.repaymentOnDeparture(actor, employee(id)).stream()
                .map(r -> RepaymentView.of(r, decisions.decision(actor, r.decision()))).toList();
    }

    private static EmployeeId employee(String id) {
        return PathIds.parse(id, "employee", EmployeeId::of);
    }
}
