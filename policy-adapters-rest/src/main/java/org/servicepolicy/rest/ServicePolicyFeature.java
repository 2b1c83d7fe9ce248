package org.servicepolicy.rest;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.rest.internal.AnswerWriting;
import org.servicepolicy.rest.internal.AssessmentCycleResource;
import org.servicepolicy.rest.internal.Bodies;
import org.servicepolicy.rest.internal.CallerFilter;
import org.servicepolicy.rest.internal.Callers;
import org.servicepolicy.rest.internal.CommendationResource;
import org.servicepolicy.rest.internal.DecisionResource;
import org.servicepolicy.rest.internal.EventResource;
import org.servicepolicy.rest.internal.FeedbackResource;
import org.servicepolicy.rest.internal.PublicFeedbackGuard;
import org.servicepolicy.rest.internal.PublicFeedbackResource;
import org.servicepolicy.rest.internal.DepartmentResource;
import org.servicepolicy.rest.internal.EmployeeResource;
import org.servicepolicy.rest.internal.EscalationResource;
import org.servicepolicy.rest.internal.IdempotentRequests;
import org.servicepolicy.rest.internal.Json;
import org.servicepolicy.rest.internal.JsonBodyReader;
import org.servicepolicy.rest.internal.JsonBytesWriter;
import org.servicepolicy.rest.internal.LeaveRequestResource;
import org.servicepolicy.rest.internal.MeResource;
import org.servicepolicy.rest.internal.OpenApiResource;
import org.servicepolicy.rest.internal.PenaltyResource;
import org.servicepolicy.rest.internal.PolicyResource;
import org.servicepolicy.rest.internal.ProblemExceptionMapper;
import org.servicepolicy.rest.internal.RequestSizeLimit;
import org.servicepolicy.rest.internal.ResponseHeaders;
import org.servicepolicy.rest.internal.RewardResource;
import org.servicepolicy.rest.internal.ServicePolicyExceptionMapper;
import org.servicepolicy.rest.internal.EmployeeServiceCaseResource;
import org.servicepolicy.rest.internal.ServiceCaseResource;
import org.servicepolicy.rest.internal.ServiceFindingResource;
import org.servicepolicy.rest.internal.ServiceSweepResource;
import org.servicepolicy.rest.internal.DepartmentRequestResource;
import org.servicepolicy.rest.internal.DevelopmentPlanResource;
import org.servicepolicy.rest.internal.EmployeeDevelopmentPlanResource;
import org.servicepolicy.rest.internal.EmployeeSponsorshipResource;
import org.servicepolicy.rest.internal.SelectionResource;
import org.servicepolicy.rest.internal.SponsorshipResource;
import org.servicepolicy.rest.internal.ActionItemResource;
import org.servicepolicy.rest.internal.DepartmentResponderResource;
import org.servicepolicy.rest.internal.MeetingResource;
import org.servicepolicy.rest.internal.ServiceEvaluationPeriodResource;
import org.servicepolicy.rest.internal.ServiceEvaluationResource;
import org.servicepolicy.rest.internal.CustomerScoreResource;
import org.servicepolicy.rest.internal.ServiceObservationResource;
import org.servicepolicy.rest.internal.ServiceReportResource;
import org.servicepolicy.rest.internal.SuggestionResource;
import org.servicepolicy.rest.internal.TaskResource;
import org.servicepolicy.rest.internal.TrainingResource;
import org.servicepolicy.rest.internal.UnexpectedExceptionMapper;
import org.servicepolicy.rest.internal.ViolationResource;
import org.servicepolicy.rest.internal.WebApplicationExceptionMapper;

