package org.servicepolicy.benchmarks;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.jdbc.JdbcStores;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;

/**
 * Recording violations (§3.2.2, §3.3.3) on PostgreSQL through the whole library, against a
 * baseline of the same minimum work in plain JDBC, at 1, 4 and 16 concurrent writers in the
 * same run. The baseline, one transaction each: read the employee and their
 * violations of the last 12 months, insert the violation, its penalty, its decision (reasons as
 * one {@code jsonb} document) and one outbox row.
 *
 * <p>Each writer records a late arrival of a random employee of {@value #EMPLOYEES}. The trial
 * runs in a new schema, dropped at its end; before every iteration the tables that the
 * recording fills are emptied, so every iteration starts from the same state. PostgreSQL is
 * found through the system properties {@code servicepolicy.postgres.url},
 * {@code servicepolicy.postgres.user} and {@code servicepolicy.postgres.password}, or the
 * environment variables {@code SERVICEPOLICY_POSTGRES_URL}, {@code SERVICEPOLICY_POSTGRES_USER}
 * and {@code SERVICEPOLICY_POSTGRES_PASSWORD}; by default
 * {@code jdbc:postgresql://127.0.0.1:5432/test} as {@code postgres} without a password.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
@Fork(1)
public class RecordViolationBenchmark {
    /** Employees the writers pick from, so that writers rarely wait for the same employee. */
    static final int EMPLOYEES = 1000;

    private static final String URL = setting("servicepolicy.postgres.url", "SERVICEPOLICY_POSTGRES_URL",
            "jdbc:postgresql://127.0.0.1:5432/test");
    private static final String USER = setting("servicepolicy.postgres.user", "SERVICEPOLICY_POSTGRES_USER", "postgres");
    private static final String PASSWORD = setting("servicepolicy.postgres.password", "SERVICEPOLICY_POSTGRES_PASSWORD", "");
    private static final String BASELINE_REASONS = "[{\"clause\":\"§3.3.3\",\"rule\":\"discipline.ladder\","
            + "\"message\":\"a first late arrival within twelve months earns a warning\","
            + "\"facts\":[[\"violations in window\",\"%d\"],[\"step\",\"WARNING\"]]}]";

    private final String schema = "servicepolicy_bench_" + UUID.randomUUID().toString().replace("-", "");
    private HikariDataSource pool;
    private ServicePolicy policy;
    private Actor hr;

    /** Creates the schema, migrates it, hires the company through the library and mirrors it for the baseline. */
    @Setup(Level.Trial)
    public void hire() throws SQLException {
        admin("CREATE SCHEMA " + schema);
        var config = new HikariConfig();
        config.setJdbcUrl(URL + (URL.contains("?") ? "&" : "?") + "currentSchema=" + schema);
        config.setUsername(USER);
        config.setPassword(PASSWORD);
        config.setMaximumPoolSize(17);
        pool = new HikariDataSource(config);
        policy = ServicePolicy.builder().ports(JdbcStores.builder(pool).migrate(true).build()).build();
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        policy.people().createDepartment(founder, new NewDepartment("service", "Customer service"));
        policy.people().hire(founder, new NewEmployee("hr", "HR", EmployeeCategory.STAFF, null, "service", 4,
                LocalDate.of(2018, 3, 1), null, null, Set.of(Role.HR)));
        for (int e = 0; e < EMPLOYEES; e++) {
            policy.people().hire(founder, new NewEmployee(employee(e), "Employee " + e, EmployeeCategory.STAFF, "hr",
                    "service", 3, LocalDate.of(2020, 1, 6), null, new BigDecimal("8000"), null));
        }
        hr = policy.people().actorFor(EmployeeId.of("hr")).orElseThrow();
        try (var c = pool.getConnection()) {
            for (var ddl : new String[] {
                "CREATE TABLE baseline_employee (id VARCHAR(64) PRIMARY KEY, name VARCHAR NOT NULL,"
                        + " employee_level INTEGER NOT NULL, department_id VARCHAR(64) NOT NULL, version BIGINT NOT NULL)",
                "CREATE TABLE baseline_violation (id VARCHAR(64) PRIMARY KEY, employee_id VARCHAR(64) NOT NULL"
                        + " REFERENCES baseline_employee (id), violation_type VARCHAR(32) NOT NULL,"
                        + " occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, minutes INTEGER NOT NULL, description VARCHAR NOT NULL,"
                        + " recorded_at TIMESTAMP WITH TIME ZONE NOT NULL, recorded_by VARCHAR(64) NOT NULL, version BIGINT NOT NULL)",
                "CREATE INDEX baseline_violation_employee_ix ON baseline_violation (employee_id, occurred_at)",
                "CREATE TABLE baseline_decision (id VARCHAR(64) PRIMARY KEY, kind VARCHAR(200) NOT NULL,"
                        + " subject_id VARCHAR(64) NOT NULL REFERENCES baseline_employee (id), outcome VARCHAR NOT NULL,"
                        + " policy_version VARCHAR(64) NOT NULL, fact_at TIMESTAMP WITH TIME ZONE NOT NULL,"
                        + " decided_at TIMESTAMP WITH TIME ZONE NOT NULL, decided_by VARCHAR(64), reasons JSONB NOT NULL)",
                "CREATE TABLE baseline_penalty (id VARCHAR(64) PRIMARY KEY, violation_id VARCHAR(64) NOT NULL"
                        + " REFERENCES baseline_violation (id), employee_id VARCHAR(64) NOT NULL REFERENCES baseline_employee (id),"
                        + " step VARCHAR(32) NOT NULL, decision_id VARCHAR(64) NOT NULL REFERENCES baseline_decision (id),"
                        + " proposed_at TIMESTAMP WITH TIME ZONE NOT NULL, status VARCHAR(32) NOT NULL, version BIGINT NOT NULL)",
                "CREATE TABLE baseline_outbox (event_position BIGSERIAL PRIMARY KEY, event_type VARCHAR(200) NOT NULL,"
                        + " aggregate_id VARCHAR(200) NOT NULL, occurred_at TIMESTAMP WITH TIME ZONE NOT NULL, attributes JSONB NOT NULL)",
                "INSERT INTO baseline_employee (id, name, employee_level, department_id, version)"
                        + " SELECT id, name, employee_level, department_id, version FROM servicepolicy_employee"}) {
                try (var statement = c.createStatement()) {
                    statement.execute(ddl);
                }
            }
        }
    }

    /** Empties what recording fills, in the library's tables and the baseline's. */
    @Setup(Level.Iteration)
    public void empty() throws SQLException {
        try (var c = pool.getConnection(); var statement = c.createStatement()) {
            statement.execute("TRUNCATE servicepolicy_violation, servicepolicy_penalty, servicepolicy_penalty_transition,"
                    + " servicepolicy_decision, servicepolicy_event, servicepolicy_audit_entry CASCADE");
            statement.execute("TRUNCATE baseline_violation, baseline_penalty, baseline_decision, baseline_outbox");
        }
    }

    /** Closes the pool and drops the schema. */
    @TearDown(Level.Trial)
    public void drop() {
        pool.close();
        admin("DROP SCHEMA " + schema + " CASCADE");
    }

    /** The library, one writer. */
    @Benchmark
    @Threads(1)
    public RecordedViolation library1() {
        return record();
    }

    /** The library, four writers. */
    @Benchmark
    @Threads(4)
    public RecordedViolation library4() {
        return record();
    }

    /** The library, sixteen writers. */
    @Benchmark
    @Threads(16)
    public RecordedViolation library16() {
        return record();
    }

    /** Plain JDBC, one writer. */
    @Benchmark
    @Threads(1)
    public int baseline1() throws SQLException {
        return baseline();
    }

    /** Plain JDBC, four writers. */
    @Benchmark
    @Threads(4)
    public int baseline4() throws SQLException {
        return baseline();
    }

    /** Plain JDBC, sixteen writers. */
    @Benchmark
    @Threads(16)
    public int baseline16() throws SQLException {
        return baseline();
    }

    private RecordedViolation record() {
        return policy.discipline().record(hr, RecordViolation.lateArrival(employee(randomEmployee()),
                Instant.now().minus(Duration.ofMinutes(5)), 10, "late for the morning shift"));
    }

    /** The same minimum work as {@link #record()}, in one transaction of plain JDBC; answers the violations read. */
    private int baseline() throws SQLException {
        var employee = employee(randomEmployee());
        var now = Timestamp.from(Instant.now().truncatedTo(ChronoUnit.MICROS));
        var occurredAt = Timestamp.from(now.toInstant().minus(Duration.ofMinutes(5)));
        try (var c = pool.getConnection()) {
            c.setAutoCommit(false);
            try {
                int earlier = readEmployeeAndViolations(c, employee, occurredAt);
                var violation = UUID.randomUUID().toString();
                var decision = UUID.randomUUID().toString();
                update(c, "INSERT INTO baseline_violation (id, employee_id, violation_type, occurred_at, minutes,"
                        + " description, recorded_at, recorded_by, version) VALUES (?, ?, 'LATE_ARRIVAL', ?, 10, ?, ?, 'hr', 1)",
                        violation, employee, occurredAt, "late for the morning shift", now);
                update(c, "INSERT INTO baseline_decision (id, kind, subject_id, outcome, policy_version, fact_at,"
                        + " decided_at, decided_by, reasons) VALUES (?, 'discipline.penalty-proposal', ?, 'WARNING',"
                        + " 'standard', ?, ?, 'hr', CAST(? AS jsonb))", decision, employee, occurredAt, now,
                        BASELINE_REASONS.formatted(earlier));
                update(c, "INSERT INTO baseline_penalty (id, violation_id, employee_id, step, decision_id, proposed_at,"
                        + " status, version) VALUES (?, ?, ?, 'WARNING', ?, ?, 'PROPOSED', 1)",
                        UUID.randomUUID().toString(), violation, employee, decision, now);
                update(c, "INSERT INTO baseline_outbox (event_type, aggregate_id, occurred_at, attributes)"
                        + " VALUES ('ViolationRecorded', ?, ?, CAST(? AS jsonb))", violation, now,
                        "{\"employeeId\":\"" + employee + "\",\"type\":\"LATE_ARRIVAL\"}");
                c.commit();
                return earlier;
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        }
    }

    private static int readEmployeeAndViolations(Connection c, String employee, Timestamp occurredAt) throws SQLException {
        try (var read = c.prepareStatement("SELECT id, name, employee_level, department_id, version"
                + " FROM baseline_employee WHERE id = ?")) {
            read.setString(1, employee);
            try (var result = read.executeQuery()) {
                if (!result.next()) {
                    throw new IllegalStateException("no employee " + employee);
                }
            }
        }
        int violations = 0;
        try (var read = c.prepareStatement("SELECT id, violation_type, occurred_at, minutes FROM baseline_violation"
                + " WHERE employee_id = ? AND occurred_at > ?")) {
            read.setString(1, employee);
            read.setTimestamp(2, Timestamp.from(occurredAt.toInstant().minus(Duration.ofDays(365))));
            try (var result = read.executeQuery()) {
                while (result.next()) {
                    violations++;
                }
            }
        }
        return violations;
    }

    private static void update(Connection c, String sql, Object... parameters) throws SQLException {
        try (var statement = c.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            statement.executeUpdate();
        }
    }

    private static int randomEmployee() {
        return ThreadLocalRandom.current().nextInt(EMPLOYEES);
    }

    private static String employee(int number) {
        return "E-%04d".formatted(number);
    }

    private static void admin(String sql) {
        try (var c = DriverManager.getConnection(URL, USER, PASSWORD); var statement = c.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + URL + " as " + USER + ": " + sql, e);
        }
    }

    private static String setting(String property, String variable, String fallback) {
        var value = System.getProperty(property, System.getenv(variable));
        return value == null || value.isBlank() ? fallback : value;
    }
}
