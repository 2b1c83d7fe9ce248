package org.servicepolicy.rest;

import java.security.Principal;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.people.PeopleService;

/**
 * Port: turns the principal the host authenticated into the core {@link Actor} that use cases
 * check. Authentication stays the host's job; this port only says who the principal is in the
 * policy's terms.
 */
@FunctionalInterface
public interface ActorResolver {
    /**
     * The actor for {@code principal}, or empty when the principal is no employee the policy
     * knows (the request is then refused with 403).
     */
    Optional<Actor> actorFor(Principal principal);

    /**
     * The actor for {@code principal}, as {@link #actorFor(Principal)}, for a read about the
     * employees {@code about}: a resolver that reads employees may read them with the actor, so
     * that the read finds them without another round trip. By default they are left to the read.
     */
    default Optional<Actor> actorFor(Principal principal, Set<EmployeeId> about) {
        return actorFor(principal);
    }

    /**
     * The default: the principal's name is the employee id, and the actor's roles come from the
     * employee's record ({@link PeopleService#actorFor}).
     */
    static ActorResolver byEmployeeId(PeopleService people) {
        Objects.requireNonNull(people, "people");
        return new ActorResolver() {
            @Override
            public Optional<Actor> actorFor(Principal principal) {
                return Ids.isValid(principal.getName())
                        ? people.actorFor(EmployeeId.of(principal.getName()))
                        : Optional.empty();
            }

            @Override
            public Optional<Actor> actorFor(Principal principal, Set<EmployeeId> about) {
                return Ids.isValid(principal.getName())
                        ? people.actorFor(EmployeeId.of(principal.getName()), about)
                        : Optional.empty();
            }
        };
    }
}
