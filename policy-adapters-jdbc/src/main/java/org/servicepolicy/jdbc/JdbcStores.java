package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.database.postgresql.PostgreSQLConfigurationExtension;
import org.servicepolicy.assessment.AssessmentCycleStore;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.assessment.EvaluationStore;
import org.servicepolicy.feedback.FeedbackStore;
import org.servicepolicy.discipline.LeaveRequestStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.discipline.ViolationStore;
import org.servicepolicy.idempotency.IdempotencyRecords;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.AuditTrail;
import org.servicepolicy.kernel.DecisionStore;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.meetings.DepartmentResponderStore;
import org.servicepolicy.meetings.MeetingStore;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyCatalog;
import org.servicepolicy.ports.Ports;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.service.ServiceReportStore;
import org.servicepolicy.service.ServiceRecordStore;
import org.servicepolicy.service.DepartmentRequestStore;
import org.servicepolicy.service.SupervisionStore;
import org.servicepolicy.service.evaluation.CustomerScoreStore;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.TaskStore;
import org.servicepolicy.career.DevelopmentPlanStore;
import org.servicepolicy.career.SelectionStore;
import org.servicepolicy.training.sponsorship.SponsorshipStore;
import org.servicepolicy.training.TrainingStore;

/**
 * Every port of the core ({@link Ports}) on one {@link DataSource} (PostgreSQL, or H2 2.x), all
 * taking part in the same {@link JdbcTransactions}:
 *
 * <pre>{@code
 * var stores = JdbcStores.builder(dataSource).migrate(true).build();
 * var policy = ServicePolicy.builder().ports(stores).clock(clock).build();
 * }</pre>
 *
 * <p>The schema comes from the Flyway migrations in this jar, under
 * {@value #MIGRATIONS}; {@link #migrate()} applies them, recording them in their own history
 * table, {@value #HISTORY_TABLE}, so that they coexist with the application's own migrations in
 * the same schema. An application that runs Flyway itself may add that location instead. Every
 * table's name starts with {@code servicepolicy_}.
 *
 * <p>Instants are kept to the microsecond. Database failures surface as
 * {@link StorageException}; adding a record whose id exists is a
 * {@link org.servicepolicy.kernel.ConflictException} ({@code duplicate}), and updating one that
 * changed since it was read is a {@code ConflictException} ({@code stale-version}).
 *
 * <p>Inside a transaction, {@link EmployeeStore#findForDecision} locks the employee's row until
 * the transaction ends, so that decisions about one employee (the ladder of §3.3.3, the penalty
 * lifecycle, leave) take turns and give what some sequential order would give. A transaction
 * that needs a held row waits for it: on PostgreSQL as its {@code lock_timeout} says (for ever by
 * default), on H2 for {@link Builder#h2LockTimeout(Duration)}.
 *
 * <p>Inside a transaction, reading every assessment cycle locks the cycle register, and finding
 * one cycle locks that cycle, until the transaction ends; so two HR members who open
 * overlapping cycles at the same moment cannot both succeed, and an evaluation submitted while
 * its cycle is finalized waits for the finalization (and is then refused) instead of slipping
 * in unseen (§3.3.1).
 *
 * <p>Adding an idempotency key that another running transaction has just added waits for that
 * transaction to end, and is then a {@code ConflictException} ({@code duplicate}): of two requests
 * that send the same key at once, only one runs its command.
 */
public final class JdbcStores implements Ports {
    /** Where the migrations are on the class path. */
    public static final String MIGRATIONS = "db/servicepolicy/migration";
    /** The table in which Flyway records the migrations of this library. */
    public static final String HISTORY_TABLE = "servicepolicy_schema_history";

    /** Migrations in this JVM take turns (see {@link #migrate()}). */
    private static final Object MIGRATING = new Object();
    /** The advisory lock on PostgreSQL that migrations of one schema take turns on. */
    private static final String SCHEMA_LOCK_KEY = "hashtext(coalesce(current_schema(), '') || '." + HISTORY_TABLE + "')";

