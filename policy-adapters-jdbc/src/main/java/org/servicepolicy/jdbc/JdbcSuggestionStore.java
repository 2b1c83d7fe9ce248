package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.suggestions.Suggestion;
import org.servicepolicy.suggestions.SuggestionArea;
import org.servicepolicy.suggestions.SuggestionId;
import org.servicepolicy.suggestions.SuggestionStatus;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.suggestions.SuggestionTransition;

/**
 * Employee suggestions in {@code servicepolicy_suggestion}, with optimistic locking on
 * {@code version}, and their histories in {@code servicepolicy_suggestion_transition}. A
 * suggestion is read with its history in one query, so the two always agree.
 */
final class JdbcSuggestionStore implements SuggestionStore {
    private static final String TABLE = "servicepolicy_suggestion";
    /** Every column but the id, in the order {@link #columns} binds them. */
    private static final List<String> COLUMNS = List.of("author_id", "title", "suggestion_text", "area",
            "reviewer_id", "submitted_at", "status", "version");
    private static final String SELECT = "SELECT s.id, s." + String.join(", s.", COLUMNS) + ","
            + " t.status AS transition_status, t.transition_at, t.actor_id, t.note"
            + " FROM " + TABLE + " s JOIN servicepolicy_suggestion_transition t ON t.suggestion_id = s.id";
    private static final String ORDER = " ORDER BY s.id, t.transition_index";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + String.join(", ", COLUMNS) + ", id) VALUES ("
            + "?, ".repeat(COLUMNS.size()) + "?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET " + String.join(" = ?, ", COLUMNS)
            + " = ? WHERE id = ? AND version = ?";
    private static final Comparator<Suggestion> OLDEST_FIRST = Comparator.comparing(Suggestion::submittedAt)
            .thenComparing(s -> s.id().value());

    private final JdbcTransactions transactions;

    JdbcSuggestionStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Suggestion add(Suggestion suggestion) {
        Objects.requireNonNull(suggestion, "suggestion");
        var stored = atVersion(suggestion, 1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "suggestion", suggestion.id(), INSERT, columns(stored, suggestion.id().value()));
            insertHistory(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Suggestion update(Suggestion suggestion) {
        Objects.requireNonNull(suggestion, "suggestion");
        var stored = atVersion(suggestion, suggestion.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, TABLE, "suggestion", suggestion.id(), UPDATE,
                    columns(stored, suggestion.id().value(), suggestion.version()));
            Sql.update(c, "DELETE FROM servicepolicy_suggestion_transition WHERE suggestion_id = ?",
                    suggestion.id().value());
            insertHistory(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Suggestion> find(SuggestionId id) {
        return transactions.withConnection(c -> load(c, " WHERE s.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Suggestion> all() {
        return transactions.withConnection(c -> load(c, "")).stream().sorted(OLDEST_FIRST).toList();
    }

    private static List<Suggestion> load(Connection c, String where, Object... parameters) throws SQLException {
        var suggestions = new LinkedHashMap<String, Loaded>();
        Sql.forEachRow(c, SELECT + where + ORDER, row -> {
            var loaded = suggestions.get(row.string("id"));
            if (loaded == null) {
                loaded = head(row);
                suggestions.put(loaded.id().value(), loaded);
            }
            loaded.history().add(new SuggestionTransition(row.enumValue(SuggestionStatus.class, "transition_status"),
                    row.instant("transition_at"), EmployeeId.of(row.string("actor_id")), row.optionalString("note")));
        }, parameters);
        return suggestions.values().stream().map(Loaded::suggestion).toList();
    }

    private static Loaded head(Row row) throws SQLException {
        return new Loaded(SuggestionId.of(row.string("id")), EmployeeId.of(row.string("author_id")),
                row.string("title"), row.string("suggestion_text"), row.enumValue(SuggestionArea.class, "area"),
                row.optionalString("reviewer_id").map(EmployeeId::of), new ArrayList<>(), row.longInteger("version"));
    }

    private static void insertHistory(Connection c, Suggestion suggestion) throws SQLException {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < suggestion.history().size(); i++) {
            var transition = suggestion.history().get(i);
            rows.add(new Object[] {suggestion.id().value(), i, transition.status(), transition.at(),
                    transition.by().value(), transition.note()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_suggestion_transition (suggestion_id, transition_index, status,"
                + " transition_at, actor_id, note) VALUES (?, ?, ?, ?, ?, ?)", rows);
    }

    /** The values of {@link #COLUMNS}, followed by {@code key} (the id, and the expected version). */
    private static Object[] columns(Suggestion s, Object... key) {
        var values = new ArrayList<Object>(List.of(s.author().value(), s.title(), s.text(), s.area(),
                s.reviewer().map(EmployeeId::value), s.submittedAt(), s.status(), s.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static Suggestion atVersion(Suggestion s, long version) {
        return new Suggestion(s.id(), s.author(), s.title(), s.text(), s.area(), s.reviewer(), s.history(), version);
    }

    /** A suggestion row whose history is being read. */
    private record Loaded(SuggestionId id, EmployeeId author, String title, String text, SuggestionArea area,
                          Optional<EmployeeId> reviewer, List<SuggestionTransition> history, long version) {
        Suggestion suggestion() {
            return new Suggestion(id, author, title, text, area, reviewer, history, version);
        }
    }
}
