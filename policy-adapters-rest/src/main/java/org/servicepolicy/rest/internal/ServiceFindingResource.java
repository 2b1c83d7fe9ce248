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
import org.servicepolicy.rest.ServiceFindingView;
import org.servicepolicy.service.SupervisionService;

/**
 * {@code /api/v1/employees/{id}/service-findings}: the findings in an employee's service record
 * (§2.3.1), for the employee, their manager, the supervision group and HR.
 */
@Path("/api/v1/employees/{id}/service-findings")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceFindingResource {
    private final SupervisionService supervision;
    private final Callers callers;

    /** A resource over {@code supervision}. */
    public ServiceFindingResource(SupervisionService supervision, Callers callers) {
        this.supervision = Objects.requireNonNull(supervision, "supervision");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The employee's findings, oldest observation first. */
    @GET
    public List<ServiceFindingView> findings(@Context SecurityContext security, @PathParam("id") String id) {
        var employee = PathIds.parse(id, "employee", EmployeeId::of);
        return callers.read(security, actor -> supervision.findingsOf(actor, employee).stream()
                .map(ServiceFindingView::of).toList());
    }
}
