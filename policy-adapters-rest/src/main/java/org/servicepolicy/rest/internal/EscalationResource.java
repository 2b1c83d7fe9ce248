package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.rest.OpenEscalationView;
import org.servicepolicy.tasks.TaskService;

/** {@code /api/v1/escalations}: the issues raised on tasks that await a superior's answer (§3.1.2). */
@Path("/api/v1/escalations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EscalationResource {
    private final TaskService tasks;
    private final Callers callers;

    /** A resource over {@code tasks}. */
    public EscalationResource(TaskService tasks, Callers callers) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The open escalations the caller may answer, oldest task first. */
    @GET
    @Path("open")
    public List<OpenEscalationView> open(@Context SecurityContext security) {
        return callers.read(security, actor -> tasks.openEscalations(actor)
                .stream().map(OpenEscalationView::of).toList());
    }
}
