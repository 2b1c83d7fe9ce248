package org.servicepolicy.rest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import jakarta.ws.rs.Priorities;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jdkhttp.JdkHttpServerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.inmemory.InMemoryStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.testkit.MutableClock;
import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.RecordAttendance;
import org.servicepolicy.training.RecordScore;
import org.servicepolicy.training.ScheduleSession;

/**
 * The API over real HTTP for one test: the core on in-memory stores with a clock the test
 * moves, the organisation of {@link User}, Jersey's JDK HTTP server on a free port with the
 * test's Basic authentication and the {@link ServicePolicyFeature} (its public limits counted on
 * that clock, by the address {@link #CLIENT_ADDRESS} names), and a client per user.
 */
final class RestFixture implements BeforeEachCallback, AfterEachCallback {
    /** Monday 2 March 2026, 09:00 UTC: when every test starts. */
    static final Instant START = Instant.parse("2026-03-02T09:00:00Z");
    /** The header a test sets to stand for the client's address; the test host trusts it, a real one never would. */
    static final String CLIENT_ADDRESS = "X-Test-Client-Address";

    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
    private static final ObjectMapper JSON = new ObjectMapper();

    private final UnaryOperator<ServicePolicy.Builder> customisation;
    private final UnaryOperator<ServicePolicyFeature.Builder> featureCustomisation;
    private final UnaryOperator<ResourceConfig> host;
    private MutableClock clock;
    private InMemoryStores stores;
    private ServicePolicy policy;
    private HttpServer server;
    private URI base;

    RestFixture() {
        this(UnaryOperator.identity());
    }

    /** A fixture whose core is built with {@code customisation} applied after the in-memory stores. */
    RestFixture(UnaryOperator<ServicePolicy.Builder> customisation) {
        this(customisation, UnaryOperator.identity(), UnaryOperator.identity());
    }

    private RestFixture(UnaryOperator<ServicePolicy.Builder> customisation,
                        UnaryOperator<ServicePolicyFeature.Builder> featureCustomisation,
                        UnaryOperator<ResourceConfig> host) {
        this.customisation = customisation;
        this.featureCustomisation = featureCustomisation;
        this.host = host;
    }

    /** This fixture with the feature configured by {@code customisation} too. */
    RestFixture withFeature(UnaryOperator<ServicePolicyFeature.Builder> customisation) {
        return new RestFixture(this.customisation, customisation, host);
    }

