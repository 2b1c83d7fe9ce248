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
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.AssessmentService;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.rest.AssessmentCycleView;
import org.servicepolicy.rest.CycleGradeView;
import org.servicepolicy.rest.CyclePreviewView;
import org.servicepolicy.rest.EvaluationView;
import org.servicepolicy.rest.FinalizedCycleView;
import org.servicepolicy.rest.MissingEvaluationView;
import org.servicepolicy.rest.OpenCycleBody;
import org.servicepolicy.rest.SubmitEvaluationBody;

/**
 * {@code /api/v1/assessment-cycles}: the periodic compliance assessment (§3.3.1). HR opens and
 * finalizes cycles; employees evaluate; HR and managers see what is missing and preview grades.
 */
@Path("/api/v1/assessment-cycles")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class AssessmentCycleResource {
    private final AssessmentService assessment;
    private final DecisionService decisions;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code assessment}, reading the grades' explanations from {@code decisions}. */
    public AssessmentCycleResource(AssessmentService assessment, DecisionService decisions, Callers callers,
                                   Bodies bodies, IdempotentRequests idempotent) {
        this.assessment = Objects.requireNonNull(assessment, "assessment");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Opens a cycle (HR). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, OpenCycleBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var opened = assessment.open(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/assessment-cycles/{id}")
                            .build(opened.id().value()))
                    .entity(AssessmentCycleView.of(opened)).build();
        });
    }

    /** Every cycle, by first day. */
    @GET
    public List<AssessmentCycleView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> assessment.cycles(actor).stream().map(AssessmentCycleView::of).toList());
    }

    /** One cycle. */
    @GET
    @Path("{id}")
    public AssessmentCycleView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> AssessmentCycleView.of(assessment.cycle(actor, cycle(id))));
    }

    /** The ids of the employees the cycle assesses now. */
    @GET
    @Path("{id}/participants")
    public List<String> participants(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> assessment.participants(actor, cycle(id))
                .stream().map(EmployeeId::value).toList());
    }

    /**
     * The caller evaluates an employee; the answer's {@code Location} is the employee's
     * evaluations in the cycle.
     */
    @POST
    @Path("{id}/evaluations")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response evaluate(@Context SecurityContext security, @Context UriInfo uri, @PathParam("id") String id,
                             @HeaderParam(IdempotentRequests.KEY_HEADER) String key, SubmitEvaluationBody body) {
        var actor = callers.actor(security);
        var cycle = cycle(id);
        return idempotent.create(actor, key, uri, body, () -> {
            var evaluation = assessment.evaluate(actor, cycle, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/employees/{id}/evaluations")
                            .queryParam("cycle", cycle.value()).build(evaluation.evaluated().value()))
                    .entity(EvaluationView.ofOwn(evaluation)).build();
        });
    }

    /** The evaluations still missing: HR sees every one, a manager their department's. */
    @GET
    @Path("{id}/missing")
    public List<MissingEvaluationView> missing(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> assessment.missing(actor, cycle(id))
                .stream().map(MissingEvaluationView::of).toList());
    }

    /** The grades finalizing would give now, computed and not stored (HR, or a manager for their department). */
    @GET
    @Path("{id}/preview")
    public CyclePreviewView preview(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> CyclePreviewView.of(assessment.preview(actor, cycle(id))));
    }

    /**
     * Finalizes the cycle (HR): stores every grade with its decision and proposes the rewards the
     * grades earn. Finalizing a finalized cycle answers its stored grades. While evaluations are
     * missing the refusal lists each of them in {@code missing}.
     */
    @POST
    @Path("{id}/finalize")
    public FinalizedCycleView finalizeCycle(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        var cycle = cycle(id);
        try {
            var finalized = assessment.finalizeCycle(actor, cycle);
            return new FinalizedCycleView(AssessmentCycleView.of(finalized.cycle()), views(actor, finalized.grades()));
        } catch (PolicyRefusalException refusal) {
            if (!refusal.ruleId().equals(AssessmentService.MISSING_EVALUATIONS)) {
                throw refusal;
            }
            throw ProblemException.missingEvaluations(refusal, assessment.missing(actor, cycle).stream()
                    .map(MissingEvaluationView::of).toList());
        }
    }

    /** The cycle's finalized grades with their decisions: HR sees every one, a manager their department's. */
    @GET
    @Path("{id}/grades")
    public List<CycleGradeView> grades(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> views(actor, assessment.gradesIn(actor, cycle(id))));
    }

    private List<CycleGradeView> views(Actor actor, List<CycleGrade> grades) {
        return grades.stream().map(g -> CycleGradeView.of(g, decisions.decision(actor, g.decision()))).toList();
    }

    private static AssessmentCycleId cycle(String id) {
        return PathIds.parse(id, "assessment cycle", AssessmentCycleId::of);
    }
}
