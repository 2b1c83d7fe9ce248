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
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.rest.AnswerEscalationBody;
import org.servicepolicy.rest.CompletionReportBody;
import org.servicepolicy.rest.DecideAdjustmentBody;
import org.servicepolicy.rest.EscalationBody;
import org.servicepolicy.rest.NewTaskBody;
import org.servicepolicy.rest.ProgressReportBody;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.RequestAdjustmentBody;
import org.servicepolicy.rest.ReviewBody;
import org.servicepolicy.rest.RuleRefusalBody;
import org.servicepolicy.rest.RuledRefusalView;
import org.servicepolicy.rest.TaskView;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskService;

/**
 * {@code /api/v1/tasks}: work assignments from assignment to reviewed completion (§3.1). The
 * assignee accepts, refuses, asks for adjustments, reports progress, escalates and reports
 * completion; the assigner, a superior or the department manager of the assignee, or HR rules on
 * refusals, decides adjustments, answers escalations and reviews. The core decides who may.
 *
 * <p>The sweep that marks overdue tasks and missed progress reports is not offered here: it
 * acts for nobody in particular, so the host runs it on a schedule ({@link TaskService#sweep}).
 */
@Path("/api/v1/tasks")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class TaskResource {
    private final TaskService tasks;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code tasks}. */
    public TaskResource(TaskService tasks, Callers callers, Bodies bodies, IdempotentRequests idempotent) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Assigns a task (a superior of the assignee, or HR). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response assign(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, NewTaskBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var assigned = tasks.assign(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/tasks/{id}").build(assigned.id().value()))
                    .entity(view(actor, assigned)).build();
        });
    }

    /** The tasks the caller assigned, oldest first. */
    @GET
    @Path("assigned-by-me")
    public List<TaskView> assignedByMe(@Context SecurityContext security) {
        return callers.read(security, actor -> TaskViews.of(tasks, actor, tasks.assignedBy(actor)));
    }

    /** One task with every version of its terms, its history and the sweep's marks. */
    @GET
    @Path("{id}")
    public TaskView get(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, actor -> view(actor, tasks.task(actor, task(id))));
    }

    /** The assignee accepts the task. */
    @POST
    @Path("{id}/accept")
    public TaskView accept(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return view(actor, tasks.accept(actor, task(id)));
    }

    /** The assignee refuses the task, with a reason (§3.1.1). */
    @POST
    @Path("{id}/refuse")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView refuse(@Context SecurityContext security, @PathParam("id") String id, ReasonBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.refuse(actor, task(id), bodies.required(body).reason()));
    }

    /** Rules on the pending refusal; an unjustified one is recorded as a violation with its proposed penalty. */
    @POST
    @Path("{id}/rule-refusal")
    @Consumes(MediaType.APPLICATION_JSON)
    public RuledRefusalView ruleRefusal(@Context SecurityContext security, @PathParam("id") String id,
                                        RuleRefusalBody body) {
        var actor = callers.actor(security);
        var ruled = tasks.ruleOnRefusal(actor, task(id), bodies.required(body).toCommand());
        return RuledRefusalView.of(ruled, view(actor, ruled.task()));
    }

    /** The assignee asks for a new deadline and/or new requirements. */
    @POST
    @Path("{id}/request-adjustment")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView requestAdjustment(@Context SecurityContext security, @PathParam("id") String id,
                                      RequestAdjustmentBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.requestAdjustment(actor, task(id), bodies.required(body).toCommand()));
    }

    /** Approves or denies the pending adjustment. */
    @POST
    @Path("{id}/decide-adjustment")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView decideAdjustment(@Context SecurityContext security, @PathParam("id") String id,
                                     DecideAdjustmentBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.decideAdjustment(actor, task(id), bodies.required(body).toCommand()));
    }

    /** The assignee reports progress. */
    @POST
    @Path("{id}/progress")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView progress(@Context SecurityContext security, @PathParam("id") String id, ProgressReportBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.reportProgress(actor, task(id), bodies.required(body).toCommand()));
    }

    /** The assignee escalates an issue. */
    @POST
    @Path("{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView escalate(@Context SecurityContext security, @PathParam("id") String id, EscalationBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.escalate(actor, task(id), bodies.required(body).issue()));
    }

    /** A superior answers an open escalation. */
    @POST
    @Path("{id}/answer-escalation")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView answerEscalation(@Context SecurityContext security, @PathParam("id") String id,
                                     AnswerEscalationBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.answerEscalation(actor, task(id), bodies.required(body).toCommand()));
    }

    /** The assignee reports completion with a self-check of every requirement. */
    @POST
    @Path("{id}/complete")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView complete(@Context SecurityContext security, @PathParam("id") String id, CompletionReportBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.reportCompletion(actor, task(id), bodies.required(body).toCommand()));
    }

    /** The submitted result is accepted with a quality score, or returned for rework. */
    @POST
    @Path("{id}/review")
    @Consumes(MediaType.APPLICATION_JSON)
    public TaskView review(@Context SecurityContext security, @PathParam("id") String id, ReviewBody body) {
        var actor = callers.actor(security);
        return view(actor, tasks.review(actor, task(id), bodies.required(body).toCommand()));
    }

    private TaskView view(Actor actor, Task task) {
        return TaskViews.of(tasks, actor, task);
    }

    private static TaskId task(String id) {
        return PathIds.parse(id, "task", TaskId::of);
    }
}
