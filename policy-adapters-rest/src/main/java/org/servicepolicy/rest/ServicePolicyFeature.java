package org.servicepolicy.rest;

import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Feature;
import jakarta.ws.rs.core.FeatureContext;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.rest.internal.AssessmentCycleResource;
import org.servicepolicy.rest.internal.Bodies;
import org.servicepolicy.rest.internal.CallerFilter;
import org.servicepolicy.rest.internal.Callers;
import org.servicepolicy.rest.internal.CommendationResource;
import org.servicepolicy.rest.internal.DecisionResource;
import org.servicepolicy.rest.internal.EventResource;
import org.servicepolicy.rest.internal.DepartmentResource;
import org.servicepolicy.rest.internal.EmployeeResource;
import org.servicepolicy.rest.internal.EscalationResource;
import org.servicepolicy.rest.internal.IdempotentRequests;
import org.servicepolicy.rest.internal.Json;
import org.servicepolicy.rest.internal.JsonExceptionMapper;
import org.servicepolicy.rest.internal.LeaveRequestResource;
import org.servicepolicy.rest.internal.MeResource;
import org.servicepolicy.rest.internal.OpenApiResource;
import org.servicepolicy.rest.internal.PenaltyResource;
import org.servicepolicy.rest.internal.PolicyResource;
import org.servicepolicy.rest.internal.ProblemExceptionMapper;
import org.servicepolicy.rest.internal.RewardResource;
import org.servicepolicy.rest.internal.ServicePolicyExceptionMapper;
import org.servicepolicy.rest.internal.SuggestionResource;
import org.servicepolicy.rest.internal.TaskResource;
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
 * {@link Priorities#AUTHENTICATION} as is usual. The feature registers the resources,
 * a Jackson JSON provider configured for the API's conventions, and exception mappers that
 * answer every error, the runtime's included, with {@code application/problem+json} (see
 * {@link ProblemType}).
 *
 * <p>Every creating POST accepts an {@code Idempotency-Key} header: a retry with the same key and
 * body answers the first success's status, {@code Location} and body, marked
 * {@code Idempotency-Replayed: true}, without running the command again (see
 * {@link org.servicepolicy.idempotency.IdempotencyService}).
 */
public final class ServicePolicyFeature implements Feature {
    private final ServicePolicy policy;
    private final ActorResolver actors;
    private final Optional<String> challenge;
    private final Validator validator;

    private ServicePolicyFeature(Builder builder) {
        this.policy = builder.policy;
        this.actors = builder.actors == null ? ActorResolver.byEmployeeId(builder.policy.people()) : builder.actors;
        this.challenge = Optional.ofNullable(builder.challenge);
        this.validator = Validation.buildDefaultValidatorFactory().getValidator();
    }

    /** A builder for the API over {@code policy}. */
    public static Builder builder(ServicePolicy policy) {
        return new Builder(policy);
    }

    @Override
    public boolean configure(FeatureContext context) {
        var callers = new Callers(actors, challenge);
        var bodies = new Bodies(validator);
        var mapper = Json.mapper();
        var idempotent = new IdempotentRequests(policy.idempotency(), mapper);
        context.register(new JacksonJsonProvider(mapper));
        context.register(new CallerFilter(callers), Priorities.AUTHORIZATION);
        context.register(new ProblemExceptionMapper());
        context.register(new ServicePolicyExceptionMapper());
        context.register(new JsonExceptionMapper());
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
        context.register(new OpenApiResource());
        return true;
    }

    /** Configures a {@link ServicePolicyFeature}. */
    public static final class Builder {
        private final ServicePolicy policy;
        private ActorResolver actors;
        private String challenge;

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

        /** The feature. */
        public ServicePolicyFeature build() {
            return new ServicePolicyFeature(this);
        }
    }
}
