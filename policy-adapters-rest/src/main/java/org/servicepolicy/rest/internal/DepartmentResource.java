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
import org.servicepolicy.career.CareerService;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.people.PeopleService;
import org.servicepolicy.rest.CreateDepartmentBody;
import org.servicepolicy.rest.DepartmentView;
import org.servicepolicy.rest.PromotionEligibilityView;

/** {@code /api/v1/departments} (§1.2). */
@Path("/api/v1/departments")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class DepartmentResource {
    private final PeopleService people;
    private final CareerService career;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code people}, and {@code career} for promotion eligibility. */
    public DepartmentResource(PeopleService people, CareerService career, Callers callers, Bodies bodies,
                              IdempotentRequests idempotent) {
        this.people = Objects.requireNonNull(people, "people");
        this.career = Objects.requireNonNull(career, "career");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Every department; any employee may list them. */
    @GET
    public List<DepartmentView> list(@Context SecurityContext security) {
        return callers.read(security, actor -> people.departments(actor).stream().map(DepartmentView::of).toList());
    }

    /** One department. */
    @GET
    @Path("{id}")
    public DepartmentView get(@Context SecurityContext security, @PathParam("id") String id) {
        var department = PathIds.parse(id, "department", DepartmentId::of);
        return callers.read(security, actor -> people.departments(actor).stream().filter(d -> d.id().equals(department))
                .findFirst().map(DepartmentView::of).orElseThrow(() -> new NotFoundException("department", id)));
    }

    /** Creates a department (HR). */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response create(@Context SecurityContext security, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, CreateDepartmentBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var created = people.createDepartment(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/departments/{id}")
                            .build(created.id().value()))
                    .entity(DepartmentView.of(created)).build();
        });
    }

    /** The department's employees who meet every promotion condition now (HR, §4.3.2). */
    @GET
    @Path("{id}/promotion-eligible")
    public List<PromotionEligibilityView> promotionEligible(@Context SecurityContext security,
                                                            @PathParam("id") String id) {
        var department = PathIds.parse(id, "department", DepartmentId::of);
        return callers.read(security, actor -> career.eligibleIn(actor, department)
                .stream().map(PromotionEligibilityView::of)
                .toList());
    }
}
