package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.servicepolicy.calendar.Pause;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackCheckpoint;
import org.servicepolicy.feedback.FeedbackItem;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackRound;
import org.servicepolicy.feedback.FeedbackRuling;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.feedback.FeedbackStore;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowConsumer;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.ServiceStandard;

/**
 * Items of customer feedback in {@code servicepolicy_feedback_item}, with optimistic locking on
 * {@code version}; the employees they name, the employees a ruling names, their waits on the
 * customer and their rounds in child tables; the checkpoints of their clocks in
 * {@code servicepolicy_feedback_checkpoint} and the keys fired in
 * {@code servicepolicy_feedback_checkpoint_fired} (§2.3.2).
 *
 * <p>A key fires once because the primary key of a fired key admits one row: on PostgreSQL an
 * insert that meets the same key being fired by another transaction waits for it and then does
 * nothing (or fires, if that one rolled back); on H2 it waits likewise and its unique violation is
 * rolled back to a savepoint. Firing never writes the item's row, so it never conflicts with a
 * command handling the item.
 *
 * <p>Inside a transaction, finding an item (by id or by its token's hash) and scheduling it lock
 * its row until the transaction ends, as an update of it does. Whoever changes an item's
 * checkpoints has read it first, in the same transaction: a command, or the sweep, which
 * computes them from the item as it stands. So a sweep and a command on one item take turns, and
 * the later reads what the earlier committed rather than scheduling from an item that has since
 * moved on (a round the command opened would otherwise lose its checkpoints). On PostgreSQL the
 * lock is {@code FOR NO KEY UPDATE}, the one an update of the row takes, which lets the key-share
 * lock of a fired key's foreign key through: with {@code FOR UPDATE}, a command scheduling an item
 * whose key a sweep had just fired waited for the sweep, which waited for the command's update.
 * A key fired while it is scheduled again may leave a row behind it; every read leaves out the
 * rows whose key fired, so a fired key is never scheduled again.
 */
final class JdbcFeedbackStore implements FeedbackStore {
    private static final String TABLE = "servicepolicy_feedback_item";
    private static final String KIND = "feedback item";
    /** The parts an item keeps from its receipt, written once. */
    private static final String RECEIPT_COLUMNS = "id, channel, nature, area, summary, details, contact, received_at,"
            + " recorded_by, policy_version, tracking_token_hash";
    /** The parts handling changes, with the version, in the order of {@link #handling}. */
    private static final String HANDLING_COLUMNS = "severity, department_id, responsible_id, status, round_number,"
            + " first_responded_at, first_response, question, answer, round_started_at, last_result, result_at,"
            + " cause_analysis, corrective_action, satisfaction, closed_at, close_reason, ruling_verdict,"
            + " ruling_standard, ruling_note, version";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + RECEIPT_COLUMNS + ", " + HANDLING_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET severity = ?, department_id = ?,"
            + " responsible_id = ?, status = ?, round_number = ?, first_responded_at = ?, first_response = ?,"
            + " question = ?, answer = ?, round_started_at = ?, last_result = ?, result_at = ?, cause_analysis = ?,"
            + " corrective_action = ?, satisfaction = ?, closed_at = ?, close_reason = ?, ruling_verdict = ?,"
            + " ruling_standard = ?, ruling_note = ?, version = ? WHERE id = ? AND version = ?";
    private static final String SELECT = "SELECT " + RECEIPT_COLUMNS + ", " + HANDLING_COLUMNS + " FROM " + TABLE + " i";
    private static final String INSERT_CONCERNED = "INSERT INTO servicepolicy_feedback_concerned (item_id,"
            + " employee_index, employee_id) VALUES (?, ?, ?)";
    private static final String INSERT_RULED = "INSERT INTO servicepolicy_feedback_ruled_employee (item_id,"
            + " employee_index, employee_id) VALUES (?, ?, ?)";
    private static final String INSERT_PAUSE = "INSERT INTO servicepolicy_feedback_pause (item_id, pause_number,"
            + " paused_from, paused_until) VALUES (?, ?, ?, ?)";
    private static final String INSERT_ROUND = "INSERT INTO servicepolicy_feedback_round (item_id, round_number,"
            + " result, result_at, rejected_at, rejection, cause_analysis, corrective_action)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_CHECKPOINT = "INSERT INTO servicepolicy_feedback_checkpoint (item_id,"
            + " checkpoint_key, due_at) VALUES (?, ?, ?)";
    private static final String INSERT_FIRED = "INSERT INTO servicepolicy_feedback_checkpoint_fired (item_id,"
            + " checkpoint_key, fired_at) VALUES (?, ?, ?)";
    /** Leaves out a scheduled row {@code c} whose key fired. */
    private static final String UNFIRED = " AND NOT EXISTS (SELECT 1 FROM servicepolicy_feedback_checkpoint_fired f"
            + " WHERE f.item_id = c.item_id AND f.checkpoint_key = c.checkpoint_key)";
    private static final Comparator<FeedbackCheckpoint> EARLIEST_FIRST = Comparator.comparing(FeedbackCheckpoint::at)
            .thenComparing(FeedbackCheckpoint::key);

    private final JdbcTransactions transactions;

    JdbcFeedbackStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public FeedbackItem add(FeedbackItem item) {
        Objects.requireNonNull(item, "item");
        var stored = item.atVersion(1);
        var values = new ArrayList<Object>(List.of(item.id().value(), item.channel(), item.nature(), item.area(),
                item.summary(), item.details(), item.contact(), item.receivedAt(),
                item.recordedBy().map(EmployeeId::value), item.policyVersion(), item.trackingTokenHash()));
        values.addAll(handling(stored));
        var concerned = new ArrayList<Object[]>();
        for (int i = 0; i < item.employeesConcerned().size(); i++) {
            concerned.add(new Object[] {item.id().value(), i, item.employeesConcerned().get(i).value()});
        }
        transactions.insert(NewRows.of(KIND, TABLE, List.of(item.id()), INSERT, List.<Object[]>of(values.toArray())),
                NewRows.numbered("employee concerned", "servicepolicy_feedback_concerned", INSERT_CONCERNED,
                        concerned), ruled(stored), pauses(stored), rounds(stored));
        return stored;
    }

    @Override
    public FeedbackItem update(FeedbackItem item) {
        Objects.requireNonNull(item, "item");
        var stored = item.atVersion(item.version() + 1);
        var values = new ArrayList<Object>(handling(stored));
        values.add(item.id().value());
        values.add(item.version());
        return transactions.inTransaction(() -> {
            transactions.withConnection(c -> {
                Sql.updateVersioned(c, TABLE, KIND, item.id(), UPDATE, values.toArray());
                Sql.deleteFrom(c, List.of("servicepolicy_feedback_ruled_employee", "servicepolicy_feedback_pause",
                        "servicepolicy_feedback_round"), "item_id", item.id().value());
                return null;
            });
            transactions.insert(ruled(stored), pauses(stored), rounds(stored));
            return stored;
        });
    }

    @Override
    public Optional<FeedbackItem> find(FeedbackItemId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> load(c, inTransaction(), " WHERE i.id = ?", id.value())).stream()
                .findFirst();
    }

