package org.servicepolicy.rest.internal;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import org.servicepolicy.people.PeopleService;
import org.servicepolicy.rest.MeView;

/** {@code /api/v1/me}: who the caller is. */
@Path("/api/v1/me")
@Produces(MediaType.APPLICATION_JSON)
@Authenticated
@ApiResource
public final class MeResource {
    private final PeopleService people;
    private final Callers callers;

    /** A resource over {@code people}. */
    public MeResource(PeopleService people, Callers callers) {
        this.people = Objects.requireNonNull(people, "people");
        this.callers = Objects.requireNonNull(callers, "callers");
    }

    /** The caller's employee record and the roles they act with. */
    @GET
    public MeView me(@Context SecurityContext security) {
        return callers.read(security, actor -> MeView.of(actor, people.employee(actor, actor.id())));
    }
}
