package org.servicepolicy.rest.internal;

import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.feedback.FeedbackRules;
import org.servicepolicy.idempotency.IdempotencyRecord;
import org.servicepolicy.rest.FeedbackRejectionBody;
import org.servicepolicy.rest.FeedbackScoreBody;
import org.servicepolicy.rest.FeedbackTextBody;
import org.servicepolicy.rest.PublicFeedbackItemView;
import org.servicepolicy.rest.PublicFeedbackSubmittedView;
import org.servicepolicy.rest.SubmitFeedbackBody;

/**
 * {@code /api/v1/public/feedback}: customer feedback as the customer handles it, without logging
 * in (§2.3.2). A customer submits feedback online and gets a tracking token, shown once; with it
 * they follow the item, answer the question they were asked, and accept the result with a score
 * or reject it with a comment. An unknown, malformed or wrong token finds nothing, with the same
 * answer every time; what they see names no employee. {@link PublicFeedbackGuard} limits every
 * request per client address and caps its body.
 */
@Path("/api/v1/public/feedback")
@Produces(MediaType.APPLICATION_JSON)
@ApiResource
@PublicFeedback
public final class PublicFeedbackResource {
    private final ServicePolicy policy;
    private final Bodies bodies;
    private final IdempotentRequests idempotent;

    /** A resource over the feedback of {@code policy}. */
    public PublicFeedbackResource(ServicePolicy policy, Bodies bodies, IdempotentRequests idempotent) {
        this.policy = Objects.requireNonNull(policy, "policy");
        this.bodies = Objects.requireNonNull(bodies, "bodies");
        this.idempotent = Objects.requireNonNull(idempotent, "idempotent");
    }

    /**
     * Submits feedback now; the answer carries the tracking token, this once. A retry under the
     * same {@code Idempotency-Key} from the same address answers the feedback again, without the token.
     */
    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response submit(@Context ContainerRequestContext request, @Context UriInfo uri,
                           @HeaderParam(IdempotentRequests.KEY_HEADER) String key, SubmitFeedbackBody body) {
        return idempotent.createKeepingSecret(FeedbackRules.CUSTOMER_FEEDBACK, ofAddress(request, key), uri, body,
                () -> {
                    var intake = policy.feedback().submitOnline(bodies.required(body).toCommand());
                    var seen = PublicFeedbackItemView.of(policy.feedback().track(intake.trackingToken()));
                    return Response.status(Response.Status.CREATED)
                            .entity(new PublicFeedbackSubmittedView(seen, intake.trackingToken())).build();
                }, PublicFeedbackSubmittedView::withoutToken, PublicFeedbackSubmittedView.class);
    }

    /** The feedback of {@code token}, as the customer sees it. */
    @GET
    @Path("{token}")
    public PublicFeedbackItemView track(@PathParam("token") String token) {
        return policy.together(() -> PublicFeedbackItemView.of(policy.feedback().track(token)));
    }

    /** Answers the question the customer was asked; the clocks run again. */
    @POST
    @Path("{token}/answer")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicFeedbackItemView answer(@PathParam("token") String token, FeedbackTextBody body) {
        return PublicFeedbackItemView.of(policy.feedback().answer(token, bodies.required(body).toCommand()));
    }

    /** Accepts the result reported with a score from 1 to 5. */
    @POST
    @Path("{token}/acceptance")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicFeedbackItemView accept(@PathParam("token") String token, FeedbackScoreBody body) {
        return PublicFeedbackItemView.of(policy.feedback().accept(token, bodies.required(body).score()));
    }

    /** Rejects the result reported with a comment; a new round starts now. */
    @POST
    @Path("{token}/rejection")
    @Consumes(MediaType.APPLICATION_JSON)
    public PublicFeedbackItemView reject(@PathParam("token") String token, FeedbackRejectionBody body) {
        return PublicFeedbackItemView.of(policy.feedback().reject(token, bodies.required(body).toCommand()));
    }

    /**
     * {@code key} kept apart per client address: every customer acts as the same pseudo-actor, so
     * without this one customer's key could replay another's answer. A key that is not valid is
     * passed on as it is, to be refused naming the header.
     */
    private static String ofAddress(ContainerRequestContext request, String key) {
        if (key == null || !IdempotencyRecord.isValidKey(key)) {
            return key;
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(
                    (request.getProperty(PublicFeedbackGuard.ADDRESS) + "\n" + key).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