    @Override
    public Optional<FeedbackItem> findByTokenHash(String trackingTokenHash) {
        Objects.requireNonNull(trackingTokenHash, "trackingTokenHash");
        return transactions.withConnection(c -> load(c, inTransaction(), " WHERE i.tracking_token_hash = ?",
                trackingTokenHash)).stream().findFirst();
    }

    @Override
    public List<FeedbackItem> ofDepartment(DepartmentId department) {
        Objects.requireNonNull(department, "department");
        return transactions.withConnection(c -> load(c, false, " WHERE i.department_id = ?", department.value()));
    }

    @Override
    public List<FeedbackItem> all() {
        return transactions.withConnection(c -> load(c, false, ""));
    }

    @Override
    public void schedule(FeedbackItemId item, List<FeedbackCheckpoint> checkpoints) {
        Objects.requireNonNull(item, "item");
        var given = List.copyOf(checkpoints);
        transactions.inTransaction(() -> {
            var fired = transactions.withConnection(c -> {
                if (!Sql.exists(c, "SELECT id FROM " + TABLE + " WHERE id = ?" + lock(c), item.value())) {
                    throw new NotFoundException(KIND, item);
                }
                Sql.update(c, "DELETE FROM servicepolicy_feedback_checkpoint WHERE item_id = ?", item.value());
                return new HashSet<>(Sql.query(c, "SELECT checkpoint_key FROM servicepolicy_feedback_checkpoint_fired"
                        + " WHERE item_id = ?", row -> row.string("checkpoint_key"), item.value()));
            });
            var rows = given.stream().filter(checkpoint -> !fired.contains(checkpoint.key()))
                    .map(checkpoint -> new Object[] {item.value(), checkpoint.key(), checkpoint.at()}).toList();
            transactions.insert(NewRows.numbered("feedback checkpoint", "servicepolicy_feedback_checkpoint",
                    INSERT_CHECKPOINT, rows));
            return null;
        });
    }

    @Override
    public List<FeedbackCheckpoint> scheduled(FeedbackItemId item) {
        Objects.requireNonNull(item, "item");
        return transactions.withConnection(c -> Sql.query(c, "SELECT c.checkpoint_key, c.due_at"
                + " FROM servicepolicy_feedback_checkpoint c WHERE c.item_id = ?" + UNFIRED,
                JdbcFeedbackStore::checkpoint, item.value())).stream().sorted(EARLIEST_FIRST).toList();
    }

