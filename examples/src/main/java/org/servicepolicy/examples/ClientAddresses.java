package org.servicepolicy.examples;

import com.sun.net.httpserver.HttpHandler;

/**
 * The address of the client whose request the current thread serves. JAX-RS does not tell a
 * filter where a request comes from; the JDK's HTTP server does, and serves each request on one
 * thread, so the handler wrapped here notes the address for the duration of the request. The
 * address is the socket's peer: behind a proxy, the proxy's, which is why a real host reads the
 * forwarded address its own proxy vouches for instead.
 */
final class ClientAddresses {
    /** Stands for the address outside any request, which the server never serves. */
    static final String UNKNOWN = "unknown";

    private final ThreadLocal<String> current = new ThreadLocal<>();

    /** {@code handler}, with the client's address noted while it handles each request. */
    HttpHandler noting(HttpHandler handler) {
        return exchange -> {
            current.set(exchange.getRemoteAddress().getAddress().getHostAddress());
            try {
                handler.handle(exchange);
            } finally {
                current.remove();
            }
        };
    }

    /** The address of the client of the request being served. */
    String current() {
        var address = current.get();
        return address == null ? UNKNOWN : address;
    }
}