    private final DataSource dataSource;
    private final JdbcTransactions transactions;
    private final EmployeeStore employees;
    private final DepartmentStore departments;
    private final PolicyCatalog policies;
    private final DecisionStore decisions;
    private final JdbcEventOutbox outbox;
    private final AuditTrail auditTrail;
    private final AssessmentCycleStore assessmentCycles;
    private final EvaluationStore evaluations;
    private final CycleGradeStore cycleGrades;
    private final RewardStore rewards;
    private final SuggestionStore suggestions;
    private final SupervisionStore supervision;
    private final ServiceReportStore serviceReports;
    private final ServiceRecordStore serviceRecords;
    private final DepartmentRequestStore departmentRequests;
    private final FeedbackStore feedback;
    private final ServiceEvaluationStore serviceEvaluations;
    private final CustomerScoreStore customerScores;
    private final ViolationStore violations;
    private final PenaltyStore penalties;
    private final LeaveRequestStore leaveRequests;
    private final TaskStore tasks;
    private final IdempotencyRecords idempotencyRecords;
    private final SponsorshipStore sponsorships;
    private final DevelopmentPlanStore developmentPlans;
    private final SelectionStore selections;
    private final MeetingStore meetings;
    private final DepartmentResponderStore departmentResponders;
    private final TrainingStore training;

    private JdbcStores(DataSource dataSource, Duration h2LockTimeout) {
        this.dataSource = dataSource;
        this.transactions = new JdbcTransactions(dataSource, h2LockTimeout);
        this.employees = new JdbcEmployeeStore(transactions);
        this.departments = new JdbcDepartmentStore(transactions);
        this.policies = new JdbcPolicyCatalog(transactions);
        this.decisions = new JdbcDecisionStore(transactions);
        this.outbox = new JdbcEventOutbox(transactions);
        this.auditTrail = new JdbcAuditTrail(transactions);
        this.assessmentCycles = new JdbcAssessmentCycleStore(transactions);
        this.evaluations = new JdbcEvaluationStore(transactions);
        this.cycleGrades = new JdbcCycleGradeStore(transactions);
        this.rewards = new JdbcRewardStore(transactions);
        this.suggestions = new JdbcSuggestionStore(transactions);
        this.supervision = new JdbcSupervisionStore(transactions);
        this.serviceReports = new JdbcServiceReportStore(transactions);
        this.serviceRecords = new JdbcServiceRecordStore(transactions);
        this.departmentRequests = new JdbcDepartmentRequestStore(transactions);
        this.feedback = new JdbcFeedbackStore(transactions);
        this.serviceEvaluations = new JdbcServiceEvaluationStore(transactions);
        this.customerScores = new JdbcCustomerScoreStore(transactions);
        this.violations = new JdbcViolationStore(transactions);
        this.penalties = new JdbcPenaltyStore(transactions);
        this.leaveRequests = new JdbcLeaveRequestStore(transactions);
        this.tasks = new JdbcTaskStore(transactions);
        this.idempotencyRecords = new JdbcIdempotencyRecords(transactions);
        this.sponsorships = new JdbcSponsorshipStore(transactions);
        this.developmentPlans = new JdbcDevelopmentPlanStore(transactions);
        this.selections = new JdbcSelectionStore(transactions);
        this.meetings = new JdbcMeetingStore(transactions);
        this.departmentResponders = new JdbcDepartmentResponderStore(transactions);
        this.training = new JdbcTrainingStore(transactions);
    }

    /** A builder for the stores on {@code dataSource}. */
    public static Builder builder(DataSource dataSource) {
        return new Builder(dataSource);
    }

    /**
     * Brings the schema up to date with the migrations of this jar. Safe to call on every start
     * and from several instances at once: they take turns, on PostgreSQL by an advisory lock on
     * the schema, on H2 (which has no lock that outlasts the commit of a DDL statement) within one
     * JVM. In a schema that already holds other tables but no {@value #HISTORY_TABLE}, the
     * history starts empty and every migration runs.
     *
     * <p>The whole migration runs on one connection of the data source, so a pool of one
     * connection is enough.
     *
     * @throws StorageException when a migration fails
     */
    public void migrate() {
        synchronized (MIGRATING) {
            try (var connection = dataSource.getConnection()) {
                if ("PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
                    migrateHoldingTheSchema(connection);
                } else {
                    flyway(connection).migrate();
                }
            } catch (SQLException e) {
                throw JdbcTransactions.failure("cannot migrate the servicepolicy schema", e);
            } catch (FlywayException e) {
                throw new StorageException("migrating the servicepolicy schema failed: " + e.getMessage(), e);
            }
        }
    }

