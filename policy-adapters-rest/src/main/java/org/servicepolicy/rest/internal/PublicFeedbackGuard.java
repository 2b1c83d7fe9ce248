package org.servicepolicy.rest.internal;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.rest.ClientAddressResolver;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;
import org.servicepolicy.rest.RateLimit;

/**
 * Guards the public feedback endpoints, which anyone may call without logging in, per client
 * address: submissions are limited, and so are requests with a tracking token, and failed ones
 * (a token that finds nothing) more tightly still, so that guessing tokens gets nowhere. A
 * request beyond a limit is answered 429 with {@code Retry-After} before anything else of it is
 * looked at. Bodies are capped at {@value #BODY_LIMIT} bytes (413), far above the longest
 * feedback, whether announced or not: the body is read up to the cap here, before any JSON
 * parsing. Runs before the host's authentication, so a flood costs no password check.
 */
@PublicFeedback
public final class PublicFeedbackGuard implements ContainerRequestFilter, ContainerResponseFilter {
    /** The most bytes a public request body may have. */
    public static final int BODY_LIMIT = 16 * 1024;
    /** How many addresses each limit remembers at most. */
    static final int CAPACITY = 10_000;
    /** The request property under which the client's address is kept for the resource. */
    static final String ADDRESS = PublicFeedbackGuard.class.getName() + ".address";

    private static final String TOKEN = "token";
    // An address is short; a longer one is cut, so that no resolver's answer can grow the memory.
    private static final int ADDRESS_MAX = 100;

    private final ClientAddressResolver addresses;
    private final Clock clock;
    private final SlidingWindows submissions;
    private final SlidingWindows tokenRequests;
    private final SlidingWindows failedTokens;

    /**
     * A guard counting by the addresses {@code addresses} resolves, on {@code clock}.
     *
     * @param submissions   the limit of submissions per address
     * @param tokenRequests the limit of requests with a token per address
     * @param failedTokens  the limit of requests whose token found nothing per address
     */
    public PublicFeedbackGuard(ClientAddressResolver addresses, Clock clock, RateLimit submissions,
                               RateLimit tokenRequests, RateLimit failedTokens) {
        this.addresses = Objects.requireNonNull(addresses, "addresses");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.submissions = new SlidingWindows(submissions, CAPACITY);
        this.tokenRequests = new SlidingWindows(tokenRequests, CAPACITY);
        this.failedTokens = new SlidingWindows(failedTokens, CAPACITY);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        var address = addressOf(request);
        request.setProperty(ADDRESS, address);
        var now = clock.instant();
        var withToken = withToken(request);
        var wait = withToken ? longest(tokenRequests.wait(address, now), failedTokens.wait(address, now))
                : submissions.wait(address, now);
        if (wait.isPresent()) {
            request.abortWith(tooMany(wait.get(), withToken));
            return;
        }
        (withToken ? tokenRequests : submissions).count(address, now);
        capBody(request);
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        if (response.getStatus() == ProblemType.NOT_FOUND.status() && withToken(request)
                && request.getProperty(ADDRESS) instanceof String address) {
            failedTokens.count(address, clock.instant());
        }
    }

    private String addressOf(ContainerRequestContext request) {
        var address = addresses.addressOf(request);
        if (address == null || address.isBlank()) {
            return ClientAddressResolver.UNKNOWN;
        }
        return address.length() > ADDRESS_MAX ? address.substring(0, ADDRESS_MAX) : address;
    }

    private static boolean withToken(ContainerRequestContext request) {
        return request.getUriInfo().getPathParameters().containsKey(TOKEN);
    }

    private static void capBody(ContainerRequestContext request) {
        var announced = Optional.ofNullable(request.getHeaderString(HttpHeaders.CONTENT_LENGTH)).map(String::strip)
                .orElse("");
        if (!announced.isEmpty() && announced.chars().allMatch(c -> c >= '0' && c <= '9')
                && (announced.length() > 9 || Long.parseLong(announced) > BODY_LIMIT)) {
            request.abortWith(tooLarge());
            return;
        }
        if (!request.hasEntity()) {
            return;
        }
        try {
            var body = request.getEntityStream().readNBytes(BODY_LIMIT + 1);
            if (body.length > BODY_LIMIT) {
                request.abortWith(tooLarge());
                return;
            }
            request.setEntityStream(new ByteArrayInputStream(body));
        } catch (IOException e) {
            throw new UncheckedIOException("the request body could not be read", e);
        }
    }

    private static Response tooLarge() {
        return Problems.response(ProblemException.requestTooLarge(BODY_LIMIT).problem());
    }

    /** 429, saying in whole seconds, rounded up, when to try again. */
    private static Response tooMany(Duration wait, boolean withToken) {
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        var what = withToken ? "requests with a tracking token, or failed ones," : "feedback submissions";
        var problem = ProblemView.of(ProblemType.TOO_MANY_REQUESTS, "too many " + what + " from this address; "
                + "try again in " + seconds + " seconds");
        return Response.fromResponse(Problems.response(problem)).header(HttpHeaders.RETRY_AFTER, seconds).build();
    }

    private static Optional<Duration> longest(Optional<Duration> a, Optional<Duration> b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.filter(w -> w.compareTo(a.get()) > 0).or(() -> a);
    }
}
