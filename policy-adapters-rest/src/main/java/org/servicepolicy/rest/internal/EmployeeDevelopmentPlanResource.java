package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.career.DevelopmentPlanService;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.rest.DevelopmentPlanView;

/** {@code /api/v1/employees/{id}/development-plans}: an employee's development plans (§4.3.1). */
@Path("/api/v1/employees/{id}/development-plans")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EmployeeDevelopmentPlanResource {
    private final DevelopmentPlanService plans;
    private final Callers callers;

    /** A resource over {@code plans}. */
    public EmployeeDevelopmentPlanResource(DevelopmentPlanService plans, Callers callers) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The employee's plans, oldest proposal first. */
    @GET
    public List<DevelopmentPlanView> of(@Context SecurityContext security, @PathParam("id") String id) {
        return callers.read(security, id, actor -> plans.plansOf(actor, PathIds.parse(id, "employee",
                EmployeeId::of)).stream().map(DevelopmentPlanView::of).toList());
    }
}