    /** This fixture in a host application that {@code setup} adds its own components to, after the feature. */
    RestFixture withHost(UnaryOperator<ResourceConfig> setup) {
        return new RestFixture(customisation, featureCustomisation, setup);
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        clock = new MutableClock(START);
        stores = new InMemoryStores();
        policy = customisation.apply(ServicePolicy.builder().ports(stores).clock(clock)).build();
        seedOrganisation();
        var feature = featureCustomisation.apply(ServicePolicyFeature.builder(policy)
                .actors(ActorResolver.byEmployeeId(policy.people()))
                .authenticationChallenge("Basic realm=\"servicepolicy\"")
                .clientAddresses(request -> request.getHeaderString(CLIENT_ADDRESS))
                .clock(clock))
                .build();
        var application = host.apply(new ResourceConfig().register(new BasicAuthentication(), Priorities.AUTHENTICATION)
                .register(feature)
                .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                // Plain JAX-RS: no JSON module that Jersey would find on the test class path by itself.
                .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE, true));
        server = JdkHttpServerFactory.createHttpServer(URI.create("http://127.0.0.1:0/"), application, true);
        base = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/api/v1");
    }

    @Override
    public void afterEach(ExtensionContext context) {
        server.stop(0);
    }

    private void seedOrganisation() {
        var setup = new Actor(EmployeeId.of("setup"), Set.of(Role.HR), Optional.empty());
        var people = policy.people();
        for (var department : List.of("people", "sales", "ops")) {
            people.createDepartment(setup, new NewDepartment(department, department.substring(0, 1).toUpperCase()
                    + department.substring(1)));
        }
        hire(setup, User.HR, EmployeeCategory.STAFF, null, "people", 4, Set.of(Role.HR));
        hire(setup, User.HR2, EmployeeCategory.STAFF, null, "people", 4, Set.of(Role.HR));
        hire(setup, User.MANAGER, EmployeeCategory.MANAGER, null, "sales", 5, Set.of());
        hire(setup, User.STAFF, EmployeeCategory.STAFF, User.MANAGER, "sales", 3, Set.of());
        hire(setup, User.PEER, EmployeeCategory.STAFF, User.MANAGER, "sales", 2, Set.of());
        hire(setup, User.TEMP, EmployeeCategory.TEMPORARY, User.MANAGER, "sales", 1, Set.of());
        hire(setup, User.OPS_MANAGER, EmployeeCategory.MANAGER, null, "ops", 5, Set.of());
        hire(setup, User.OUTSIDER, EmployeeCategory.STAFF, User.OPS_MANAGER, "ops", 3, Set.of());
        hire(setup, User.SUPERVISOR, EmployeeCategory.STAFF, User.OPS_MANAGER, "ops", 3,
                Set.of(Role.SUPERVISION_GROUP));
        hire(setup, User.JUNIOR, EmployeeCategory.STAFF, User.OUTSIDER, "ops", 1, Set.of());
    }

    private void hire(Actor setup, User user, EmployeeCategory category, User supervisor, String department, int level,
                      Set<Role> roles) {
        policy.people().hire(setup, new NewEmployee(user.id(), user.login(), category,
                supervisor == null ? null : supervisor.id(), department, level, LocalDate.of(2020, 1, 6),
                EmploymentStatus.ON_POST, new BigDecimal("6000"), roles));
    }

    /** The port the API listens on, at 127.0.0.1. */
    int port() {
        return server.getAddress().getPort();
    }

    /** The clock of the core. */
    MutableClock clock() {
        return clock;
    }

    /** The core behind the API, for checks the API does not offer. */
    ServicePolicy policy() {
        return policy;
    }

    /**
     * {@code employee} passes {@code programme} at a session HR schedules an hour from now and
     * scores two hours from now, through the core; the clock ends two hours on.
     */
    void passTraining(String employee, String programme) {
        var hr = policy.people().actorFor(EmployeeId.of(User.HR.id())).orElseThrow();
        var training = policy.training();
        var session = training.schedule(hr, new ScheduleSession(null, programme,
                clock.instant().plus(Duration.ofHours(1)), null, "Outside trainer", List.of(employee)));
        clock.advance(Duration.ofHours(2));
        training.recordAttendance(hr, session.id(), new RecordAttendance(employee, Attendance.PRESENT));
        training.recordScore(hr, session.id(), new RecordScore(employee, 80));
    }

    /** The department id of {@code name}. */
    static DepartmentId department(String name) {
        return DepartmentId.of(name);
    }

    /** A client logged in as {@code user}. */
    Client as(User user) {
        return new Client(Optional.of(user.login() + ":" + User.PASSWORD), Map.of());
    }

    /** A client that sends no credentials. */
    Client anonymous() {
        return new Client(Optional.empty(), Map.of());
    }

    /** A client with these raw Basic credentials ({@code login:password}). */
    Client withCredentials(String credentials) {
        return new Client(Optional.of(credentials), Map.of());
    }

    /** Sends requests to the API with one set of credentials. */
    final class Client {
        private final Optional<String> credentials;
        private final Map<String, String> headers;

        private Client(Optional<String> credentials, Map<String, String> headers) {
            this.credentials = credentials;
            this.headers = headers;
        }

        /** This client, sending header {@code name} with {@code value} too. */
        Client with(String name, String value) {
            var more = new LinkedHashMap<>(headers);
            more.put(name, value);
            return new Client(credentials, more);
        }

        /** GET {@code path} (under /api/v1). */
        Answer get(String path) {
            return send("GET", path, null, null);
        }

        /** POST {@code json} to {@code path} (under /api/v1). */
        Answer post(String path, String json) {
            return send("POST", path, "application/json", json);
        }

        /** POST to {@code path} (under /api/v1) without a body. */
        Answer post(String path) {
            return send("POST", path, null, null);
        }

        /** GET {@code path} of the host, outside the API. */
        Answer getFromHost(String path) {
            return exchange(URI.create("http://127.0.0.1:" + port() + path), "GET", null, null);
        }

        /** Any request; {@code contentType} and {@code body} may be null. */
        Answer send(String method, String path, String contentType, String body) {
            return exchange(URI.create(base + path), method, contentType, body);
        }

        private Answer exchange(URI uri, String method, String contentType, String body) {
            var request = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(30))
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
            credentials.ifPresent(c -> request.header("Authorization",
                    "Basic " + Base64.getEncoder().encodeToString(c.getBytes(StandardCharsets.UTF_8))));
            if (contentType != null) {
                request.header("Content-Type", contentType);
            }
            headers.forEach(request::header);
            try {
                var response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                return new Answer(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""),
                        response.headers().firstValue("Location"), response.headers(), response.body());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
    }

    /**
     * An HTTP answer.
     *
     * @param status      the status code
     * @param contentType the Content-Type header, or empty
     * @param location    the Location header
     * @param headers     every header
     * @param body        the body as text
     */
    record Answer(int status, String contentType, Optional<String> location,
                  java.net.http.HttpHeaders headers, String body) {
        /** The body as JSON. */
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON (status " + status + "): " + body, e);
            }
        }

        @Override
        public String toString() {
            return status + " " + contentType + " " + body;
        }
    }
}
