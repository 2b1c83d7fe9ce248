package org.servicepolicy.rest.internal;

import jakarta.ws.rs.core.SecurityContext;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.rest.ActorResolver;

/** Finds the actor of a request from the principal the host authenticated. */
public final class Callers {
    private final ActorResolver resolver;
    private final Optional<String> challenge;

    /**
     * @param resolver  maps principals to actors
     * @param challenge the WWW-Authenticate value sent with a 401, if the host gave one
     */
    public Callers(ActorResolver resolver, Optional<String> challenge) {
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.challenge = Objects.requireNonNull(challenge, "challenge");
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
}
