package db.servicepolicy.migration;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.servicepolicy.jdbc.internal.JsonDocuments;
import org.servicepolicy.kernel.Reason;

/**
 * servicepolicy schema, version 9: a decision's reasons with their facts, and an event's
 * attributes, become one JSON document in their own row ({@code jsonb} on PostgreSQL, text
 * elsewhere), written by the adapter's {@link JsonDocuments}, so that recording a violation
 * writes a handful of rows instead of thirty. The rows of the three child tables move into the
 * documents, in their order, and the tables are dropped; so is {@code servicepolicy_counter},
 * whose single row every publishing transaction used to lock: on PostgreSQL the outbox now takes
 * positions from the sequence {@code servicepolicy_event_position}, which starts after the last
 * position kept (see {@code JdbcEventOutbox}).
 *
 * <p>In Java, not SQL, because building the documents portably (PostgreSQL and H2 share no JSON
 * aggregate that keeps order the same way) and bit for bit is what the adapter's own writer does.
 */
public class V9__Compact_reasons_and_attributes extends BaseJavaMigration {
    /** Documents written per batch of updates. */
    private static final int BATCH = 500;

    /** Moves the reasons, facts and attributes into their documents and drops the old tables. */
    @Override
    public void migrate(Context context) throws SQLException {
        var c = context.getConnection();
        boolean postgreSql = "PostgreSQL".equals(c.getMetaData().getDatabaseProductName());
        var document = postgreSql ? "JSONB" : "CHARACTER VARYING";
        var parameter = postgreSql ? "CAST(? AS jsonb)" : "?";
        execute(c, "ALTER TABLE servicepolicy_decision ADD COLUMN reasons " + document);
        execute(c, "ALTER TABLE servicepolicy_event ADD COLUMN attributes " + document);
        moveReasons(c, parameter);
        moveAttributes(c, parameter);
        execute(c, "ALTER TABLE servicepolicy_decision ALTER COLUMN reasons SET NOT NULL");
        execute(c, "ALTER TABLE servicepolicy_event ALTER COLUMN attributes SET NOT NULL");
        execute(c, "DROP TABLE servicepolicy_decision_fact");
        execute(c, "DROP TABLE servicepolicy_decision_reason");
        execute(c, "DROP TABLE servicepolicy_event_attribute");
        execute(c, "DROP TABLE servicepolicy_counter");
        if (postgreSql) {
            createPositionSequence(c);
        }
    }

    /** Every decision's reasons and facts, read in order, one decision at a time. */
    private static void moveReasons(Connection c, String parameter) throws SQLException {
        try (var read = c.prepareStatement("SELECT d.id, r.reason_index, r.clause, r.rule_id, r.message,"
                + " f.fact_name, f.fact_value FROM servicepolicy_decision d"
                + " LEFT JOIN servicepolicy_decision_reason r ON r.decision_id = d.id"
                + " LEFT JOIN servicepolicy_decision_fact f ON f.decision_id = r.decision_id AND f.reason_index = r.reason_index"
                + " ORDER BY d.id, r.reason_index, f.fact_index");
             var write = new Writes(c, "UPDATE servicepolicy_decision SET reasons = " + parameter + " WHERE id = ?")) {
            read.setFetchSize(BATCH);
            try (var rows = read.executeQuery()) {
                String decision = null;
                var reasons = new ArrayList<Reason>();
                int reasonIndex = -1;
                String clause = null;
                String rule = null;
                String message = null;
                var facts = new LinkedHashMap<String, String>();
                while (rows.next()) {
                    var id = rows.getString("id");
                    int index = rows.getInt("reason_index");
                    boolean hasReason = !rows.wasNull();
                    boolean sameReason = id.equals(decision) && index == reasonIndex;
                    if (!sameReason && clause != null) {
                        reasons.add(new Reason(clause, rule, message, facts));
                        clause = null;
                        facts = new LinkedHashMap<>();
                    }
                    if (!id.equals(decision)) {
                        if (decision != null) {
                            write.add(JsonDocuments.reasons(reasons), decision);
                        }
                        decision = id;
                        reasons = new ArrayList<>();
                    }
                    reasonIndex = index;
                    if (hasReason && !sameReason) {
                        clause = rows.getString("clause");
                        rule = rows.getString("rule_id");
                        message = rows.getString("message");
                    }
                    var name = rows.getString("fact_name");
                    if (name != null) {
                        facts.put(name, rows.getString("fact_value"));
                    }
                }
                if (clause != null) {
                    reasons.add(new Reason(clause, rule, message, facts));
                }
                if (decision != null) {
                    write.add(JsonDocuments.reasons(reasons), decision);
                }
            }
        }
    }

    /** Every event's attributes, one event at a time. */
    private static void moveAttributes(Connection c, String parameter) throws SQLException {
        try (var read = c.prepareStatement("SELECT e.event_position, a.attribute_name, a.attribute_value"
                + " FROM servicepolicy_event e"
                + " LEFT JOIN servicepolicy_event_attribute a ON a.event_position = e.event_position"
                + " ORDER BY e.event_position");
             var write = new Writes(c, "UPDATE servicepolicy_event SET attributes = " + parameter
                     + " WHERE event_position = ?")) {
            read.setFetchSize(BATCH);
            try (var rows = read.executeQuery()) {
                Long event = null;
                Map<String, String> attributes = new TreeMap<>();
                while (rows.next()) {
                    long position = rows.getLong("event_position");
                    if (event != null && event != position) {
                        write.add(JsonDocuments.attributes(attributes), event);
                        attributes = new TreeMap<>();
                    }
                    event = position;
                    var name = rows.getString("attribute_name");
                    if (name != null) {
                        attributes.put(name, rows.getString("attribute_value"));
                    }
                }
                if (event != null) {
                    write.add(JsonDocuments.attributes(attributes), event);
                }
            }
        }
    }

    /** The sequence the outbox takes positions from on PostgreSQL, after every position kept. */
    private static void createPositionSequence(Connection c) throws SQLException {
        long next;
        try (var last = c.prepareStatement("SELECT COALESCE(MAX(event_position), 0) + 1 AS next FROM servicepolicy_event");
             var result = last.executeQuery()) {
            result.next();
            next = result.getLong("next");
        }
        execute(c, "CREATE SEQUENCE servicepolicy_event_position START WITH " + next + " CACHE 1");
    }

    private static void execute(Connection c, String sql) throws SQLException {
        try (var statement = c.createStatement()) {
            statement.execute(sql);
        }
    }

    /** Updates sent in batches of {@link #BATCH}. */
    private static final class Writes implements AutoCloseable {
        private final PreparedStatement statement;
        private int pending;

        private Writes(Connection c, String sql) throws SQLException {
            statement = c.prepareStatement(sql);
        }

        private void add(String document, Object key) throws SQLException {
            statement.setString(1, document);
            statement.setObject(2, key);
            statement.addBatch();
            if (++pending == BATCH) {
                statement.executeBatch();
                pending = 0;
            }
        }

        @Override
        public void close() throws SQLException {
            try (statement) {
                if (pending > 0) {
                    statement.executeBatch();
                }
            }
        }
    }
}
