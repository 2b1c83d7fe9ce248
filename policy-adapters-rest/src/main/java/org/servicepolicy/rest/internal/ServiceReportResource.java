package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.rest.ConfirmServiceReportBody;
import org.servicepolicy.rest.FileServiceReportBody;
import org.servicepolicy.rest.ReasonBody;
import org.servicepolicy.rest.ServiceReportRuledView;
import org.servicepolicy.rest.ServiceReportScope;
import org.servicepolicy.rest.ServiceReportView;
import org.servicepolicy.service.ServiceReportId;
import org.servicepolicy.service.ServiceReportService;

/**
 * {@code /api/v1/service-reports}: peers' service problem reports (§2.3.1). Any employee files
 * one; the supervision group confirms or dismisses it once. The colleague reported on, and their
 * manager, never receive the reporter.
 */
@Path("/api/v1/service-reports")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceReportResource {
    private final ServiceReportService reports;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code reports}. */
    public ServiceReportResource(ServiceReportService reports, Callers callers, Bodies bodies,
                                 IdempotentRequests idempotent) {
        this.reports = Objects.requireNonNull(reports, "reports");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** The caller reports a service problem. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response file(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, FileServiceReportBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var filed = reports.file(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/service-reports/{id}")
                            .build(filed.id().value()))
                    .entity(ServiceReportView.of(filed)).build();
        });
    }

    /** The reports the caller filed (the default), those addressed to them, or all (the group and HR). */
    @GET
    public List<ServiceReportView> list(@Context SecurityContext security, @QueryParam("scope") String scope) {
        var chosen = QueryParameters.constant(scope, "scope", ServiceReportScope.class)
                .orElse(ServiceReportScope.FILED);
        return callers.read(security, actor -> (switch (chosen) {
            case FILED -> reports.filedBy(actor);
            case ADDRESSED -> reports.addressedTo(actor);
            case ALL -> reports.all(actor);
        }).stream().map(ServiceReportView::of).toList());
    }

    /** One report, as the caller may read it. */
    @GET
    @Path("{id}")
    public ServiceReportView get(@Context SecurityContext security, @PathParam("id") String id) {
        var report = report(id);
        return callers.read(security, actor -> ServiceReportView.of(reports.report(actor, report)));
    }

    /** Confirms the report as effective information (the group): its finding, violation and reward. */
    @POST
    @Path("{id}/confirmation")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceReportRuledView confirm(@Context SecurityContext security, @PathParam("id") String id,
                                          ConfirmServiceReportBody body) {
        var actor = callers.actor(security);
        return ServiceReportRuledView.of(reports.confirm(actor, report(id), bodies.required(body).toCommand()));
    }

    /** Dismisses the report with a reason (the group). */
    @POST
    @Path("{id}/dismissal")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceReportRuledView dismiss(@Context SecurityContext security, @PathParam("id") String id,
                                          ReasonBody body) {
        var actor = callers.actor(security);
        return ServiceReportRuledView.of(reports.dismiss(actor, report(id), bodies.required(body).reason()));
    }

    private static ServiceReportId report(String id) {
        return PathIds.parse(id, "service report", ServiceReportId::of);
    }
}
