package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.meetings.ResponderService;
import org.servicepolicy.rest.DepartmentRespondersView;
import org.servicepolicy.rest.NameRespondersBody;

/**
 * {@code /api/v1/department-responders}: the responders each department names on the internal
 * platform (§5.1.1). A department's manager or HR names them, never themself; all staff read them.
 */
@Path("/api/v1/department-responders")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class DepartmentResponderResource {
    private static final String KIND = "department responders";

    private final ResponderService responders;
    private final Callers callers;
    private final Bodies bodies;

    /** A resource over {@code responders}. */
    public DepartmentResponderResource(ResponderService responders, Callers callers, Bodies bodies) {
        this.responders = Objects.requireNonNull(responders, "responders");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
    }

    /** The responders of every department that ever named some, by department id. */
    @GET
    public List<DepartmentRespondersView> all(@Context SecurityContext security) {
        return callers.read(security, actor -> responders.all(actor).stream().map(DepartmentRespondersView::of)
                .toList());
    }

    /** The responders of one department; not found while it has named none. */
    @GET
    @Path("{departmentId}")
    public DepartmentRespondersView get(@Context SecurityContext security,
                                        @PathParam("departmentId") String departmentId) {
        var department = department(departmentId);
        return callers.read(security, actor -> responders.of(actor, department).map(DepartmentRespondersView::of)
                .orElseThrow(() -> new NotFoundException(KIND, department)));
    }

    /** Names the responders of the department in place of those named before: its manager or HR. */
    @PUT
    @Path("{departmentId}")
    @Consumes(MediaType.APPLICATION_JSON)
    public DepartmentRespondersView name(@Context SecurityContext security,
                                         @PathParam("departmentId") String departmentId, NameRespondersBody body) {
        var actor = callers.actor(security);
        return DepartmentRespondersView.of(responders.name(actor, department(departmentId),
                bodies.required(body).toCommand()));
    }

    private static DepartmentId department(String id) {
        return PathIds.parse(id, KIND, DepartmentId::of);
    }
}
