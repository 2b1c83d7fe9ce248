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
import org.servicepolicy.rest.ServiceEvaluationResultView;
import org.servicepolicy.service.evaluation.ServiceEvaluationService;

/**
 * {@code /api/v1/employees/{id}/service-evaluations}: an employee's finalised service
 * evaluations (§2.3.3), for the employee, their manager, the supervision group and HR.
 */
@Path("/api/v1/employees/{id}/service-evaluations")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceEvaluationResource {
    private final ServiceEvaluationService evaluation;
    private final Callers callers;

    /** A resource over {@code evaluation}. */
    public ServiceEvaluationResource(ServiceEvaluationService evaluation, Callers callers) {
        this.evaluation = Objects.requireNonNull(evaluation, "evaluation");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The employee's results, oldest period first. */
    @GET
    public List<ServiceEvaluationResultView> results(@Context SecurityContext security, @PathParam("id") String id) {
        var employee = PathIds.parse(id, "employee", EmployeeId::of);
        return callers.read(security, actor -> evaluation.resultsOf(actor, employee).stream()
                .map(ServiceEvaluationResultView::of).toList());
    }
}
