package org.servicepolicy.examples;

import com.sun.net.httpserver.HttpServer;
import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.LocalDate;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.glassfish.jersey.jdkhttp.JdkHttpHandlerContainer;
import org.glassfish.jersey.server.ContainerFactory;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.jdbc.JdbcStores;
import org.servicepolicy.rest.ServicePolicyFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The runnable example: the REST API on Jersey's embedded JDK HTTP server, stored in an H2 file
 * database under {@code --data} or in the database {@code --jdbc-url} names, with HTTP Basic
 * accounts.
 */
public final class ExampleApp implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ExampleApp.class);
    private static final String NODELAY = "sun.net.httpserver.nodelay";
    private final HikariDataSource dataSource;
    private final HttpServer server;
    private final JdkHttpHandlerContainer jersey;
    private final ExecutorService requests;
    private final ServicePolicy policy;
    private final ScheduledExecutorService sweeper;

    private ExampleApp(HikariDataSource dataSource, HttpServer server, JdkHttpHandlerContainer jersey,
                       ExecutorService requests, ServicePolicy policy, ScheduledExecutorService sweeper) {
        this.dataSource = dataSource;
        this.server = server;
        this.jersey = jersey;
        this.requests = requests;
        this.policy = policy;
        this.sweeper = sweeper;
    }

    /** Starts the app with {@code options}; the caller closes it. */
    public static ExampleApp start(AppOptions options, Clock clock) throws IOException {
        var dataSource = dataSource(options);
        try {
            var stores = JdbcStores.builder(dataSource).migrate(true).build();
            var policy = ServicePolicy.builder().ports(stores).clock(clock).build();
            var hasher = new PasswordHasher();
            if (options.seedsDemo()) {
                DemoData.seed(policy);
            }
            options.firstHr().ifPresent(id -> DemoData.seedFirstHr(policy, id, LocalDate.now(clock)));
            var accounts = options.usersFile().isPresent()
                    ? Accounts.read(options.usersFile().get(), hasher, new VerifiedCredentials(clock))
                    : Accounts.demo(hasher, new VerifiedCredentials(clock));
            var clients = new ClientAddresses();
            var config = new ResourceConfig()
                    .property(ServerProperties.WADL_FEATURE_DISABLE, true)
                    .register(ServicePolicyFeature.builder(policy)
                            .authenticationChallenge("Basic realm=\"servicepolicy\"")
                            // The public feedback endpoints are limited per client: the socket's peer.
                            .clientAddresses(request -> clients.current())
                            .clock(clock).build())
                    .register(new BasicAuthentication(accounts, new LoginThrottle(clock), clients::current));
            var jersey = ContainerFactory.createContainer(JdkHttpHandlerContainer.class, config);
            var requests = Executors.newCachedThreadPool(runnable -> new Thread(runnable, "servicepolicy-http"));
            var server = HttpServer.create(new InetSocketAddress("127.0.0.1", options.port()), 0);
            server.setExecutor(requests);
            // Created by hand rather than by Jersey's factory, to reach the client's address (see ClientAddresses).
            server.createContext("/", clients.noting(jersey));
            jersey.getApplicationHandler().onStartup(jersey);
            server.start();
            return new ExampleApp(dataSource, server, jersey, requests, policy, startSweeper(policy, clock));
        } catch (RuntimeException | IOException e) {
            dataSource.close();
            throw e;
        }
    }

    /**
     * Marks overdue tasks and missed progress reports (§3.1.2), service cases and return visits
     * past due (§2.1.3, §2.1.4), requests between departments past due (§2.2.1), the warnings,
     * breaches and escalations of customer feedback (§2.3.2), the action items of meetings still
     * open past due (§5.1.2), and training obligations coming due or overdue (§4.1, §4.2), every
     * minute. Each sweep marks each item once, so several app instances on one database may all
     * run them.
     */
    private static ScheduledExecutorService startSweeper(ServicePolicy policy, Clock clock) {
        var sweeper = Executors.newSingleThreadScheduledExecutor(runnable -> {
            var thread = new Thread(runnable, "servicepolicy-sweep");
            thread.setDaemon(true);
            return thread;
        });
        sweeper.scheduleWithFixedDelay(() -> {
            try {
                var result = policy.tasks().sweep(clock.instant());
                LOG.debug("sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the task sweep failed; it runs again in a minute", e);
            }
            try {
                var result = policy.serviceSweep().sweep(clock.instant());
                LOG.debug("service sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the service sweep failed; it runs again in a minute", e);
            }
            try {
                var result = policy.departmentRequests().sweep(clock.instant());
                LOG.debug("department request sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the department request sweep failed; it runs again in a minute", e);
            }
            try {
                var result = policy.feedback().sweep(clock.instant());
                LOG.debug("feedback sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the feedback sweep failed; it runs again in a minute", e);
            }
            try {
                var result = policy.meetings().sweep(clock.instant());
                LOG.debug("action item sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the action item sweep failed; it runs again in a minute", e);
            }
            try {
                var result = policy.training().sweep(clock.instant());
                LOG.debug("training sweep: {}", result);
            } catch (RuntimeException e) {
                LOG.warn("the training sweep failed; it runs again in a minute", e);
            }
        }, 1, 60, TimeUnit.SECONDS);
        return sweeper;
    }

    private static HikariDataSource dataSource(AppOptions options) {
        var config = new HikariConfig();
        if (options.embedded()) {
            var file = options.dataDir().toAbsolutePath().resolve("servicepolicy");
            config.setJdbcUrl("jdbc:h2:file:" + file + ";DB_CLOSE_ON_EXIT=FALSE");
        } else {
            config.setJdbcUrl(options.jdbcUrl().orElseThrow());
            options.jdbcUser().ifPresent(config::setUsername);
            options.jdbcPassword().ifPresent(config::setPassword);
        }
        config.setMaximumPoolSize(8);
        return new HikariDataSource(config);
    }

    /** The port the server listens on (useful with {@code --port 0}). */
    public int port() {
        return server.getAddress().getPort();
    }

    /** The wired library, for embedding code next to the HTTP API. */
    public ServicePolicy policy() {
        return policy;
    }

    @Override
    public void close() {
        sweeper.shutdownNow();
        server.stop(0);
        jersey.getApplicationHandler().onShutdown(jersey);
        requests.shutdownNow();
        dataSource.close();
    }

    /**
     * Makes the JDK's HTTP server send each answer at once ({@code TCP_NODELAY}). By default it
     * writes an answer's head and body apart, and Nagle's algorithm holds the body back until the
     * client acknowledges the head, which a client delays by up to 40 ms: every answer would take
     * that long. Takes effect only before the first server of the process starts.
     */
    public static void answerWithoutDelay() {
        if (System.getProperty(NODELAY) == null) {
            System.setProperty(NODELAY, "true");
        }
    }

    /** Runs the app until the process is stopped. */
    public static void main(String[] args) throws IOException {
        answerWithoutDelay();
        AppOptions options;
        try {
            if (args.length == 1 && args[0].equals("--help")) {
                System.out.print(AppOptions.USAGE);
                return;
            }
            options = AppOptions.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(AppOptions.USAGE);
            System.exit(2);
            return;
        }
        var app = start(options, Clock.systemUTC());
        Runtime.getRuntime().addShutdownHook(new Thread(app::close));
        System.out.println("servicepolicy example listening on http://127.0.0.1:" + app.port() + "/api/v1 ("
                + (options.embedded() ? "H2 in " + options.dataDir().toAbsolutePath() : options.jdbcUrl().orElseThrow())
                + (options.seedsDemo() ? ", demo accounts hr, hr2, manager, staff, colleague, temp / password demo" : "")
                + ")");
    }
}
