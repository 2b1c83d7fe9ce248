package org.servicepolicy.jdbc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.assessment.CycleScope;
import org.servicepolicy.jdbc.internal.InLists;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.service.evaluation.InternalScore;
import org.servicepolicy.service.evaluation.ScorerRole;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriod;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriodId;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.service.evaluation.ServiceEvaluationStore;
import org.servicepolicy.service.evaluation.ServiceTrainingFollowUp;

/**
 * Service evaluation periods in {@code servicepolicy_service_evaluation_period} (optimistic
 * locking on {@code version}) with their departments in {@code servicepolicy_service_evaluation_scope};
 * internal scores, results and training follow-ups in tables of their own (§2.3.3).
 *
 * <p>Inside a transaction, {@link #periods()} and {@link #add} lock the one row of
 * {@code servicepolicy_service_evaluation_lock}, so that two transactions that each read every
 * period to refuse an overlapping one run one after the other; {@link #period} locks the
 * period's row, so that finalising it twice, or scoring it while it is finalised, take turns.
 * Each lock is taken by a statement of its own before the read, because a PostgreSQL statement
 * that waited for a lock still reads the rows as they were when it started.
 */
final class JdbcServiceEvaluationStore implements ServiceEvaluationStore {
    private static final String PERIOD_COLUMNS = "p.id, p.name, p.period_from, p.period_to, p.zone_id,"
            + " p.whole_company, p.status, p.opened_at, p.opened_by, p.finalised_at, p.finalised_by, p.version";
    private static final String SELECT_PERIOD = "SELECT " + PERIOD_COLUMNS + ", s.department_id"
            + " FROM servicepolicy_service_evaluation_period p"
            + " LEFT JOIN servicepolicy_service_evaluation_scope s ON s.period_id = p.id";
    private static final String INSERT_PERIOD = "INSERT INTO servicepolicy_service_evaluation_period (id, name,"
            + " period_from, period_to, zone_id, whole_company, status, opened_at, opened_by, finalised_at,"
            + " finalised_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_PERIOD = "UPDATE servicepolicy_service_evaluation_period SET status = ?,"
            + " finalised_at = ?, finalised_by = ?, version = ? WHERE id = ? AND version = ?";
    private static final String DIMENSIONS = "customer_satisfaction, efficiency, communication, attitude";
    private static final String SCORE_COLUMNS = "period_id, employee_id, role, scorer_id, " + DIMENSIONS + ", scored_at";
    private static final String RESULT_COLUMNS = "id, period_id, period_from, period_to, employee_id, department_id,"
            + " score, band, " + DIMENSIONS + ", decision_id, policy_version, finalised_at";
    private static final String FOLLOW_UP_COLUMNS = "id, employee_id, kind, result_id, period_id, status, created_at";
    private static final Comparator<ServiceEvaluationResult> BY_EMPLOYEE_THEN_PERIOD =
            Comparator.comparing((ServiceEvaluationResult r) -> r.employee().value())
                    .thenComparing(ServiceEvaluationResult::periodTo).thenComparing(ServiceEvaluationResult::id);

    /** Rows per batched INSERT: large enough to save the round trips, small enough to bound the driver's buffers. */
    private static final int BATCH = 200;

    private final JdbcTransactions transactions;

    JdbcServiceEvaluationStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ServiceEvaluationPeriod add(ServiceEvaluationPeriod p) {
        Objects.requireNonNull(p, "period");
        var stored = atVersion(p, 1);
        transactions.atomically(c -> {
            lockTheRegister(c);
            Sql.insertNew(c, "service evaluation period", p.id(), INSERT_PERIOD, p.id().value(), p.name(), p.from(),
                    p.to(), p.zone().getId(), p.scope().wholeCompany(), p.status(), p.openedAt(), p.openedBy().value(),
                    p.finalisedAt(), p.finalisedBy().map(EmployeeId::value), 1L);
            Sql.batch(c, "INSERT INTO servicepolicy_service_evaluation_scope (period_id, department_id) VALUES (?, ?)",
                    p.scope().departments().stream().map(d -> new Object[] {p.id().value(), d.value()}).toList());
            return null;
        });
        return stored;
    }