    /**
     * The items with a checkpoint due, ordered here rather than by the database: ties on the
     * instant fall to Java's order of keys and ids, whatever the collation.
     */
    @Override
    public List<FeedbackItemId> dueCheckpoints(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        var earliest = new HashMap<String, FeedbackCheckpoint>();
        transactions.withConnection(c -> {
            Sql.forEachRow(c, "SELECT c.item_id, c.checkpoint_key, c.due_at FROM servicepolicy_feedback_checkpoint c"
                    + " WHERE c.due_at <= ?" + UNFIRED, row -> earliest.merge(row.string("item_id"), checkpoint(row),
                            (a, b) -> EARLIEST_FIRST.compare(a, b) <= 0 ? a : b), asOf);
            return null;
        });
        return earliest.entrySet().stream().sorted(Map.Entry.<String, FeedbackCheckpoint>comparingByValue(
                EARLIEST_FIRST).thenComparing(Map.Entry::getKey)).map(e -> FeedbackItemId.of(e.getKey())).toList();
    }

    @Override
    public boolean fireOnce(FeedbackItemId item, String key, Instant at) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        return transactions.atomically(c -> Sql.insertUnlessPresent(c, transactions.onPostgreSql(c), INSERT_FIRED,
                "item_id, checkpoint_key", item.value(), key, at));
    }

    @Override
    public Map<String, Instant> fired(FeedbackItemId item) {
        Objects.requireNonNull(item, "item");
        var fired = new TreeMap<String, Instant>();
        transactions.withConnection(c -> {
            Sql.forEachRow(c, "SELECT checkpoint_key, fired_at FROM servicepolicy_feedback_checkpoint_fired"
                    + " WHERE item_id = ?", row -> fired.put(row.string("checkpoint_key"), row.instant("fired_at")),
                    item.value());
            return null;
        });
        return Collections.unmodifiableMap(fired);
    }

    /** Whether a transaction runs on this thread, in which finding an item locks it. */
    private boolean inTransaction() {
        return transactions.running();
    }

    /** The clause that locks a row as an update of it does (see the class comment). */
    private String lock(Connection c) throws SQLException {
        return transactions.onPostgreSql(c) ? " FOR NO KEY UPDATE" : " FOR UPDATE";
    }

    /**
     * The items {@code where} selects, oldest first, each with its children, their rows locked
     * first when {@code locked}. On PostgreSQL the queries go as one request, one round trip;
     * elsewhere one after the other.
     */
    private List<FeedbackItem> load(Connection c, boolean locked, String where, Object... parameters)
            throws SQLException {
        var ofItems = " WHERE x.item_id IN (SELECT i.id FROM " + TABLE + " i" + where + ")";
        var children = new Children();
        var queries = new ArrayList<String>();
        var consumers = new ArrayList<RowConsumer>();
        if (locked) {
            queries.add("SELECT i.id FROM " + TABLE + " i" + where + lock(c));
            consumers.add(row -> { });
        }
        queries.addAll(List.of(
                "SELECT x.item_id, x.employee_id FROM servicepolicy_feedback_concerned x" + ofItems
                        + " ORDER BY x.item_id, x.employee_index",
                "SELECT x.item_id, x.employee_id FROM servicepolicy_feedback_ruled_employee x" + ofItems
                        + " ORDER BY x.item_id, x.employee_index",
                "SELECT x.item_id, x.paused_from, x.paused_until FROM servicepolicy_feedback_pause x" + ofItems
                        + " ORDER BY x.item_id, x.pause_number",
                "SELECT x.item_id, x.round_number, x.result, x.result_at, x.rejected_at, x.rejection, x.cause_analysis,"
                        + " x.corrective_action FROM servicepolicy_feedback_round x" + ofItems
                        + " ORDER BY x.item_id, x.round_number",
                SELECT + where + " ORDER BY i.received_at, i.id"));
        var items = new ArrayList<FeedbackItem>();
        consumers.addAll(List.<RowConsumer>of(children::concerned, children::ruled, children::pause, children::round,
                row -> items.add(item(row, children))));
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
        return items;
    }

    /** The values of {@link #HANDLING_COLUMNS} of {@code item}, in order. */
    private static List<Object> handling(FeedbackItem item) {
        var ruling = item.ruling();
        return List.of(item.severity(), item.department().map(DepartmentId::value),
                item.responsible().map(EmployeeId::value), item.status(), item.round(), item.firstRespondedAt(),
                item.firstResponse(), item.question(), item.answer(), item.roundStartedAt(), item.lastResult(),
                item.resultAt(), item.causeAnalysis(), item.correctiveAction(), item.satisfaction(), item.closedAt(),
                item.closeReason(), ruling.map(FeedbackRuling::verdict), ruling.flatMap(FeedbackRuling::standard),
                ruling.map(FeedbackRuling::note), item.version());
    }

    private static NewRows ruled(FeedbackItem item) {
        var employees = item.ruling().map(FeedbackRuling::employees).orElse(List.of());
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < employees.size(); i++) {
            rows.add(new Object[] {item.id().value(), i, employees.get(i).value()});
        }
        return NewRows.numbered("employee ruled against", "servicepolicy_feedback_ruled_employee", INSERT_RULED, rows);
    }

    private static NewRows pauses(FeedbackItem item) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < item.pauses().size(); i++) {
            var pause = item.pauses().get(i);
            rows.add(new Object[] {item.id().value(), i + 1, pause.from(), pause.until()});
        }
        return NewRows.numbered("feedback pause", "servicepolicy_feedback_pause", INSERT_PAUSE, rows);
    }

    private static NewRows rounds(FeedbackItem item) {
        var rows = new ArrayList<Object[]>();
        for (var round : item.rounds()) {
            rows.add(new Object[] {item.id().value(), round.number(), round.result(), round.resultAt(),
                    round.rejectedAt(), round.rejection(), round.causeAnalysis(), round.correctiveAction()});
        }
        return NewRows.numbered("feedback round", "servicepolicy_feedback_round", INSERT_ROUND, rows);
    }

    private static FeedbackCheckpoint checkpoint(Row row) throws SQLException {
        return new FeedbackCheckpoint(row.string("checkpoint_key"), row.instant("due_at"));
    }

    private static FeedbackItem item(Row row, Children children) throws SQLException {
        var id = row.string("id");
        var verdict = row.optionalEnum(FeedbackRuling.Verdict.class, "ruling_verdict");
        var ruling = verdict.isEmpty() ? Optional.<FeedbackRuling>empty() : Optional.of(new FeedbackRuling(
                verdict.get(), children.ruled.getOrDefault(id, List.of()),
                row.optionalEnum(ServiceStandard.class, "ruling_standard"), row.string("ruling_note")));
        return new FeedbackItem(FeedbackItemId.of(id), row.enumValue(FeedbackChannel.class, "channel"),
                row.enumValue(FeedbackNature.class, "nature"), row.string("severity"), row.string("area"),
                row.string("summary"), row.string("details"), row.optionalString("contact"),
                children.concerned.getOrDefault(id, List.of()), row.instant("received_at"),
                row.optionalString("recorded_by").map(EmployeeId::of), row.string("policy_version"),
                row.optionalString("department_id").map(DepartmentId::of),
                row.optionalString("responsible_id").map(EmployeeId::of), row.enumValue(FeedbackStatus.class, "status"),
                row.integer("round_number"), row.optionalInstant("first_responded_at"),
                row.optionalString("first_response"), children.pauses.getOrDefault(id, List.of()),
                row.optionalString("question"), row.optionalString("answer"), row.instant("round_started_at"),
                row.optionalString("last_result"), row.optionalInstant("result_at"),
                row.optionalString("cause_analysis"), row.optionalString("corrective_action"),
                children.rounds.getOrDefault(id, List.of()), row.optionalInteger("satisfaction"),
                row.optionalInstant("closed_at"), row.optionalString("close_reason"), ruling,
                row.string("tracking_token_hash"), row.longInteger("version"));
    }

    /** The rows of the child tables of the items being read, by item id, each list in order. */
    private static final class Children {
        private final Map<String, List<EmployeeId>> concerned = new HashMap<>();
        private final Map<String, List<EmployeeId>> ruled = new HashMap<>();
        private final Map<String, List<Pause>> pauses = new HashMap<>();
        private final Map<String, List<FeedbackRound>> rounds = new HashMap<>();

        private void concerned(Row row) throws SQLException {
            of(concerned, row).add(EmployeeId.of(row.string("employee_id")));
        }

        private void ruled(Row row) throws SQLException {
            of(ruled, row).add(EmployeeId.of(row.string("employee_id")));
        }

        private void pause(Row row) throws SQLException {
            of(pauses, row).add(new Pause(row.instant("paused_from"), row.optionalInstant("paused_until")));
        }

        private void round(Row row) throws SQLException {
            of(rounds, row).add(new FeedbackRound(row.integer("round_number"), row.string("result"),
                    row.instant("result_at"), row.optionalInstant("rejected_at"), row.optionalString("rejection"),
                    row.optionalString("cause_analysis"), row.optionalString("corrective_action")));
        }

        private static <T> List<T> of(Map<String, List<T>> children, Row row) throws SQLException {
            return children.computeIfAbsent(row.string("item_id"), k -> new ArrayList<>());
        }
    }
}
