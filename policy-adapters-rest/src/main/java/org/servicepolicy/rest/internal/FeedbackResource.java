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
import org.servicepolicy.feedback.FeedbackAccess;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackResult;
import org.servicepolicy.feedback.FeedbackService;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.rest.AssignFeedbackBody;
import org.servicepolicy.rest.CorrectiveActionBody;
import org.servicepolicy.rest.CustomerScoreView;
import org.servicepolicy.rest.FeedbackIntakeView;
import org.servicepolicy.rest.FeedbackItemView;
import org.servicepolicy.rest.FeedbackResultView;
import org.servicepolicy.rest.FeedbackRulingBody;
import org.servicepolicy.rest.FeedbackSweepView;
import org.servicepolicy.rest.FeedbackTextBody;
import org.servicepolicy.rest.FindingViolationView;
import org.servicepolicy.rest.RecordFeedbackBody;
import org.servicepolicy.rest.ServiceFindingView;
import org.servicepolicy.rest.TriageBody;

/**
 * {@code /api/v1/feedback}: customer feedback as staff handle it (§2.3.2). Staff record what
 * customers said on the complaint hotline or in the suggestion box; HR or the service supervision
 * group routes an item, the department's manager assigns it, the responsible employee answers
 * the customer and reports results in rounds within the business times of its severity; the
 * department's manager, HR or the supervision group rules on it. Whoever may not read an item
 * finds nothing; the customer's contact shows only to those who may see it (see
 * {@link FeedbackAccess}).
 */
@Path("/api/v1/feedback")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class FeedbackResource {
    private final FeedbackService feedback;
    private final PolicyService policies;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code feedback}, whose items' due times come from {@code policies}. */
    public FeedbackResource(FeedbackService feedback, PolicyService policies, Callers callers, Bodies bodies,
                            IdempotentRequests idempotent) {
        this.feedback = Objects.requireNonNull(feedback, "feedback");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /**
     * Records feedback from the hotline or the suggestion box, received now; the answer carries
     * the customer's tracking token, this once.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response record(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, RecordFeedbackBody body) {
        var actor = callers.actor(security);
        return idempotent.createKeepingSecret(actor, key, uri, body, () -> {
            var intake = feedback.record(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/feedback/{id}")
                    .build(intake.item().id().value()))
                    .entity(new FeedbackIntakeView(view(actor, intake.item()), intake.trackingToken())).build();
        }, FeedbackIntakeView::withoutToken, FeedbackIntakeView.class);
    }

    /** The items of the caller's department, or every item for HR and the supervision group, oldest first. */
    @GET
    public List<FeedbackItemView> list(@Context SecurityContext security, @QueryParam("status") String status) {
        var wanted = QueryParameters.constant(status, "status", FeedbackStatus.class);
        return callers.read(security, actor -> (FeedbackAccess.mayReadAll(actor) ? feedback.all(actor)
                : feedback.ofMyDepartment(actor)).stream()
                .filter(i -> wanted.map(i.status()::equals).orElse(true)).map(i -> view(actor, i)).toList());
    }

    /** One item. */
    @GET
    @Path("{id}")
    public FeedbackItemView get(@Context SecurityContext security, @PathParam("id") String id) {
        var item = item(id);
        return callers.read(security, actor -> view(actor, feedback.item(actor, item)));
    }

    /** Routes the item to a department, or again, optionally at another severity (HR or the supervision group). */
    @POST
    @Path("{id}/routing")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView route(@Context SecurityContext security, @PathParam("id") String id, TriageBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.route(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Makes an employee of the routed department responsible (its manager or HR). */
    @POST
    @Path("{id}/responsible")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView assign(@Context SecurityContext security, @PathParam("id") String id,
                                   AssignFeedbackBody body) {
        var actor = callers.actor(security);
        var employee = bodies.required(body).employeeId();
        new Inputs().require(employee != null && Ids.isValid(employee), "employeeId",
                "is required and a valid id").throwIfAny();
        return view(actor, feedback.assign(actor, item(id), EmployeeId.of(employee)));
    }

    /** Gives the customer the first response (the responsible employee or the department's manager). */
    @POST
    @Path("{id}/response")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView respond(@Context SecurityContext security, @PathParam("id") String id,
                                    FeedbackTextBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.respond(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Asks the customer something; the clocks stop until they answer (the responsible employee). */
    @POST
    @Path("{id}/waiting")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView waitOnCustomer(@Context SecurityContext security, @PathParam("id") String id,
                                           FeedbackTextBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.waitOnCustomer(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Notes that the customer answered elsewhere; the clocks run again (the responsible employee). */
    @POST
    @Path("{id}/customer-answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView customerAnswered(@Context SecurityContext security, @PathParam("id") String id,
                                             FeedbackTextBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.customerAnsweredElsewhere(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Records why the last result was rejected and what was corrected (the responsible employee). */
    @POST
    @Path("{id}/corrective-action")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView correct(@Context SecurityContext security, @PathParam("id") String id,
                                    CorrectiveActionBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.correct(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Reports the round's result to the customer (the responsible employee). */
    @POST
    @Path("{id}/result")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView reportResult(@Context SecurityContext security, @PathParam("id") String id,
                                         FeedbackTextBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.reportResult(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Rules on a complaint or a praise, once (the department's manager, HR or the supervision group). */
    @POST
    @Path("{id}/ruling")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackResultView rule(@Context SecurityContext security, @PathParam("id") String id,
                                   FeedbackRulingBody body) {
        var actor = callers.actor(security);
        var result = feedback.rule(actor, item(id), bodies.required(body).toCommand());
        return view(actor, result);
    }

    /** Closes an item whose results were rejected the policy's number of times, with a reason (HR). */
    @POST
    @Path("{id}/closure")
    @Consumes(MediaType.APPLICATION_JSON)
    public FeedbackItemView close(@Context SecurityContext security, @PathParam("id") String id,
                                  FeedbackTextBody body) {
        var actor = callers.actor(security);
        return view(actor, feedback.close(actor, item(id), bodies.required(body).toCommand()));
    }

    /** Sweeps as of now (the supervision group or HR); answers only what this run fired. */
    @POST
    @Path("sweep")
    public FeedbackSweepView sweep(@Context SecurityContext security) {
        return FeedbackSweepView.of(feedback.sweepNow(callers.actor(security)));
    }

    private FeedbackItemView view(Actor actor, FeedbackItem item) {
        var shown = FeedbackAccess.maySeeContact(actor, item) ? item : item.withoutContact();
        var policy = policies.find(item.policyVersion()).orElseThrow(() -> new IllegalStateException(
                "feedback item " + item.id().value() + " names policy version " + item.policyVersion()
                        + ", which is gone"));
        return FeedbackItemView.of(shown, policy);
    }

    private FeedbackResultView view(Actor actor, FeedbackResult result) {
        return new FeedbackResultView(view(actor, result.item()),
                result.findings().stream().map(ServiceFindingView::of).toList(),
                result.violations().stream().map(FindingViolationView::of).toList(),
                result.scores().stream().map(CustomerScoreView::of).toList());
    }

    private static FeedbackItemId item(String id) {
        return PathIds.parse(id, "feedback item", FeedbackItemId::of);
    }
}