    /**
     * Migrates on PostgreSQL holding a session advisory lock on the schema, so that another
     * instance waits until this one is done. Flyway takes a lock of its own only after it has
     * looked for the history table, so two first migrations could both try to create it.
     */
    private static void migrateHoldingTheSchema(Connection connection) throws SQLException {
        callOnTheSchemaLock(connection, "pg_advisory_lock");
        try {
            flyway(connection).migrate();
        } catch (RuntimeException e) {
            try {
                callOnTheSchemaLock(connection, "pg_advisory_unlock");
            } catch (SQLException unlocking) {
                e.addSuppressed(unlocking);
            }
            throw e;
        }
        // A pooled connection outlives this call: the lock must not stay with it.
        callOnTheSchemaLock(connection, "pg_advisory_unlock");
    }

    private static void callOnTheSchemaLock(Connection connection, String function) throws SQLException {
        Sql.query(connection, "SELECT " + function + "(" + SCHEMA_LOCK_KEY + ")", row -> Boolean.TRUE);
    }

    /** Flyway with this jar's migrations, doing all its work on {@code connection}. */
    private static Flyway flyway(Connection connection) {
        var configuration = Flyway.configure(JdbcStores.class.getClassLoader())
                .dataSource(new OneConnectionDataSource(connection))
                .locations("classpath:" + MIGRATIONS)
                .table(HISTORY_TABLE)
                .baselineOnMigrate(true)
                .baselineVersion("0");
        // Flyway's own PostgreSQL lock at session level: then it runs the migrations on the connection that holds it.
        configuration.getConfigurationExtension(PostgreSQLConfigurationExtension.class).setTransactionalLock(false);
        return configuration.load();
    }

    /** The transactions every store takes part in. */
    @Override
    public JdbcTransactions transactions() {
        return transactions;
    }

    /** Employees. */
    @Override
    public EmployeeStore employees() {
        return employees;
    }

    /** Departments. */
    @Override
    public DepartmentStore departments() {
        return departments;
    }

    /** Published policy versions. */
    @Override
    public PolicyCatalog policies() {
        return policies;
    }

    /** Decisions, append-only. */
    @Override
    public DecisionStore decisions() {
        return decisions;
    }

    /** The writing side of the transactional outbox. */
    @Override
    public EventPublisher eventPublisher() {
        return outbox;
    }

    /** The reading side of the transactional outbox, for delivering events. */
    @Override
    public EventLog eventLog() {
        return outbox;
    }

    /** The audit trail, append-only. */
    @Override
    public AuditTrail auditTrail() {
        return auditTrail;
    }

    /** Assessment cycles and their scopes. */
    @Override
    public AssessmentCycleStore assessmentCycles() {
        return assessmentCycles;
    }

    /** Evaluations of assessment cycles, append-only. */
    @Override
    public EvaluationStore evaluations() {
        return evaluations;
    }

    /** Finalized grades of assessment cycles, append-only. */
    @Override
    public CycleGradeStore cycleGrades() {
        return cycleGrades;
    }

    /** Rewards and their histories. */
    @Override
    public RewardStore rewards() {
        return rewards;
    }

    /** Service evaluation periods, internal scores, results and follow-ups (§2.3.3). */
    @Override
    public ServiceEvaluationStore serviceEvaluations() {
        return serviceEvaluations;
    }

    /** The customer-score ledger (§2.3.3). */
    @Override
    public CustomerScoreStore customerScores() {
        return customerScores;
    }

    /** Supervision observations and service findings (§2.3.1). */
    @Override
    public SupervisionStore supervision() {
        return supervision;
    }

    /** Peer service problem reports (§2.3.1). */
    @Override
    public ServiceReportStore serviceReports() {
        return serviceReports;
    }

