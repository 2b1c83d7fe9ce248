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
import java.util.Set;
import org.servicepolicy.decisions.DecisionService;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.PeopleRules;
import org.servicepolicy.rest.DecisionView;
import org.servicepolicy.rest.RetakeRulingBody;
import org.servicepolicy.rest.RetakeRulingView;
import org.servicepolicy.rest.ScheduleTrainingSessionBody;
import org.servicepolicy.rest.TrainingAssessmentView;
import org.servicepolicy.rest.TrainingAttendanceBody;
import org.servicepolicy.rest.TrainingObligationView;
import org.servicepolicy.rest.TrainingScoreBody;
import org.servicepolicy.rest.TrainingScoreView;
import org.servicepolicy.rest.TrainingSessionView;
import org.servicepolicy.rest.TrainingSweepView;
import org.servicepolicy.training.TrainingAssessment;
import org.servicepolicy.training.TrainingAssessmentRules;
import org.servicepolicy.training.TrainingService;
import org.servicepolicy.training.TrainingSessionId;

/**
 * {@code /api/v1/training}: training sessions, attendance and scores, the posting gate, HR's
 * rulings on exhausted retakes, and what each employee owes (§4.1, §4.2). HR or the attendees'
 * manager schedules a session; the trainer or HR records attendance and scores, never their own;
 * the pass that completes the last programme due before post puts an onboarding hire on post
 * (§4.1.1). An employee's sessions, assessments and obligations are read by themself, their
 * managers and HR.
 */
@Path("/api/v1/training")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class TrainingResource {
    /** The decisions a score may lead to, shown with it. */
    private static final Set<DecisionKind> SCORE_DECISIONS = Set.of(PeopleRules.ON_POST,
            TrainingAssessmentRules.RETAKES_EXHAUSTED);

    private final TrainingService training;
    private final DecisionService decisions;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code training}, explaining its decisions through {@code decisions}. */
    public TrainingResource(TrainingService training, DecisionService decisions, Callers callers, Bodies bodies,
                            IdempotentRequests idempotent) {
        this.training = Objects.requireNonNull(training, "training");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Schedules a session now: HR, or the manager of every attendee. */
    @POST
    @Path("sessions")
    @Consumes(MediaType.APPLICATION_JSON)
    public Response schedule(@Context SecurityContext security, @Context UriInfo uri,
                             @HeaderParam(IdempotentRequests.KEY_HEADER) String key, ScheduleTrainingSessionBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var session = training.schedule(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/training/sessions/{id}")
                    .build(session.id().value())).entity(TrainingSessionView.of(session)).build();
        });
    }

    /** One session: HR, its scheduler, trainer and attendees, and the attendees' managers. */
    @GET
    @Path("sessions/{id}")
    public TrainingSessionView session(@Context SecurityContext security, @PathParam("id") String id) {
        var session = session(id);
        return callers.read(security, actor -> TrainingSessionView.of(training.session(actor, session)));
    }

    /** Records an attendee's attendance; UNEXCUSED records a violation (§3.1.1) in the same transaction. */
    @POST
    @Path("sessions/{id}/attendance")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingSessionView attendance(@Context SecurityContext security, @PathParam("id") String id,
                                          TrainingAttendanceBody body) {
        var actor = callers.actor(security);
        return TrainingSessionView.of(training.recordAttendance(actor, session(id),
                bodies.required(body).toCommand()));
    }

    /** Records a present attendee's score, with the decisions it led to. */
    @POST
    @Path("sessions/{id}/scores")
    @Consumes(MediaType.APPLICATION_JSON)
    public TrainingScoreView score(@Context SecurityContext security, @PathParam("id") String id,
                                   TrainingScoreBody body) {
        var actor = callers.actor(security);
        var assessment = training.recordScore(actor, session(id), bodies.required(body).toCommand());
        return new TrainingScoreView(TrainingAssessmentView.of(assessment), decidedBy(actor, assessment));
    }

    /** The sessions the employee attends or trains, by start. */
    @GET
    @Path("employees/{id}/sessions")
    public List<TrainingSessionView> sessionsOf(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> training.sessionsOf(actor, employee(id)).stream()
                .map(TrainingSessionView::of).toList());
    }

    /** The employee's assessments, completions and failed attempts, oldest first. */
    @GET
    @Path("employees/{id}/assessments")
    public List<TrainingAssessmentView> assessmentsOf(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> training.assessmentsOf(actor, employee(id)).stream()
                .map(TrainingAssessmentView::of).toList());
    }

    /** What the employee owes now and by when, by due instant. */
    @GET
    @Path("employees/{id}/obligations")
    public List<TrainingObligationView> obligations(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> training.obligations(actor, employee(id)).stream()
                .map(TrainingObligationView::of).toList());
    }

    /** HR decides about a trainee whose retakes are exhausted: EXTEND or END, with the decision's reasons. */
    @POST
    @Path("employees/{id}/retake-rulings")
    @Consumes(MediaType.APPLICATION_JSON)
    public RetakeRulingView ruleOnRetakes(@Context SecurityContext security, @PathParam("id") String id,
                                          RetakeRulingBody body) {
        var actor = callers.actor(security);
        var ruling = training.ruleOnRetakes(actor, employee(id), bodies.required(body).toCommand());
        return RetakeRulingView.of(ruling, decisions.decision(actor, ruling.decision()));
    }

    /** Sweeps as of now (HR); answers only what this run marked. */
    @POST
    @Path("sweep")
    public TrainingSweepView sweep(@Context SecurityContext security) {
        return TrainingSweepView.of(training.sweepNow(callers.actor(security)));
    }

    /**
     * The decisions {@code assessment} led to, for HR; none for a trainer who is not HR and so may
     * not read the trainee's personnel records (they are among the trainee's decisions).
     */
    private List<DecisionView> decidedBy(Actor actor, TrainingAssessment assessment) {
        if (!actor.isHr()) {
            return List.of();
        }
        return decisions.about(actor, assessment.employee()).stream()
                .filter(d -> SCORE_DECISIONS.contains(d.kind()) && d.decidedAt().equals(assessment.recordedAt()))
                .map(DecisionView::of).toList();
    }

    private static TrainingSessionId session(String id) {
        return PathIds.parse(id, "training session", TrainingSessionId::of);
    }

    private static EmployeeId employee(String id) {
        return PathIds.parse(id, "employee", EmployeeId::of);
    }
}
