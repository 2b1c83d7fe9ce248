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
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.rest.ServiceCaseView;
import org.servicepolicy.service.ServiceCaseService;

/**
 * {@code /api/v1/employees/{id}/service-cases}: the cases an employee handles (§2.1.3), for the
 * employee, their manager, the supervision group and HR.
 */
@Path("/api/v1/employees/{id}/service-cases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class EmployeeServiceCaseResource {
    private final ServiceCaseService cases;
    private final Callers callers;

    /** A resource over {@code cases}. */
    public EmployeeServiceCaseResource(ServiceCaseService cases, Callers callers) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The employee's cases, oldest opening first. */
    @GET
    public List<ServiceCaseView> cases(@Context SecurityContext security, @PathParam("id") String id) {
        var employee = PathIds.parse(id, "employee", EmployeeId::of);
        return callers.read(security, actor -> cases.casesOf(actor, employee).stream().map(ServiceCaseView::of)
                .toList());
    }
}