    /** Service cases, their return trips and visits, and the marks of their shortfalls (§2.1.3, §2.1.4). */
    @Override
    public ServiceRecordStore serviceRecords() {
        return serviceRecords;
    }

    /** Requests between departments, with the marks of their late replies (§2.2.1). */
    @Override
    public DepartmentRequestStore departmentRequests() {
        return departmentRequests;
    }

    /** Customer feedback items, with the checkpoints of their clocks and the keys fired (§2.3.2). */
    @Override
    public FeedbackStore feedback() {
        return feedback;
    }

    /** Employee suggestions and their histories. */
    @Override
    public SuggestionStore suggestions() {
        return suggestions;
    }

    /** Violations. */
    @Override
    public ViolationStore violations() {
        return violations;
    }

    /** Penalties and their histories. */
    @Override
    public PenaltyStore penalties() {
        return penalties;
    }

    /** Leave requests. */
    @Override
    public LeaveRequestStore leaveRequests() {
        return leaveRequests;
    }

    /** Tasks and the marks of the sweep. */
    @Override
    public TaskStore tasks() {
        return tasks;
    }

    /** The idempotency keys callers have used, kept until the application deletes them. */
    @Override
    public IdempotencyRecords idempotencyRecords() {
        return idempotencyRecords;
    }

    /** Requests for the sponsorship of external training, with HR's decisions and repayments (§4.1.2). */
    @Override
    public SponsorshipStore sponsorships() {
        return sponsorships;
    }

    /** Development plans with their goals and programmes (§4.3.1). */
    @Override
    public DevelopmentPlanStore developmentPlans() {
        return developmentPlans;
    }

    /** Internal selections with their applications and decisions (§4.3.2). */
    @Override
    public SelectionStore selections() {
        return selections;
    }

    /** Meetings, their action items and the marks of overdue ones (§5.1.2). */
    @Override
    public MeetingStore meetings() {
        return meetings;
    }

    /** The responders each department names on the internal platform (§5.1.1). */
    @Override
    public DepartmentResponderStore departmentResponders() {
        return departmentResponders;
    }

    /** Training sessions, assessments, retake rulings and the marks of the obligations' sweep (§4.1, §4.2). */
    @Override
    public TrainingStore training() {
        return training;
    }

    /** Configures {@link JdbcStores}. */
    public static final class Builder {
        /** How long a transaction on H2 waits for a row another one holds, unless told otherwise. */
        public static final Duration DEFAULT_H2_LOCK_TIMEOUT = Duration.ofSeconds(30);

        private final DataSource dataSource;
        private boolean migrate;
        private Duration h2LockTimeout = DEFAULT_H2_LOCK_TIMEOUT;

        private Builder(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        }

        /** Whether {@link #build()} runs {@link JdbcStores#migrate()} (default: false). */
        public Builder migrate(boolean value) {
            this.migrate = value;
            return this;
        }

        /**
         * On H2, how long a transaction waits for a row that another transaction holds before it
         * fails (default {@link #DEFAULT_H2_LOCK_TIMEOUT}): H2's own default of two seconds makes
         * a decision fail instead of taking its turn behind a slow one. Set on every connection
         * the stores take, it replaces a {@code LOCK_TIMEOUT} of the data source's URL. Other
         * databases keep their own setting.
         *
         * @param value between one millisecond and {@link Integer#MAX_VALUE} milliseconds
         */
        public Builder h2LockTimeout(Duration value) {
            Objects.requireNonNull(value, "h2LockTimeout");
            if (value.compareTo(Duration.ofMillis(1)) < 0 || value.compareTo(Duration.ofMillis(Integer.MAX_VALUE)) > 0) {
                throw new IllegalArgumentException("h2LockTimeout must be between 1 ms and " + Integer.MAX_VALUE
                        + " ms: " + value);
            }
            this.h2LockTimeout = value;
            return this;
        }

        /** The stores, on a schema brought up to date first if {@link #migrate(boolean)} asked for it. */
        public JdbcStores build() {
            var stores = new JdbcStores(dataSource, h2LockTimeout);
            if (migrate) {
                stores.migrate();
            }
            return stores;
        }
    }
}