/**
 * The whole REST API under {@code /api/v1} as one JAX-RS {@link Feature}: register it in any
 * JAX-RS application.
 *
 * <pre>{@code
 * var feature = ServicePolicyFeature.builder(servicePolicy)
 *         .actors(ActorResolver.byEmployeeId(servicePolicy.people()))
 *         .build();
 * var application = new ResourceConfig().register(hostAuthenticationFilter).register(feature);
 * }</pre>
 *
 * <p>Authentication is the host's: a request filter of the host sets the
 * {@link jakarta.ws.rs.core.SecurityContext}'s principal, and the {@link ActorResolver} maps it to
 * the core's actor; the core decides what the actor may do. The host's filter must run before
 * {@link Priorities#AUTHORIZATION}, where the feature resolves the caller: pre-matching, or at
 * {@link Priorities#AUTHENTICATION} as is usual. The feature registers the resources, its
 * own JSON reader and writer, and exception mappers that answer every error, the runtime's
 * included, with {@code application/problem+json} (see {@link ProblemType}).
 *
 * <p>The API's JSON is the same in every host: the feature reads its request bodies and writes
 * its answers with its own {@code ObjectMapper}, whatever JSON provider (Jersey's
 * {@code JacksonFeature}, a {@code JacksonJsonProvider}) or {@code ContextResolver<ObjectMapper>}
 * the host registers for its own resources. Request bodies are held to bounds before anything
 * else sees them: at most {@link Builder#requestBodyLimit(long) the body limit} of bytes (413
 * beyond), nesting at most 32 levels, numbers with at most 12 digits before the decimal point
 * and 6 after it (money no finer than its currency's minor unit), texts of at most 10,000
 * characters without U+0000 or lone surrogates, arrays and objects of at most 1,000 entries
 * (422 naming each field beyond). Every answer under {@code /api/v1} carries
 * {@code Cache-Control: no-store} and {@code X-Content-Type-Options: nosniff}.
 *
 * <p>Every creating POST accepts an {@code Idempotency-Key} header: a retry with the same key and
 * body answers the first success's status, {@code Location} and body, marked
 * {@code Idempotency-Replayed: true}, without running the command again (see
 * {@link org.servicepolicy.idempotency.IdempotencyService}).
 *
 * <p>The customer feedback endpoints under {@code /api/v1/public/feedback} need no caller: a
 * customer submits feedback online and follows it with the tracking token they were given (§2.3.2).
 * The host's authentication must let them through without credentials. They are limited per
 * client address, which the host tells through {@link Builder#clientAddresses}: submissions
 * ({@link Builder#publicSubmissions}), requests with a token ({@link Builder#publicTokenRequests})
 * and requests whose token finds nothing ({@link Builder#publicFailedTokens}), each answered 429
 * with {@code Retry-After} beyond its limit; their bodies have at most
 * {@value PublicFeedbackGuard#BODY_LIMIT} bytes.
 */
public final class ServicePolicyFeature implements Feature {
    private final ServicePolicy policy;
    private final ActorResolver actors;
    private final Optional<String> challenge;
    private final Validator validator;
    private final long requestBodyLimit;
    private final ClientAddressResolver clientAddresses;
    private final Clock clock;
    private final RateLimit publicSubmissions;
    private final RateLimit publicTokenRequests;
    private final RateLimit publicFailedTokens;

    private ServicePolicyFeature(Builder builder) {
        this.policy = builder.policy;
        this.actors = builder.actors == null ? ActorResolver.byEmployeeId(builder.policy.people()) : builder.actors;
        this.challenge = Optional.ofNullable(builder.challenge);
        this.validator = Validation.buildDefaultValidatorFactory().getValidator();
        this.requestBodyLimit = builder.requestBodyLimit;
        this.clientAddresses = builder.clientAddresses;
        this.clock = builder.clock;
        this.publicSubmissions = builder.publicSubmissions;
        this.publicTokenRequests = builder.publicTokenRequests;
        this.publicFailedTokens = builder.publicFailedTokens;
    }

    /** A builder for the API over {@code policy}. */
    public static Builder builder(ServicePolicy policy) {
        return new Builder(policy);
    }

