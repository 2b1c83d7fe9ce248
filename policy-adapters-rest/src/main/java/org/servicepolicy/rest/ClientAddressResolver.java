package org.servicepolicy.rest;

import jakarta.ws.rs.container.ContainerRequestContext;

/**
 * The host's knowledge of where a request comes from, which JAX-RS does not give: the address the
 * public feedback endpoints are throttled by. A host behind a proxy answers the forwarded address
 * its own proxy vouches for, never a header any client may set.
 */
@FunctionalInterface
public interface ClientAddressResolver {
    /** Stands for a request whose address the host does not know: all such requests share their limits. */
    String UNKNOWN = "unknown";

    /** The address of the client that sent {@code request}; null or blank when unknown. */
    String addressOf(ContainerRequestContext request);
}
