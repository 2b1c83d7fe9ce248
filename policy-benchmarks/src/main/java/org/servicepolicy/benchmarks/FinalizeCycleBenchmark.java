package org.servicepolicy.benchmarks;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.postgresql.ds.PGSimpleDataSource;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentScores;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.assessment.Evaluation;
import org.servicepolicy.assessment.EvaluationId;
import org.servicepolicy.assessment.FinalizedCycle;
import org.servicepolicy.jdbc.JdbcStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Department;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.testkit.Fixtures;

/**
 * Finalizing one whole-company assessment cycle (§3.3.1) of 10,000 employees on PostgreSQL, end
 * to end through the library: {@code AssessmentService.finalizeCycle} reads the roll, then,
 * part by part (whole departments, at most {@code AssessmentService.EMPLOYEES_PER_PART}
 * employees each), the part's evaluations and facts by set, grades it and stores its grades,
 * their explained decisions and their events; then the cycle and the audit entry; all in one
 * transaction.
 *
 * <p>Each iteration gets a fresh schema in the database at {@code SERVICEPOLICY_POSTGRES_URL}
 * (default {@code jdbc:postgresql://127.0.0.1:5432/test}, user {@code postgres}), migrated and
 * filled through the JDBC stores: 50 departments, each with a manager reporting to the head of
 * HR, the others reporting to their manager; every employee evaluated by their superior, two
 * peers of their department and themselves. The schema is dropped after the iteration.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 1)
@Measurement(iterations = 3)
@Fork(1)
public class FinalizeCycleBenchmark {
    private static final String URL = System.getenv().getOrDefault("SERVICEPOLICY_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = System.getenv().getOrDefault("SERVICEPOLICY_POSTGRES_USER", "postgres");
    private static final Instant NOW = Instant.parse("2025-06-02T10:00:00Z");
    private static final AssessmentCycleId CYCLE = AssessmentCycleId.of("2025-q1");
    private static final int DEPARTMENTS = 50;

    @Param("10000")
    int employees;

    private String schema;
    private ServicePolicy library;
    private Actor hr;

    /** A fresh schema, migrated and filled with the company and its evaluations. */
    @Setup(Level.Iteration)
    public void company() throws SQLException {
        schema = "servicepolicy_bench_" + UUID.randomUUID().toString().replace("-", "");
        admin("CREATE SCHEMA " + schema);
        var dataSource = new PGSimpleDataSource();
        dataSource.setURL(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        dataSource.setUser(USER);
        var stores = JdbcStores.builder(dataSource).migrate(true).build();
        stores.transactions().inTransaction(() -> {
            fill(stores);
            return null;
        });
        library = ServicePolicy.builder().ports(stores).clock(Clock.fixed(NOW, ZoneOffset.UTC)).build();
        hr = library.people().actorFor(head()).orElseThrow();
    }

    private void fill(JdbcStores stores) {
        var random = new Random(20250602L);
        for (int d = 0; d < DEPARTMENTS; d++) {
            stores.departments().add(new Department(department(d), "Department " + d));
        }
        for (int e = 0; e < employees; e++) {
            var builder = Fixtures.employee(id(e).value()).department(department(e % DEPARTMENTS))
                    .hireDate(LocalDate.of(2020, 1, 6));
            if (e == 0) {
                builder.grantedRoles(Set.of(Role.HR));
            } else {
                builder.supervisor(superior(e));
            }
            stores.employees().add(builder.build());
        }
        stores.assessmentCycles().add(new AssessmentCycle(CYCLE, "2025-Q1", LocalDate.of(2025, 1, 1),
                LocalDate.of(2025, 3, 31), ZoneOffset.UTC, new CycleScope(true, Set.of()), CycleStatus.OPEN,
                Instant.parse("2025-01-01T00:00:00Z"), head(), Optional.empty(), Optional.empty(), 0));
        var submitted = Instant.parse("2025-04-02T09:00:00Z");
        for (int e = 0; e < employees; e++) {
            var evaluated = id(e);
            if (e != 0) {
                evaluate(stores, random, evaluated, superior(e), EvaluatorRole.SUPERIOR, submitted);
            }
            evaluate(stores, random, evaluated, id(peer(e, 1)), EvaluatorRole.PEER, submitted);
            evaluate(stores, random, evaluated, id(peer(e, 2)), EvaluatorRole.PEER, submitted);
            evaluate(stores, random, evaluated, evaluated, EvaluatorRole.SELF, submitted);
        }
    }

    private static void evaluate(JdbcStores stores, Random random, EmployeeId evaluated, EmployeeId evaluator,
                                 EvaluatorRole role, Instant at) {
        stores.evaluations().add(new Evaluation(EvaluationId.of(evaluated.value() + "-" + evaluator.value()), CYCLE,
                evaluated, evaluator, role, Optional.empty(), new ComponentScores(50 + random.nextInt(51),
                50 + random.nextInt(51), 50 + random.nextInt(51)), "", at));
    }

    /** The head of HR for everyone up to the managers, the department's manager for the others. */
    private EmployeeId superior(int e) {
        return e < DEPARTMENTS ? head() : id(e % DEPARTMENTS);
    }

    /**
     * The {@code n}th colleague of {@code e} among the staff of the department (its members but
     * the manager, who gives the superior evaluation), wrapping round.
     */
    private int peer(int e, int n) {
        int department = e % DEPARTMENTS;
        int staff = (employees - department + DEPARTMENTS - 1) / DEPARTMENTS - 1;
        int position = e / DEPARTMENTS;
        return department + DEPARTMENTS * (1 + (Math.max(position - 1, 0) + n) % staff);
    }

    private static EmployeeId head() {
        return id(0);
    }

    private static EmployeeId id(int e) {
        return EmployeeId.of("e-%06d".formatted(e));
    }

    private static DepartmentId department(int d) {
        return DepartmentId.of("d-%02d".formatted(d));
    }

    /** Finalizes the cycle: every grade with its explained decision and event, in one transaction. */
    @Benchmark
    public FinalizedCycle finalizeCycle() {
        return library.assessment().finalizeCycle(hr, CYCLE);
    }

    /** Drops the iteration's schema. */
    @TearDown(Level.Iteration)
    public void drop() throws SQLException {
        admin("DROP SCHEMA " + schema + " CASCADE");
    }

    private static void admin(String sql) throws SQLException {
        try (var connection = DriverManager.getConnection(URL, USER, System.getenv("SERVICEPOLICY_POSTGRES_PASSWORD"));
             var statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