    @Override
    public boolean configure(FeatureContext context) {
        var callers = new Callers(actors, challenge, policy);
        var bodies = new Bodies(validator);
        var mapper = Json.mapper();
        var idempotent = new IdempotentRequests(policy.idempotency(), mapper);
        context.register(new JsonBodyReader(mapper, requestBodyLimit));
        context.register(new JsonBytesWriter());
        // Last among the writer interceptors, so that a host's (compression, say) wraps what it writes.
        context.register(new AnswerWriting(mapper), Priorities.USER + 1000);
        // Before the host's authentication: refusing an announced size costs nothing, checking a password does.
        context.register(new RequestSizeLimit(requestBodyLimit), Priorities.AUTHENTICATION - 100);
        context.register(new ResponseHeaders());
        context.register(new CallerFilter(callers), Priorities.AUTHORIZATION);
        // Before the size limit and the host's authentication: a throttled request costs nothing more.
        context.register(new PublicFeedbackGuard(clientAddresses, clock, publicSubmissions, publicTokenRequests,
                publicFailedTokens), Priorities.AUTHENTICATION - 200);
        context.register(new ProblemExceptionMapper());
        context.register(new ServicePolicyExceptionMapper());
        context.register(new WebApplicationExceptionMapper());
        context.register(new UnexpectedExceptionMapper());
        context.register(new MeResource(policy.people(), callers));
        context.register(new DepartmentResource(policy.people(), policy.career(), callers, bodies, idempotent));
        context.register(new EmployeeResource(policy, callers, bodies, idempotent));
        context.register(new ViolationResource(policy.discipline(), callers, bodies, idempotent));
        context.register(new PenaltyResource(policy.discipline(), callers, bodies));
        context.register(new LeaveRequestResource(policy.discipline(), callers, bodies, idempotent));
        context.register(new TaskResource(policy.tasks(), callers, bodies, idempotent));
        context.register(new EscalationResource(policy.tasks(), callers));
        context.register(new DecisionResource(policy.decisions(), callers));
        context.register(new EventResource(policy.eventFeed(), callers));
        context.register(new PolicyResource(policy.policies(), callers, bodies, idempotent));
        context.register(new AssessmentCycleResource(policy.assessment(), policy.decisions(), callers, bodies,
                idempotent));
        context.register(new RewardResource(policy.rewards(), callers, bodies));
        context.register(new CommendationResource(policy.rewards(), callers));
        context.register(new SuggestionResource(policy.suggestions(), callers, bodies, idempotent));
        context.register(new ServiceObservationResource(policy.supervision(), callers, bodies, idempotent));
        context.register(new ServiceReportResource(policy.serviceReports(), callers, bodies, idempotent));
        context.register(new ServiceFindingResource(policy.supervision(), callers));
        context.register(new ServiceCaseResource(policy.serviceCases(), callers, bodies, idempotent));
        context.register(new EmployeeServiceCaseResource(policy.serviceCases(), callers));
        context.register(new ServiceSweepResource(policy.serviceSweep(), callers));
        context.register(new DepartmentRequestResource(policy.departmentRequests(), callers, bodies, idempotent));
        context.register(new SponsorshipResource(policy.sponsorships(), policy.decisions(), callers, bodies,
                idempotent));
        context.register(new EmployeeSponsorshipResource(policy.sponsorships(), policy.decisions(), callers));
        context.register(new DevelopmentPlanResource(policy.developmentPlans(), callers, bodies, idempotent));
        context.register(new EmployeeDevelopmentPlanResource(policy.developmentPlans(), callers));
        context.register(new SelectionResource(policy.selections(), callers, bodies, idempotent));
        context.register(new ServiceEvaluationPeriodResource(policy.serviceEvaluation(), callers, bodies, idempotent));
        context.register(new ServiceEvaluationResource(policy.serviceEvaluation(), callers));
        context.register(new CustomerScoreResource(policy.serviceEvaluation(), callers, bodies, idempotent));
        context.register(new FeedbackResource(policy.feedback(), policy.policies(), callers, bodies, idempotent));
        context.register(new PublicFeedbackResource(policy, bodies, idempotent));
        context.register(new MeetingResource(policy.meetings(), callers, bodies, idempotent));
        context.register(new ActionItemResource(policy.meetings(), callers));
        context.register(new DepartmentResponderResource(policy.departmentResponders(), callers, bodies));
        context.register(new TrainingResource(policy.training(), policy.decisions(), callers, bodies, idempotent));
        context.register(new OpenApiResource());
        return true;
    }

