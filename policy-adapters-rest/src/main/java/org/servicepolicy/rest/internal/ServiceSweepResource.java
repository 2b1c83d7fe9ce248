package org.servicepolicy.rest.internal;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import org.servicepolicy.rest.ServiceSweepView;
import org.servicepolicy.service.ServiceSweep;

/**
 * {@code /api/v1/service-sweeps}: runs the service sweep now (§2.1.3, §2.1.4), for the service
 * supervision group or HR, besides the host's schedule: a case still open past due and a return
 * visit still owed past due become findings, each once however many sweeps run.
 */
@Path("/api/v1/service-sweeps")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class ServiceSweepResource {
    private final ServiceSweep sweep;
    private final Callers callers;

    /** A resource over {@code sweep}. */
    public ServiceSweepResource(ServiceSweep sweep, Callers callers) {
        this.sweep = Objects.requireNonNull(sweep, "sweep");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** Sweeps as of now; answers only what this run marked. */
    @POST
    public ServiceSweepView sweep(@Context SecurityContext security) {
        return ServiceSweepView.of(sweep.sweepNow(callers.actor(security)));
    }
}
