package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.career.DevelopmentPlan;
import org.servicepolicy.career.DevelopmentPlanId;
import org.servicepolicy.career.DevelopmentPlanStatus;
import org.servicepolicy.career.DevelopmentPlanStore;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Development plans in {@code servicepolicy_development_plan}, with optimistic locking on
 * {@code version} (§4.3.1); their goals and the programmes to take in child tables, numbered in
 * their order. An update replaces the children with the plan's own, so a plan always reads back
 * as it was last written. Lists are ordered here rather than by the database, so that ties fall
 * to Java's order of ids whatever the collation.
 */
final class JdbcDevelopmentPlanStore implements DevelopmentPlanStore {
    private static final String TABLE = "servicepolicy_development_plan";
    private static final String KIND = "development plan";
    private static final String GOALS = "servicepolicy_development_plan_goal";
    private static final String PROGRAMMES = "servicepolicy_development_plan_programme";
    private static final String INSERT = "INSERT INTO " + TABLE + " (id, employee_id, proposed_by, target_level,"
            + " target_role, status, proposed_at, agreed_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET employee_id = ?, proposed_by = ?,"
            + " target_level = ?, target_role = ?, status = ?, proposed_at = ?, agreed_at = ?, version = ?"
            + " WHERE id = ? AND version = ?";
    private static final String SELECT = "SELECT p.id, p.employee_id, p.proposed_by, p.target_level, p.target_role,"
            + " p.status, p.proposed_at, p.agreed_at, p.version FROM " + TABLE + " p";
    private static final String INSERT_GOAL = "INSERT INTO " + GOALS + " (plan_id, goal_index, goal) VALUES (?, ?, ?)";
    private static final String INSERT_PROGRAMME = "INSERT INTO " + PROGRAMMES + " (plan_id, programme_index,"
            + " programme_id) VALUES (?, ?, ?)";
    private static final Comparator<DevelopmentPlan> OLDEST_FIRST = Comparator.comparing(DevelopmentPlan::proposedAt)
            .thenComparing(p -> p.id().value());

    private final JdbcTransactions transactions;

    JdbcDevelopmentPlanStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public DevelopmentPlan add(DevelopmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        var stored = plan.atVersion(1);
        transactions.insert(NewRows.of(KIND, TABLE, List.of(plan.id()), INSERT, List.<Object[]>of(new Object[] {
                plan.id().value(), plan.employee().value(), plan.proposedBy().value(), plan.targetLevel(),
                plan.targetRole(), plan.status(), plan.proposedAt(), plan.agreedAt(), stored.version()})),
                goals(stored), programmes(stored));
        return stored;
    }

    @Override
    public DevelopmentPlan update(DevelopmentPlan plan) {
        Objects.requireNonNull(plan, "plan");
        var stored = plan.atVersion(plan.version() + 1);
        return transactions.inTransaction(() -> {
            transactions.withConnection(c -> {
                Sql.updateVersioned(c, TABLE, KIND, plan.id(), UPDATE, plan.employee().value(),
                        plan.proposedBy().value(), plan.targetLevel(), plan.targetRole(), plan.status(),
                        plan.proposedAt(), plan.agreedAt(), stored.version(), plan.id().value(), plan.version());
                Sql.deleteFrom(c, List.of(GOALS, PROGRAMMES), "plan_id", plan.id().value());
                return null;
            });
            transactions.insert(goals(stored), programmes(stored));
            return stored;
        });
    }

    @Override
    public Optional<DevelopmentPlan> find(DevelopmentPlanId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> load(c, " WHERE p.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<DevelopmentPlan> ofEmployee(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> load(c, " WHERE p.employee_id = ?", employee.value())).stream()
                .sorted(OLDEST_FIRST).toList();
    }

    /**
     * The plans {@code where} selects, each with its goals and programmes. On PostgreSQL the three
     * queries go as one request, one round trip; elsewhere one after the other.
     */
    private List<DevelopmentPlan> load(Connection c, String where, Object... parameters) throws SQLException {
        var ofPlans = " WHERE x.plan_id IN (SELECT p.id FROM " + TABLE + " p" + where + ")";
        var goals = new HashMap<String, List<String>>();
        var programmes = new HashMap<String, List<String>>();
        var plans = new ArrayList<DevelopmentPlan>();
        var queries = List.of(
                "SELECT x.plan_id, x.goal FROM " + GOALS + " x" + ofPlans + " ORDER BY x.plan_id, x.goal_index",
                "SELECT x.plan_id, x.programme_id FROM " + PROGRAMMES + " x" + ofPlans
                        + " ORDER BY x.plan_id, x.programme_index",
                SELECT + where);
        var consumers = List.<RowConsumer>of(row -> childrenOf(goals, row).add(row.string("goal")),
                row -> childrenOf(programmes, row).add(row.string("programme_id")),
                row -> plans.add(plan(row, goals, programmes)));
        if (transactions.onPostgreSql(c)) {
            var all = new ArrayList<>();
            for (int i = 0; i < queries.size(); i++) {
                all.addAll(List.of(parameters));
            }
            Sql.forEachRowOfEach(c, queries, consumers, all.toArray());
        } else {
            for (int i = 0; i < queries.size(); i++) {
                Sql.forEachRow(c, queries.get(i), consumers.get(i), parameters);
            }
        }
        return plans;
    }

    private static List<String> childrenOf(Map<String, List<String>> children, Row row) throws SQLException {
        return children.computeIfAbsent(row.string("plan_id"), k -> new ArrayList<>());
    }

    private static NewRows goals(DevelopmentPlan plan) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < plan.goals().size(); i++) {
            rows.add(new Object[] {plan.id().value(), i, plan.goals().get(i)});
        }
        return NewRows.numbered("development plan goal", GOALS, INSERT_GOAL, rows);
    }

    private static NewRows programmes(DevelopmentPlan plan) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < plan.programmes().size(); i++) {
            rows.add(new Object[] {plan.id().value(), i, plan.programmes().get(i)});
        }
        return NewRows.numbered("development plan programme", PROGRAMMES, INSERT_PROGRAMME, rows);
    }

    private static DevelopmentPlan plan(Row row, Map<String, List<String>> goals, Map<String, List<String>> programmes)
            throws SQLException {
        var id = row.string("id");
        return new DevelopmentPlan(DevelopmentPlanId.of(id), EmployeeId.of(row.string("employee_id")),
                EmployeeId.of(row.string("proposed_by")), goals.getOrDefault(id, List.of()),
                row.optionalInteger("target_level"), row.optionalString("target_role"),
                programmes.getOrDefault(id, List.of()), row.enumValue(DevelopmentPlanStatus.class, "status"),
                row.instant("proposed_at"), row.optionalInstant("agreed_at"), row.longInteger("version"));
    }
}