    /** Configures a {@link ServicePolicyFeature}. */
    public static final class Builder {
        /** The default {@link #requestBodyLimit(long)}: 1 MiB, far above the largest body the API needs. */
        public static final long DEFAULT_REQUEST_BODY_LIMIT = 1024 * 1024;

        private final ServicePolicy policy;
        private ActorResolver actors;
        private String challenge;
        private long requestBodyLimit = DEFAULT_REQUEST_BODY_LIMIT;
        private ClientAddressResolver clientAddresses = request -> ClientAddressResolver.UNKNOWN;
        private Clock clock = Clock.systemUTC();
        private RateLimit publicSubmissions = RateLimit.perHour(5);
        private RateLimit publicTokenRequests = RateLimit.perHour(60);
        private RateLimit publicFailedTokens = RateLimit.perHour(10);

        private Builder(ServicePolicy policy) {
            this.policy = Objects.requireNonNull(policy, "policy");
        }

        /**
         * How principals become actors; by default {@link ActorResolver#byEmployeeId}, the
         * principal's name being the employee id.
         */
        public Builder actors(ActorResolver resolver) {
            this.actors = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /**
         * The {@code WWW-Authenticate} challenge sent with a 401, such as
         * {@code Basic realm="servicepolicy"}; the host knows its authentication scheme, so by
         * default none is sent.
         */
        public Builder authenticationChallenge(String value) {
            this.challenge = Objects.requireNonNull(value, "value");
            return this;
        }

        /**
         * The most bytes a request body may have, {@value #DEFAULT_REQUEST_BODY_LIMIT} by default.
         * A request announcing more in its {@code Content-Length} is refused with 413 before it
         * is read; a body of unknown length is read up to the limit and then refused alike.
         *
         * @throws IllegalArgumentException when {@code bytes} is not positive
         */
        public Builder requestBodyLimit(long bytes) {
            if (bytes <= 0) {
                throw new IllegalArgumentException("the request body limit must be positive, was " + bytes);
            }
            this.requestBodyLimit = bytes;
            return this;
        }

        /**
         * Where requests come from, which the public feedback endpoints are limited by. By default
         * the feature knows no address, and every client shares each limit: safe, but a few
         * customers then use up the limits of all.
         */
        public Builder clientAddresses(ClientAddressResolver resolver) {
            this.clientAddresses = Objects.requireNonNull(resolver, "resolver");
            return this;
        }

        /** How many public feedback submissions a client address may make; 5 per hour by default. */
        public Builder publicSubmissions(RateLimit limit) {
            this.publicSubmissions = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /** How many public requests with a tracking token a client address may make; 60 per hour by default. */
        public Builder publicTokenRequests(RateLimit limit) {
            this.publicTokenRequests = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /**
         * How many public requests whose tracking token finds nothing a client address may make
         * before all its requests with a token wait; 10 per hour by default, against guessing.
         */
        public Builder publicFailedTokens(RateLimit limit) {
            this.publicFailedTokens = Objects.requireNonNull(limit, "limit");
            return this;
        }

        /** The clock the public limits count time by; the system's by default. */
        public Builder clock(Clock value) {
            this.clock = Objects.requireNonNull(value, "clock");
            return this;
        }

        /** The feature. */
        public ServicePolicyFeature build() {
            return new ServicePolicyFeature(this);
        }
    }
}
