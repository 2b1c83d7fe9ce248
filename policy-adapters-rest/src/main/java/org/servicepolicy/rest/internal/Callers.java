package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
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
        var principal = security == null ? null : security.getUserPrincipal();
        if (principal instanceof ActorSecurityContext.ActorPrincipal known) {
            return known.actor();
        }
        if (principal == null) {
            throw ProblemException.unauthenticated(challenge);
        }
        return resolver.actorFor(principal).orElseThrow(() -> new AccessDeniedException(
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
}
