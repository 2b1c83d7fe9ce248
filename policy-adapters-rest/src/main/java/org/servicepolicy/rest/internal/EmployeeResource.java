package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ExpectedRead;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.rest.ChangeEmploymentBody;
import org.servicepolicy.rest.ComplianceFactsView;
import org.servicepolicy.rest.CycleGradeView;
import org.servicepolicy.rest.DecisionView;
import org.servicepolicy.rest.DepartureBody;
import org.servicepolicy.rest.EmployeeView;
import org.servicepolicy.rest.EvaluationView;
import org.servicepolicy.rest.HireEmployeeBody;
import org.servicepolicy.rest.LeaveRequestView;
import org.servicepolicy.rest.PenaltyView;
import org.servicepolicy.rest.PromotionEligibilityView;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RewardView;
import org.servicepolicy.rest.TaskView;
import org.servicepolicy.rest.ViolationView;
import org.servicepolicy.tasks.TaskStatus;

/**
 * {@code /api/v1/employees} (§1.2) and each employee's records, tasks (§3.1), compliance facts,
 * evaluations and grades (§3.3.1), rewards (§3.3.2) and promotion eligibility (§4.3.2). Staff see
 * their own records, managers their department's, HR everyone's; the core decides.
 */
@Path("/api/v1/employees")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EmployeeResource {
    private final ServicePolicy policy;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code policy}. */
    public EmployeeResource(ServicePolicy policy, Callers callers, Bodies bodies, IdempotentRequests idempotent) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** The employees the caller may see. */
    @GET
    public List<EmployeeView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> policy.people().employees(actor)
                .stream().map(EmployeeView::of).toList());
    }

    /** Hires an employee (HR). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response hire(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, HireEmployeeBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var checked = bodies.required(body);
            MoneyAmounts.requireMinorUnits(checked.monthlyWage(), policy.policies().current().company().currency(),
                    "monthlyWage");
            var hired = policy.people().hire(actor, checked.toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/employees/{id}").build(hired.id().value()))
                    .entity(EmployeeView.of(hired)).build();
        });
    }

    /** One employee's record. */
    @GET
    @Path("{id}")
    public EmployeeView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> EmployeeView.of(policy.people().employee(actor, employee(id))));
    }

    /** Every version of the employee's record, oldest first, each with the instant it took effect (§1.2). */
    @GET
    @Path("{id}/history")
    public List<EmployeeView> history(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> policy.people().history(actor, employee(id))
                .stream().map(EmployeeView::of).toList());
    }

    /** Changes the employee's terms of employment (HR, never their own), effective-dated (§1.2). */
    @POST
    @Path("{id}/changes")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployeeView change(@Context SecurityContext security, @PathParam("id") String id,
                               ChangeEmploymentBody body) {
        var checked = bodies.required(body);
        MoneyAmounts.requireMinorUnits(checked.monthlyWage(), policy.policies().current().company().currency(),
                "monthlyWage");
        return EmployeeView.of(policy.people().change(callers.actor(security), employee(id), checked.toCommand()));
    }

    /** Records the employee's departure (HR, never their own); their unfinished tasks are withdrawn (§1.2). */
    @POST
    @Path("{id}/departure")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployeeView depart(@Context SecurityContext security, @PathParam("id") String id, DepartureBody body) {
        return EmployeeView.of(policy.people().depart(callers.actor(security), employee(id),
                bodies.required(body).toCommand()));
    }

    /** Puts a new hire on post once onboarding is over (HR), with a reason (§4.1.1). */
    @POST
    @Path("{id}/on-post")
    @Consumes(MediaType.APPLICATION_JSON)
    public EmployeeView placeOnPost(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        return EmployeeView.of(policy.people().placeOnPost(callers.actor(security), employee(id),
                bodies.required(body).reason()));
    }

    /** The employee's violations, oldest first. */
    @GET
    @Path("{id}/violations")
    public List<ViolationView> violations(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, ExpectedRead.Kind.VIOLATIONS, actor -> policy.discipline().violations(actor,
                employee(id)).stream()
                .map(ViolationView::of).toList());
    }

    /** The employee's penalties, oldest first. */
    @GET
    @Path("{id}/penalties")
    public List<PenaltyView> penalties(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, ExpectedRead.Kind.PENALTIES, actor -> policy.discipline().penalties(actor,
                employee(id)).stream()
                .map(PenaltyView::of).toList());
    }

    /** The employee's leave requests. */
    @GET
    @Path("{id}/leave-requests")
    public List<LeaveRequestView> leaveRequests(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, ExpectedRead.Kind.LEAVE_REQUESTS, actor -> policy.discipline().leaveRequests(actor,
                employee(id)).stream()
                .map(LeaveRequestView::of).toList());
    }

    /** The employee's finalized grades with their decisions, oldest first (§3.3.1). */
    @GET
    @Path("{id}/grades")
    public List<CycleGradeView> grades(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> policy.assessment().grades(actor, employee(id)).stream()
                .map(g -> CycleGradeView.of(g, policy.decisions().decision(actor, g.decision()))).toList());
    }

    /**
     * The employee's evaluations in the cycle named by {@code cycle}, which is required; the
     * employee reading their own sees no peer's name (§3.3.1).
     */
    @GET
    @Path("{id}/evaluations")
    public List<EvaluationView> evaluations(@Context SecurityContext security, @PathParam("id") String id,
                                            @QueryParam("cycle") String cycle) {
        return callers.read(security, id, actor -> {
            if (cycle == null || cycle.isBlank()) {
                throw InvalidInputException.of("cycle", "is required");
            }
            var cycleId = PathIds.parse(cycle, "assessment cycle", AssessmentCycleId::of);
            return policy.assessment().evaluations(actor, cycleId, employee(id)).stream().map(EvaluationView::of).toList();
        });
    }

    /** Whether the employee meets the promotion conditions now, condition by condition; nothing is stored (§4.3.2). */
    @GET
    @Path("{id}/promotion-eligibility")
    public PromotionEligibilityView promotionEligibility(@Context SecurityContext security,
                                                         @PathParam("id") String id) {
        return callers.read(security, id, actor ->
                PromotionEligibilityView.of(policy.career().eligibility(actor, employee(id))));
    }

    /** Checks the promotion conditions and stores the decision that records them (HR, §4.3.2). */
    @POST
    @Path("{id}/promotion-eligibility")
    public Response recordPromotionEligibility(@Context SecurityContext security, @Context UriInfo uri,
                                               @HeaderParam(IdempotentRequests.KEY_HEADER) String key, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, null, () -> {
            var decision = policy.career().recordEligibility(actor, employee(id));
            return Response.created(uri.getBaseUriBuilder().path("api/v1/decisions/{id}")
                            .build(decision.id().value()))
                    .entity(DecisionView.of(decision)).build();
        });
    }

    /** The employee's rewards, oldest proposal first (§3.3.2). */
    @GET
    @Path("{id}/rewards")
    public List<RewardView> rewards(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> policy.rewards().rewardsOf(actor, employee(id))
                .stream().map(RewardView::of).toList());
    }

    /** The decisions about the employee, oldest first. */
    @GET
    @Path("{id}/decisions")
    public List<DecisionView> decisions(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> policy.decisions().about(actor, employee(id)).stream()
                .map(DecisionView::of).toList());
    }

    /**
     * The tasks assigned to the employee, oldest first, optionally only those in {@code status}.
     * Whoever may see the employee's records, and their superiors, see all of them; an assigner
     * or a copied person the ones that concern them.
     */
    @GET
    @Path("{id}/tasks")
    public List<TaskView> tasks(@Context SecurityContext security, @PathParam("id") String id,
                                @QueryParam("status") String status) {
        return callers.read(security, id, actor -> {
            var wanted = QueryParameters.constant(status, "status", TaskStatus.class);
            return TaskViews.of(policy.tasks(), actor, policy.tasks().tasksOf(actor, employee(id), wanted));
        });
    }

    /**
     * The compliance facts of the employee's work assignments in [{@code from}, {@code to}),
     * two ISO-8601 instants, each number with its tasks (§3.3.1).
     */
    @GET
    @Path("{id}/compliance-facts")
    public ComplianceFactsView complianceFacts(@Context SecurityContext security, @PathParam("id") String id,
                                               @QueryParam("from") String from, @QueryParam("to") String to) {
        return callers.read(security, id, actor ->
                ComplianceFactsView.of(policy.tasks().complianceFacts(actor, employee(id),
                QueryParameters.instant(from, "from"), QueryParameters.instant(to, "to"))));
    }

    private static EmployeeId employee(String id) {
        return PathIds.parse(id, "employee", EmployeeId::of);
    }
}
