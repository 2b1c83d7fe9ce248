package org.servicepolicy.rest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.rest.Payloads.lateArrival;
import static org.servicepolicy.rest.RestFixture.START;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import com.fasterxml.jackson.jakarta.rs.json.JacksonJsonProvider;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.ContextResolver;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.kernel.IdGenerator;

/**
 * The API answers the same bytes in every host: mounted next to the host's own JSON setup (Jersey's
 * {@code JacksonFeature}, registered or discovered, with a {@code ContextResolver<ObjectMapper>},
 * or a {@code JacksonJsonProvider} of its own), each configured as differently as a mapper can be,
 * it reads and writes exactly as it does alone, while the host's own resources keep the host's
 * JSON.
 */
class HostJsonIsolationTest {
    @RegisterExtension
    final RestFixture alone = new RestFixture(HostJsonIsolationTest::numberedIds);

    @RegisterExtension
    final RestFixture withJacksonFeature = new RestFixture(HostJsonIsolationTest::numberedIds)
            .withHost(host -> host.register(JacksonFeature.class).register(new HostMapper()).register(HostResource.class));

    @RegisterExtension
    final RestFixture withJacksonProvider = new RestFixture(HostJsonIsolationTest::numberedIds)
            .withHost(host -> host.register(new JacksonJsonProvider(hostMapper())).register(HostResource.class));

    /** Jersey finds its JSON module on the class path by itself, the commonest setup of all. */
    @RegisterExtension
    final RestFixture withJacksonDiscovered = new RestFixture(HostJsonIsolationTest::numberedIds)
            .withHost(host -> host.property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, false)
                    .register(new HostMapper()).register(HostResource.class));

    @Test
    void theHostsJsonSetupIsInForceForItsOwnResources() {
        for (var host : List.of(withJacksonFeature, withJacksonProvider, withJacksonDiscovered)) {
            var own = host.anonymous().getFromHost("/host/now");

            assertThat(own.status()).isEqualTo(200);
            assertThat(own.body()).contains("\"happened_at\" : 1772442000").contains("\"nothing\" : null");
        }
    }

    @Test
    void theApiAnswersTheSameBytesWhateverTheHostsJsonSetup() {
        var expected = conversation(alone);

        assertThat(conversation(withJacksonFeature)).containsExactlyElementsOf(expected);
        assertThat(conversation(withJacksonProvider)).containsExactlyElementsOf(expected);
        assertThat(conversation(withJacksonDiscovered)).containsExactlyElementsOf(expected);
    }

    @Test
    void theConversationCoversSuccessesProblemsAndReplays() {
        var answers = String.join("\n", conversation(alone));

        assertThat(answers).contains("201 application/json", "200 application/json", "400 application/problem+json",
                "404 application/problem+json", "415 application/problem+json", "422 application/problem+json",
                "\"occurredAt\":\"2026-03-02T08:40:00Z\"", "\"monthlyWage\":{\"amount\":6000");
        assertThat(answers).doesNotContain("null", "_at", "\n  ");
    }

    /** The same requests in the same order, each answer as status, media type and exact body. */
    private static List<String> conversation(RestFixture api) {
        var hr = api.as(User.HR);
        var late = lateArrival(User.STAFF, START.minusSeconds(1200), 20);
        var answers = new ArrayList<RestFixture.Answer>();
        answers.add(api.as(User.STAFF).get("/me"));
        answers.add(hr.get("/employees/emp-staff"));
        answers.add(hr.with("Idempotency-Key", "once").post("/violations", late));
        answers.add(hr.with("Idempotency-Key", "once").post("/violations", late));
        answers.add(hr.get("/employees/emp-staff/violations"));
        answers.add(hr.get("/policies/current"));
        answers.add(hr.post("/violations", late.replace("\"minutes\"", "\"delayMinutes\"")));
        answers.add(hr.post("/violations", late.replace("\"minutes\": 20", "\"minutes\": \"20\"")));
        answers.add(hr.post("/violations", "{\"employeeId\": emp-staff}"));
        answers.add(hr.post("/violations", "{}"));
        answers.add(hr.post("/employees", "{\"monthlyWage\": 1e100000000}"));
        answers.add(hr.send("POST", "/violations", "text/plain", late));
        answers.add(hr.get("/violations/v-404"));
        answers.add(api.anonymous().get("/me"));
        answers.add(api.anonymous().get("/openapi.json"));
        return answers.stream().map(a -> a.status() + " " + a.contentType() + " " + a.body()).toList();
    }

    private static ServicePolicy.Builder numberedIds(ServicePolicy.Builder core) {
        var next = new AtomicInteger();
        IdGenerator ids = () -> "id-" + next.incrementAndGet();
        return core.ids(ids);
    }

    /** A mapper configured against every convention of the API. */
    static ObjectMapper hostMapper() {
        return new ObjectMapper().registerModule(new JavaTimeModule())
                .enable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
                .enable(SerializationFeature.INDENT_OUTPUT)
                .setSerializationInclusion(JsonInclude.Include.ALWAYS)
                .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY);
    }

    /** The host's {@code ObjectMapper}, offered to every JSON provider that asks. */
    public static final class HostMapper implements ContextResolver<ObjectMapper> {
        private final ObjectMapper mapper = hostMapper();

        @Override
        public ObjectMapper getContext(Class<?> type) {
            return mapper;
        }
    }

    /** A resource of the host's own, answered with the host's JSON. */
    @Path("/host/now")
    public static final class HostResource {
        /**
         * Something that happened at the start of every test.
         *
         * @param happenedAt when
         * @param nothing    a member with no value
         */
        public record Moment(Instant happenedAt, String nothing) {
        }

        /** The moment. */
        @GET
        @Produces(MediaType.APPLICATION_JSON)
        public Moment now() {
            return new Moment(START, null);
        }
    }
}
