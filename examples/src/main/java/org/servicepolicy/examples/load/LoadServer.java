package org.servicepolicy.examples.load;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javax.sql.DataSource;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.examples.DemoData;
import org.servicepolicy.jdbc.JdbcStores;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.rest.PenaltyView;
import org.servicepolicy.rest.ServicePolicyFeature;

/**
 * A Jersey application on the JDK's HTTP server, as the example app runs it, on an ephemeral
 * loopback port: the API through {@link ServicePolicyFeature} over a database, or the bare
 * baseline ({@link BarePenalties}).
 */
public final class LoadServer implements AutoCloseable {
    /** The employee whose penalties the load run reads. */
    public static final String EMPLOYEE = "staff";
    /** The HR employee who reads them. */
    public static final String READER = "hr";

    private final HttpServer server;
    private final JdkHttpHandlerContainer jersey;
    private final ExecutorService requests;

    private LoadServer(ResourceConfig config, int threads) {
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        this.jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config);
        this.requests = threads == 0 ? Executors.newCachedThreadPool() : Executors.newFixedThreadPool(threads);
        try {
            this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            requests.shutdownNow();
            throw new UncheckedIOException(e);
        }
        server.setExecutor(requests);
        server.createContext("/", jersey);
        jersey.getApplicationHandler().onStartup(jersey);
        server.start();
    }

    /** The library over the stores on {@code dataSource}, its schema migrated and {@link #seed seeded}. */
    public static ServicePolicy seededPolicy(DataSource dataSource, Clock clock) {
        var policy = ServicePolicy.builder().ports(JdbcStores.builder(dataSource).migrate(true).build()).clock(clock)
                .build();
        seed(policy, clock);
        return policy;
    }

    /** The API over {@code policy}, a thread per request; principals come from {@link TrustedPrincipal#HEADER}. */
    public static LoadServer feature(ServicePolicy policy) {
        return feature(policy, 0);
    }

    /**
     * The API over {@code policy}, serving requests on {@code threads} threads (0: a thread per
     * request, as many as the clients keep busy); principals come from {@link TrustedPrincipal#HEADER}.
     */
    public static LoadServer feature(ServicePolicy policy, int threads) {
        return new LoadServer(new ResourceConfig().register(new TrustedPrincipal())
                .register(ServicePolicyFeature.builder(policy).build()), threads);
    }

    /** The bare baseline, answering {@code penalties} by employee id, a thread per request. */
    public static LoadServer bare(Map<String, List<PenaltyView>> penalties) {
        return new LoadServer(new ResourceConfig().register(new BarePenalties(penalties)), 0);
    }

    /** {@link #EMPLOYEE}'s penalties as the API shows them to {@link #READER}. */
    public static List<PenaltyView> penalties(ServicePolicy policy) {
        var hr = policy.people().actorFor(EmployeeId.of(READER)).orElseThrow();
        return policy.discipline().penalties(hr, EmployeeId.of(EMPLOYEE)).stream().map(PenaltyView::of).toList();
    }

    /**
     * Seeds the demo company, unless seeded already, and gives {@link #EMPLOYEE} four violations
     * of the last weeks, so that the ladder proposes four penalties (§3.3.3).
     */
    public static void seed(ServicePolicy policy, Clock clock) {
        DemoData.seed(policy);
        var hr = policy.people().actorFor(EmployeeId.of(READER)).orElseThrow();
        var now = clock.instant();
        for (int week = 4; week >= 1; week--) {
            policy.discipline().record(hr, RecordViolation.lateArrival(EMPLOYEE,
                    now.minus(Duration.ofDays(7L * week)), 20 + week, "late for the morning shift"));
        }
    }

    /** The port the server listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    @Override
    public void close() {
        server.stop(0);
        jersey.getApplicationHandler().onShutdown(jersey);
        requests.shutdownNow();
    }
}