    @Override
    public ServiceEvaluationPeriod update(ServiceEvaluationPeriod p) {
        Objects.requireNonNull(p, "period");
        var stored = atVersion(p, p.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, "servicepolicy_service_evaluation_period", "service evaluation period", p.id(),
                    UPDATE_PERIOD, p.status(), p.finalisedAt(), p.finalisedBy().map(EmployeeId::value),
                    stored.version(), p.id().value(), p.version());
            return null;
        });
        return stored;
    }

    @Override
    public Optional<ServiceEvaluationPeriod> period(ServiceEvaluationPeriodId id) {
        return transactions.withConnection(c -> {
            if (transactions.running()) {
                Sql.query(c, "SELECT id FROM servicepolicy_service_evaluation_period WHERE id = ? FOR UPDATE",
                        row -> row.string("id"), id.value());
            }
            return loadPeriods(c, " WHERE p.id = ?", id.value()).stream().findFirst();
        });
    }

    @Override
    public List<ServiceEvaluationPeriod> periods() {
        return transactions.withConnection(c -> {
            if (transactions.running()) {
                lockTheRegister(c);
            }
            return loadPeriods(c, "").stream().sorted(Comparator.comparing(ServiceEvaluationPeriod::from)
                    .thenComparing(p -> p.id().value())).toList();
        });
    }

    @Override
    public InternalScore put(InternalScore s) {
        Objects.requireNonNull(s, "score");
        transactions.atomically(c -> {
            Sql.update(c, "DELETE FROM servicepolicy_service_internal_score WHERE period_id = ? AND employee_id = ?"
                    + " AND role = ?", s.period().value(), s.employee().value(), s.role());
            Sql.update(c, "INSERT INTO servicepolicy_service_internal_score (" + SCORE_COLUMNS
                            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", s.period().value(), s.employee().value(), s.role(),
                    s.scorer().value(), s.scores().get(ServiceDimension.CUSTOMER_SATISFACTION),
                    s.scores().get(ServiceDimension.EFFICIENCY), s.scores().get(ServiceDimension.COMMUNICATION),
                    s.scores().get(ServiceDimension.ATTITUDE), s.scoredAt());
            return null;
        });
        return s;
    }

    @Override
    public List<InternalScore> scoresIn(ServiceEvaluationPeriodId period) {
        return transactions.withConnection(c -> Sql.query(c, "SELECT " + SCORE_COLUMNS
                        + " FROM servicepolicy_service_internal_score WHERE period_id = ?",
                JdbcServiceEvaluationStore::score, period.value())).stream()
                .sorted(Comparator.comparing((InternalScore s) -> s.employee().value()).thenComparing(InternalScore::role))
                .toList();
    }

    @Override
    public void addResults(List<ServiceEvaluationResult> results) {
        transactions.atomically(c -> {
            batchNew(c, "service evaluation result", "INSERT INTO servicepolicy_service_evaluation_result ("
                    + RESULT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", results.stream()
                    .map(r -> new Object[] {
                    r.id(), r.period().value(), r.periodFrom(), r.periodTo(), r.employee().value(),
                    r.department().value(), r.score(), r.band(),
                    r.dimensionScores().get(ServiceDimension.CUSTOMER_SATISFACTION),
                    r.dimensionScores().get(ServiceDimension.EFFICIENCY),
                    r.dimensionScores().get(ServiceDimension.COMMUNICATION),
                    r.dimensionScores().get(ServiceDimension.ATTITUDE), r.decision().value(), r.policyVersion(),
                    r.finalisedAt()}).toList());
            return null;
        });
    }

    @Override
    public List<ServiceEvaluationResult> resultsIn(ServiceEvaluationPeriodId period) {
        return transactions.withConnection(c -> Sql.query(c, "SELECT " + RESULT_COLUMNS
                        + " FROM servicepolicy_service_evaluation_result WHERE period_id = ?",
                JdbcServiceEvaluationStore::result, period.value())).stream().sorted(BY_EMPLOYEE_THEN_PERIOD).toList();
    }

    @Override
    public List<ServiceEvaluationResult> resultsOfAll(Collection<EmployeeId> employees) {
        Objects.requireNonNull(employees, "employees");
        return InLists.grouped(employees, chunk -> transactions.withConnection(c -> Sql.query(c, "SELECT "
                                + RESULT_COLUMNS + " FROM servicepolicy_service_evaluation_result WHERE "
                                + InLists.in("employee_id", chunk.size()), JdbcServiceEvaluationStore::result,
                        chunk.stream().map(EmployeeId::value).toArray())), ServiceEvaluationResult::employee,
                BY_EMPLOYEE_THEN_PERIOD).values().stream().flatMap(List::stream).sorted(BY_EMPLOYEE_THEN_PERIOD)
                .toList();
    }

    @Override
    public void addFollowUps(List<ServiceTrainingFollowUp> followUps) {
        transactions.atomically(c -> {
            batchNew(c, "service training follow-up", "INSERT INTO servicepolicy_service_training_follow_up ("
                    + FOLLOW_UP_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)", followUps.stream().map(f -> new Object[] {f.id(),
                    f.employee().value(), f.kind(), f.result(), f.period().value(), f.status(), f.createdAt()})
                    .toList());
            return null;
        });
    }

    @Override
    public List<ServiceTrainingFollowUp> followUpsOf(EmployeeId employee) {
        return transactions.withConnection(c -> Sql.query(c, "SELECT " + FOLLOW_UP_COLUMNS
                        + " FROM servicepolicy_service_training_follow_up WHERE employee_id = ?",
                row -> new ServiceTrainingFollowUp(row.string("id"), EmployeeId.of(row.string("employee_id")),
                        row.enumValue(FollowUpKind.class, "kind"), row.string("result_id"),
                        ServiceEvaluationPeriodId.of(row.string("period_id")),
                        row.enumValue(ServiceTrainingFollowUp.Status.class, "status"), row.instant("created_at")),
                employee.value())).stream().sorted(Comparator.comparing(ServiceTrainingFollowUp::createdAt)
                .thenComparing(ServiceTrainingFollowUp::id)).toList();
    }

    /**
     * Inserts {@code rows} in batches of {@value #BATCH}, so that finalising a period does not pay
     * a round trip per employee; a row whose key exists is a {@link ConflictException#duplicate}
     * of {@code kind}, identified by the first column of the batch.
     */
    private static void batchNew(Connection c, String kind, String sql, List<Object[]> rows) throws SQLException {
        for (int from = 0; from < rows.size(); from += BATCH) {
            var chunk = rows.subList(from, Math.min(rows.size(), from + BATCH));
            try {
                Sql.batch(c, sql, chunk);
            } catch (SQLException e) {
                if (Sql.isUniqueViolation(e)) {
                    throw ConflictException.duplicate(kind, "among " + chunk.get(0)[0] + " and the "
                            + (chunk.size() - 1) + " after it");
                }
                throw e;
            }
        }
    }

    private static void lockTheRegister(Connection c) throws SQLException {
        if (Sql.query(c, "SELECT name FROM servicepolicy_service_evaluation_lock WHERE name = 'periods' FOR UPDATE",
                row -> row.string("name")).isEmpty()) {
            throw new IllegalStateException("servicepolicy_service_evaluation_lock has lost its row 'periods'; "
                    + "migrate again");
        }
    }

    private static List<ServiceEvaluationPeriod> loadPeriods(Connection c, String where, Object... parameters)
            throws SQLException {
        var heads = new LinkedHashMap<String, Head>();
        Sql.forEachRow(c, SELECT_PERIOD + where, row -> {
            var head = heads.get(row.string("id"));
            if (head == null) {
                head = head(row);
                heads.put(head.id().value(), head);
            }
            var department = row.optionalString("department_id");
            if (department.isPresent()) {
                head.departments().add(DepartmentId.of(department.get()));
            }
        }, parameters);
        return heads.values().stream().map(Head::period).toList();
    }

    private static Head head(Row row) throws SQLException {
        return new Head(ServiceEvaluationPeriodId.of(row.string("id")), row.string("name"), row.date("period_from"),
                row.date("period_to"), ZoneId.of(row.string("zone_id")), row.bool("whole_company"), new HashSet<>(),
                row.enumValue(ServiceEvaluationPeriod.Status.class, "status"), row.instant("opened_at"),
                EmployeeId.of(row.string("opened_by")), row.optionalInstant("finalised_at"),
                row.optionalString("finalised_by").map(EmployeeId::of), row.longInteger("version"));
    }

    /** A period's row, collecting the departments of its scope from the joined rows. */
    private record Head(ServiceEvaluationPeriodId id, String name, LocalDate from, LocalDate to, ZoneId zone,
                        boolean wholeCompany, Set<DepartmentId> departments, ServiceEvaluationPeriod.Status status,
                        Instant openedAt, EmployeeId openedBy, Optional<Instant> finalisedAt,
                        Optional<EmployeeId> finalisedBy, long version) {
        ServiceEvaluationPeriod period() {
            return new ServiceEvaluationPeriod(id, name, from, to, zone,
                    wholeCompany ? CycleScope.company() : CycleScope.of(departments), status, openedAt, openedBy,
                    finalisedAt, finalisedBy, version);
        }
    }

    private static InternalScore score(Row row) throws SQLException {
        var scores = new EnumMap<ServiceDimension, Integer>(ServiceDimension.class);
        scores.put(ServiceDimension.CUSTOMER_SATISFACTION, row.integer("customer_satisfaction"));
        scores.put(ServiceDimension.EFFICIENCY, row.integer("efficiency"));
        scores.put(ServiceDimension.COMMUNICATION, row.integer("communication"));
        scores.put(ServiceDimension.ATTITUDE, row.integer("attitude"));
        return new InternalScore(ServiceEvaluationPeriodId.of(row.string("period_id")),
                EmployeeId.of(row.string("employee_id")), row.enumValue(ScorerRole.class, "role"),
                EmployeeId.of(row.string("scorer_id")), scores, row.instant("scored_at"));
    }

    private static ServiceEvaluationResult result(Row row) throws SQLException {
        var dimensions = new EnumMap<ServiceDimension, BigDecimal>(ServiceDimension.class);
        for (var dimension : ServiceDimension.values()) {
            var value = row.optionalDecimal(dimension.name().toLowerCase(Locale.ROOT));
            value.ifPresent(v -> dimensions.put(dimension, v));
        }
        return new ServiceEvaluationResult(row.string("id"), ServiceEvaluationPeriodId.of(row.string("period_id")),
                row.date("period_from"), row.date("period_to"), EmployeeId.of(row.string("employee_id")),
                DepartmentId.of(row.string("department_id")), row.decimal("score"),
                row.enumValue(ServiceBand.class, "band"), dimensions, DecisionId.of(row.string("decision_id")),
                row.string("policy_version"), row.instant("finalised_at"));
    }

    private static ServiceEvaluationPeriod atVersion(ServiceEvaluationPeriod p, long version) {
        return new ServiceEvaluationPeriod(p.id(), p.name(), p.from(), p.to(), p.zone(), p.scope(), p.status(),
                p.openedAt(), p.openedBy(), p.finalisedAt(), p.finalisedBy(), version);
    }
}
