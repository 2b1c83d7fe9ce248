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
import java.util.Objects;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.rest.OpenServiceCaseBody;
import org.servicepolicy.rest.PromiseReplyBody;
import org.servicepolicy.rest.ReturnTripBody;
import org.servicepolicy.rest.ReturnVisitBody;
import org.servicepolicy.rest.ServiceCaseResultView;
import org.servicepolicy.rest.ServiceCaseView;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceCaseService;

/**
 * {@code /api/v1/service-cases}: customers' business cases (§2.1.3) with their promised replies
 * (§2.1.2), return trips and return visits (§2.1.4). The handler opens and finishes their cases
 * and records the replies they promise and give; the supervision group or the
 * handler's manager records return trips and the return visit. What falls short is answered as
 * findings, with the violations they proposed.
 */
@Path("/api/v1/service-cases")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceCaseResource {
    private final ServiceCaseService cases;
    private final Callers callers;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over {@code cases}. */
    public ServiceCaseResource(ServiceCaseService cases, Callers callers, Bodies bodies,
                               IdempotentRequests idempotent) {
        this.cases = Objects.requireNonNull(cases, "cases");
        this.callers = Objects.requireNonNull(callers, "callers");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /** Opens a case now, due after its business type's stipulated time. */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response open(@Context SecurityContext security, @Context UriInfo uri,
                         @HeaderParam(IdempotentRequests.KEY_HEADER) String key, OpenServiceCaseBody body) {
        var actor = callers.actor(security);
        return idempotent.create(actor, key, uri, body, () -> {
            var opened = cases.open(actor, bodies.required(body).toCommand());
            return Response.created(uri.getBaseUriBuilder().path("api/v1/service-cases/{id}")
                    .build(opened.id().value())).entity(ServiceCaseView.of(opened)).build();
        });
    }

    /** One case with its return trips and visit. */
    @GET
    @Path("{id}")
    public ServiceCaseView get(@Context SecurityContext security, @PathParam("id") String id) {
        var serviceCase = serviceCase(id);
        return callers.read(security, actor -> ServiceCaseView.of(cases.serviceCase(actor, serviceCase)));
    }

    /** Finishes the case now; finished late, a CASE_TIME finding. */
    @POST
    @Path("{id}/finish")
    public ServiceCaseResultView finish(@Context SecurityContext security, @PathParam("id") String id) {
        var actor = callers.actor(security);
        return ServiceCaseResultView.of(cases.finish(actor, serviceCase(id)));
    }

    /** Records a customer's return trip; for a document they were not told about, a finding. */
    @POST
    @Path("{id}/return-trips")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceCaseResultView returnTrip(@Context SecurityContext security, @PathParam("id") String id,
                                            ReturnTripBody body) {
        var actor = callers.actor(security);
        return ServiceCaseResultView.of(cases.recordReturnTrip(actor, serviceCase(id),
                bodies.required(body).toCommand()));
    }

    /** Records the return visit as done, with the customer's satisfaction; done late, a finding unless swept. */
    @POST
    @Path("{id}/return-visit")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceCaseResultView returnVisit(@Context SecurityContext security, @PathParam("id") String id,
                                             ReturnVisitBody body) {
        var actor = callers.actor(security);
        return ServiceCaseResultView.of(cases.recordReturnVisit(actor, serviceCase(id),
                bodies.required(body).toCommand()));
    }

    /** Records a reply promised to the customer by a time (the handler or their manager). */
    @POST
    @Path("{id}/commitments")
    @Consumes(MediaType.APPLICATION_JSON)
    public ServiceCaseResultView promise(@Context SecurityContext security, @PathParam("id") String id,
                                         PromiseReplyBody body) {
        var actor = callers.actor(security);
        return ServiceCaseResultView.of(cases.promise(actor, serviceCase(id), bodies.required(body).toCommand()));
    }

    /** Records the promised reply as given now; given late, a PROMISED_REPLY finding unless swept. */
    @POST
    @Path("{id}/commitments/{number}/reply")
    public ServiceCaseResultView reply(@Context SecurityContext security, @PathParam("id") String id,
                                       @PathParam("number") String number) {
        var actor = callers.actor(security);
        return ServiceCaseResultView.of(cases.reply(actor, serviceCase(id), commitmentNumber(id, number)));
    }

    /** The commitment's number, or the commitment does not exist (404). */
    private static int commitmentNumber(String id, String number) {
        if (number == null || !number.matches("[1-9][0-9]{0,3}")) {
            throw new NotFoundException("commitment", id + "/" + number);
        }
        return Integer.parseInt(number);
    }

    private static ServiceCaseId serviceCase(String id) {
        return PathIds.parse(id, "service case", ServiceCaseId::of);
    }
}
