package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ExpectedRead;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.rest.ActorResolver;

/** Finds the actor of a request from the principal the host authenticated. */
public final class Callers {
    private final ActorResolver resolver;
    private final Optional<String> challenge;
    private final ServicePolicy policy;

    /**
     * @param resolver  maps principals to actors
     * @param challenge the WWW-Authenticate value sent with a 401, if the host gave one
     * @param policy    the library, whose transaction a read shares with its caller's resolution
     */
    public Callers(ActorResolver resolver, Optional<String> challenge, ServicePolicy policy) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.challenge = Objects.requireNonNull(challenge, "challenge");
        this.policy = Objects.requireNonNull(policy, "policy");
    }

    /**
     * The actor of the request whose security context is {@code security}.
     *
     * @throws ProblemException      (401) when no principal was authenticated
     * @throws AccessDeniedException (403) when the principal is no employee the policy knows
     */
    public Actor actor(SecurityContext security) {
        return actor(security, Set.of());
    }

    /**
     * The actor of the request whose security context is {@code security}, resolved, when it is
     * not yet, with the records of the employees the request is about ({@link ActorResolver#actorFor(java.security.Principal, Set)}).
     *
     * @throws ProblemException      (401) when no principal was authenticated
     * @throws AccessDeniedException (403) when the principal is no employee the policy knows
     */
    public Actor actor(SecurityContext security, Set<EmployeeId> about) {
        var principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof ActorSecurityContext.ActorPrincipal known) {
            return known.actor(about);
        }
        if (principal == null) {
            throw ProblemException.unauthenticated(challenge);
        }
        var resolved = about.isEmpty() ? resolver.actorFor(principal) : resolver.actorFor(principal, about);
        return resolved.orElseThrow(() -> new AccessDeniedException(
                "the authenticated user '" + principal.getName() + "' is not an employee known to the policy"));
    }

    /**
     * {@code security}, when it names an authenticated principal.
     *
     * @throws ProblemException (401) when no principal was authenticated
     */
    public SecurityContext authenticated(SecurityContext security) {
        if (security == null || security.getUserPrincipal() == null) {
            throw ProblemException.unauthenticated(challenge);
        }
        return security;
    }

    /**
     * What {@code read} answers for the actor of the request, the actor resolved and the records
     * read in one transaction: one connection, one consistent state, whatever the store.
     */
    public <T> T read(SecurityContext security, Function<Actor, T> read) {
        return policy.together(() -> read.apply(actor(security)));
    }

    /**
     * What {@code read} answers for the actor of the request, as {@link #read(SecurityContext, Function)},
     * for a read about the employee whose id is {@code employee} (as the path gives it): the
     * caller and that employee are read in one statement. An id that is not valid is left to
     * {@code read} to refuse, after the caller is known.
     */
    public <T> T read(SecurityContext security, String employee, Function<Actor, T> read) {
        return policy.together(() -> read.apply(actor(security, about(employee))));
    }

    /**
     * What {@code read} answers, as {@link #read(SecurityContext, String, Function)}, for a read of
     * the employee's records of the kind {@code expected}: the transaction is told to expect that
     * read ({@link ExpectedRead}), so that a store may read those records along with the caller
     * and the employee. What {@code read} may see and answers does not change.
     */
    public <T> T read(SecurityContext security, String employee, ExpectedRead.Kind expected, Function<Actor, T> read) {
        var about = about(employee);
        var reads = about.stream().map(id -> new ExpectedRead(expected, id)).toList();
        return policy.together(reads, () -> read.apply(actor(security, about)));
    }

    /** The employee the path names, when the id is valid; none otherwise. */
    private static Set<EmployeeId> about(String employee) {
        return employee != null && Ids.isValid(employee) ? Set.of(EmployeeId.of(employee)) : Set.of();
    }
}
