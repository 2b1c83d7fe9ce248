package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Reward;
import org.servicepolicy.rewards.RewardId;
import org.servicepolicy.rewards.RewardKey;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.rewards.RewardTransition;

/**
 * Rewards in {@code servicepolicy_reward}, with optimistic locking on {@code version}, and their
 * histories in {@code servicepolicy_reward_transition}. A unique key on employee, rule, trigger
 * and source keeps one reward per trigger occurrence (§3.3.2) even when two proposals race. A
 * reward is read with its history in one query, so the two always agree.
 */
final class JdbcRewardStore implements RewardStore {
    private static final String TABLE = "servicepolicy_reward";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("employee_id", "rule_id", "trigger_name", "source", "kinds",
            "bonus_amount", "bonus_currency", "citation", "decision_id", "proposed_at", "status", "version");
    private static final String SELECT = "SELECT r.id, r." + String.join(", r.", COLUMNS) + ","
            + " t.status AS transition_status, t.transition_at, t.actor_id, t.reason"
            + " FROM " + TABLE + " r JOIN servicepolicy_reward_transition t ON t.reward_id = r.id";
    private static final String ORDER = " ORDER BY r.id, t.transition_index";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final Comparator<Reward> OLDEST_PROPOSAL_FIRST = Comparator.comparing(Reward::proposedAt)
            .thenComparing(r -> r.id().value());

    private final JdbcTransactions transactions;

    JdbcRewardStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Reward add(Reward reward) {
        Objects.requireNonNull(reward, "reward");
        var stored = atVersion(reward, 1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "reward", reward.id() + " or one with key " + reward.key(), INSERT,
                    columns(stored, reward.id().value()));
            insertHistory(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Reward update(Reward reward) {
        Objects.requireNonNull(reward, "reward");
        var stored = atVersion(reward, reward.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "reward", reward.id(), UPDATE,
                    columns(stored, reward.id().value(), reward.version()));
            Sql.update(c, "DELETE FROM servicepolicy_reward_transition WHERE reward_id = ?", reward.id().value());
            insertHistory(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Reward> find(RewardId id) {
        return transactions.withConnection(c -> load(c, " WHERE r.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public Optional<Reward> find(RewardKey key) {
        return transactions.withConnection(c -> load(c, " WHERE r.employee_id = ? AND r.rule_id = ?"
                + " AND r.trigger_name = ? AND r.source = ?", key.employee().value(), key.ruleId(),
                key.trigger().name(), key.source())).stream().findFirst();
    }

    @Override
    public List<Reward> of(EmployeeId employee) {
        return transactions.withConnection(c -> load(c, " WHERE r.employee_id = ?", employee.value())).stream()
                .sorted(OLDEST_PROPOSAL_FIRST).toList();
    }

    @Override
    public List<Reward> all() {
        return transactions.withConnection(c -> load(c, "")).stream().sorted(OLDEST_PROPOSAL_FIRST).toList();
    }

    private static List<Reward> load(Connection c, String where, Object... parameters) throws SQLException {
        var rewards = new LinkedHashMap<String, Loaded>();
        Sql.forEachRow(c, SELECT + where + ORDER, row -> {
            var loaded = rewards.get(row.string("id"));
            if (loaded == null) {
                loaded = head(row);
                rewards.put(loaded.id().value(), loaded);
            }
            loaded.history().add(new RewardTransition(row.enumValue(RewardStatus.class, "transition_status"),
                    row.instant("transition_at"), EmployeeId.of(row.string("actor_id")),
                    row.optionalString("reason")));
        }, parameters);
        return rewards.values().stream().map(Loaded::reward).toList();
    }

    private static Loaded head(Row row) throws SQLException {
        return new Loaded(RewardId.of(row.string("id")), EmployeeId.of(row.string("employee_id")),
                row.string("rule_id"), new RewardTrigger(row.string("trigger_name")), row.string("source"),
                kinds(row.string("kinds")), row.money("bonus_amount", "bonus_currency"), row.string("citation"),
                DecisionId.of(row.string("decision_id")), new ArrayList<>(), row.longInteger("version"));
    }

    private static Set<RewardKind> kinds(String names) {
        return Arrays.stream(names.split(",")).map(RewardKind::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(RewardKind.class)));
    }

    private static void insertHistory(Connection c, Reward reward) throws SQLException {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < reward.history().size(); i++) {
            var transition = reward.history().get(i);
            rows.add(new Object[] {reward.id().value(), i, transition.status(), transition.at(),
                    transition.by().value(), transition.reason()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_reward_transition (reward_id, transition_index, status,"
                + " transition_at, actor_id, reason) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Reward r, Object... key) {
        var values = new ArrayList<Object>(List.of(r.employee().value(), r.ruleId(), r.trigger().name(), r.source(),
                r.kinds().stream().map(RewardKind::name).collect(Collectors.joining(",")),
                r.bonus().map(Money::amount), r.bonus().map(m -> m.currency().getCurrencyCode()), r.citation(),
                r.decisionId().value(), r.proposedAt(), r.status(), r.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static Reward atVersion(Reward r, long version) {
        return new Reward(r.id(), r.employee(), r.ruleId(), r.trigger(), r.source(), r.kinds(), r.bonus(),
                r.citation(), r.decisionId(), r.history(), version);
    }

    /** A reward row whose history is being read. */
    private record Loaded(RewardId id, EmployeeId employee, String ruleId, RewardTrigger trigger, String source,
                          Set<RewardKind> kinds, Optional<Money> bonus, String citation, DecisionId decisionId,
                          List<RewardTransition> history, long version) {
        Reward reward() {
            return new Reward(id, employee, ruleId, trigger, source, kinds, bonus, citation, decisionId, history,
                    version);
        }
    }
}
