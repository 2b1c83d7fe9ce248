package org.servicepolicy.examples;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.time.Duration;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * HTTP Basic authentication for the example app: a request with valid credentials runs as the
 * account's employee; without credentials, or with wrong ones, the REST adapter answers 401.
 * Failed logins are throttled per account name and per client address ({@link LoginThrottle}):
 * while either is locked out, a login is answered 429 with {@code Retry-After}, without its
 * password being checked. Real hosts use their own authentication and hand the principal to the
 * adapter the same way.
 */
@Priority(Priorities.AUTHENTICATION)
public final class BasicAuthentication implements ContainerRequestFilter {
    /** The problem type of a login refused while locked out. */
    public static final String TOO_MANY_FAILED_LOGINS = "https://servicepolicy.org/problems/too-many-failed-logins";

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Accounts accounts;
    private final LoginThrottle throttle;
    private final Supplier<String> clientAddress;

    /**
     * Authenticates against {@code accounts}, throttling failures with {@code throttle} by the
     * address {@code clientAddress} gives for the request being served.
     */
    public BasicAuthentication(Accounts accounts, LoginThrottle throttle, Supplier<String> clientAddress) {
        this.accounts = Objects.requireNonNull(accounts, "accounts");
        this.throttle = Objects.requireNonNull(throttle, "throttle");
        this.clientAddress = Objects.requireNonNull(clientAddress, "clientAddress");
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            return;
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            return;
        }
        int colon = decoded.indexOf(':');
        if (colon < 0) {
            return;
        }
        var username = decoded.substring(0, colon);
        var address = clientAddress.get();
        var lockout = throttle.lockedOut(username, address);
        if (lockout.isPresent()) {
            request.abortWith(tooManyFailures(lockout.get()));
            return;
        }
        var employeeId = accounts.authenticate(username, decoded.substring(colon + 1).toCharArray());
        if (employeeId.isEmpty()) {
            throttle.failed(username, address);
            return;
        }
        throttle.succeeded(username);
        Principal principal = employeeId::get;
        var secure = request.getSecurityContext() != null && request.getSecurityContext().isSecure();
        request.setSecurityContext(new CallerContext(principal, secure, SecurityContext.BASIC_AUTH));
    }

    /** 429, saying in whole seconds, rounded up, when to try again. */
    private static Response tooManyFailures(Duration lockout) {
        long seconds = Math.max(1, (lockout.toMillis() + 999) / 1000);
        var problem = new LinkedHashMap<String, Object>();
        problem.put("type", TOO_MANY_FAILED_LOGINS);
        problem.put("title", "Too many failed logins");
        problem.put("status", 429);
        problem.put("detail", "too many failed logins for this account or from this address; try again in "
                + seconds + " seconds");
        try {
            return Response.status(429).header(HttpHeaders.RETRY_AFTER, seconds)
                    .type("application/problem+json").entity(JSON.writeValueAsString(problem)).build();
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a map of strings and a number is always JSON", e);
        }
    }
}
