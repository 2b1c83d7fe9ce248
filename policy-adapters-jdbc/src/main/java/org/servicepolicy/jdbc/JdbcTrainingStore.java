package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.training.Attendance;
import org.servicepolicy.training.RetakeOutcome;
import org.servicepolicy.training.RetakeRuling;
import org.servicepolicy.training.Trainer;
import org.servicepolicy.training.TrainingAssessment;
import org.servicepolicy.training.TrainingSession;
import org.servicepolicy.training.TrainingSessionId;
import org.servicepolicy.training.TrainingStore;

/**
 * Training sessions in {@code servicepolicy_training_session}, with optimistic locking on
 * {@code version}, their attendees and the attendance recorded for each in
 * {@code servicepolicy_training_attendee}; assessments and HR's retake rulings, append-only; the
 * sweep's marks in {@code servicepolicy_training_mark} (§4.1, §4.2).
 *
 * <p>A key of an employee is marked once because the primary key of a mark admits one row: on
 * PostgreSQL an insert that meets the same key being marked by another transaction waits for it
 * and then does nothing (or marks, if that one rolled back); on H2 it waits likewise and its
 * unique violation is rolled back to a savepoint. Marking writes no session, so it never
 * conflicts with recording attendance.
 */
final class JdbcTrainingStore implements TrainingStore {
    private static final String SESSIONS = "servicepolicy_training_session";
    private static final String SESSION = "training session";
    private static final String INSERT_SESSION = "INSERT INTO " + SESSIONS + " (id, programme, starts_at, trainer_id,"
            + " outside_trainer, scheduled_by, scheduled_at, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE_SESSION = "UPDATE " + SESSIONS + " SET programme = ?, starts_at = ?,"
            + " trainer_id = ?, outside_trainer = ?, version = ? WHERE id = ? AND version = ?";
    private static final String INSERT_ATTENDEE = "INSERT INTO servicepolicy_training_attendee (session_id,"
            + " attendee_index, employee_id, attendance) VALUES (?, ?, ?, ?)";
    private static final String ASSESSMENT_COLUMNS = "id, session_id, employee_id, programme, score, pass_mark, passed,"
            + " expires_at, recorded_at, recorded_by";
    private static final String INSERT_ASSESSMENT = "INSERT INTO servicepolicy_training_assessment ("
            + ASSESSMENT_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String RULING_COLUMNS = "id, employee_id, programme, outcome, note, decision_id, decided_at,"
            + " decided_by";
    private static final String INSERT_RULING = "INSERT INTO servicepolicy_training_retake_ruling (" + RULING_COLUMNS
            + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MARK = "INSERT INTO servicepolicy_training_mark (employee_id, mark_key,"
            + " marked_at) VALUES (?, ?, ?)";

    private final JdbcTransactions transactions;

    JdbcTrainingStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public TrainingSession addSession(TrainingSession session) {
        Objects.requireNonNull(session, "session");
        var stored = session.atVersion(1);
        var trainer = session.trainer();
        transactions.insert(NewRows.of(SESSION, SESSIONS, List.of(session.id()), INSERT_SESSION,
                List.<Object[]>of(new Object[] {session.id().value(), session.programme(), session.startsAt(),
                        trainer.employee().map(EmployeeId::value), trainer.outsideExpert(),
                        session.scheduledBy().value(), session.scheduledAt(), stored.version()})), attendees(stored));
        return stored;
    }

    @Override
    public TrainingSession updateSession(TrainingSession session) {
        Objects.requireNonNull(session, "session");
        var stored = session.atVersion(session.version() + 1);
        var trainer = session.trainer();
        return transactions.inTransaction(() -> {
            transactions.withConnection(c -> {
                Sql.updateVersioned(c, SESSIONS, SESSION, session.id(), UPDATE_SESSION, session.programme(),
                        session.startsAt(), trainer.employee().map(EmployeeId::value), trainer.outsideExpert(),
                        stored.version(), session.id().value(), session.version());
                Sql.update(c, "DELETE FROM servicepolicy_training_attendee WHERE session_id = ?", session.id().value());
                return null;
            });
            transactions.insert(attendees(stored));
            return stored;
        });
    }

    @Override
    public Optional<TrainingSession> findSession(TrainingSessionId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> sessions(c, "s.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<TrainingSession> sessionsOf(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> sessions(c, "s.trainer_id = ? OR s.id IN (SELECT a.session_id FROM"
                + " servicepolicy_training_attendee a WHERE a.employee_id = ?)", employee.value(), employee.value()));
    }

    /**
     * Stores an assessment; a second one of the employee at the session is refused by name before
     * the insert, and by the table's unique key when two transactions race to record it.
     */
    @Override
    public TrainingAssessment addAssessment(TrainingAssessment assessment) {
        var a = Objects.requireNonNull(assessment, "assessment");
        return transactions.atomically(c -> {
            if (Sql.exists(c, "SELECT 1 FROM servicepolicy_training_assessment WHERE session_id = ?"
                    + " AND employee_id = ?", a.session().value(), a.employee().value())) {
                throw ConflictException.duplicate("training assessment", a.session() + " of " + a.employee());
            }
            Sql.insertNew(c, "training assessment", a.id(), INSERT_ASSESSMENT, a.id(), a.session().value(),
                    a.employee().value(), a.programme(), a.score(), a.passMark(), a.passed(), a.expiresAt(),
                    a.recordedAt(), a.recordedBy().value());
            return a;
        });
    }

    @Override
    public List<TrainingAssessment> assessmentsOf(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> Sql.query(c, "SELECT " + ASSESSMENT_COLUMNS
                + " FROM servicepolicy_training_assessment WHERE employee_id = ? ORDER BY recorded_at, id",
                JdbcTrainingStore::assessment, employee.value()));
    }

    @Override
    public RetakeRuling addRuling(RetakeRuling ruling) {
        Objects.requireNonNull(ruling, "ruling");
        transactions.insert(NewRows.of("retake ruling", "servicepolicy_training_retake_ruling", List.of(ruling.id()),
                INSERT_RULING, List.<Object[]>of(new Object[] {ruling.id(), ruling.employee().value(),
                        ruling.programme(), ruling.outcome(), ruling.note(), ruling.decision().value(),
                        ruling.decidedAt(), ruling.decidedBy().value()})));
        return ruling;
    }

    @Override
    public List<RetakeRuling> rulingsOf(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> Sql.query(c, "SELECT " + RULING_COLUMNS
                + " FROM servicepolicy_training_retake_ruling WHERE employee_id = ? ORDER BY decided_at, id",
                JdbcTrainingStore::ruling, employee.value()));
    }

    @Override
    public boolean markOnce(EmployeeId employee, String key, Instant at) {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(at, "at");
        return transactions.atomically(c -> Sql.insertUnlessPresent(c, transactions.onPostgreSql(c), INSERT_MARK,
                "employee_id, mark_key", employee.value(), key, at));
    }

    @Override
    public Map<String, Instant> marked(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        var marked = new TreeMap<String, Instant>();
        transactions.withConnection(c -> {
            Sql.forEachRow(c, "SELECT mark_key, marked_at FROM servicepolicy_training_mark WHERE employee_id = ?",
                    row -> marked.put(row.string("mark_key"), row.instant("marked_at")), employee.value());
            return null;
        });
        return Collections.unmodifiableMap(marked);
    }

    /** The sessions {@code where} selects, by start then id, each with its attendees in the order scheduled. */
    private static List<TrainingSession> sessions(Connection c, String where, Object... parameters)
            throws SQLException {
        var attendees = new HashMap<String, List<EmployeeId>>();
        var attendance = new HashMap<String, Map<EmployeeId, Attendance>>();
        Sql.forEachRow(c, "SELECT a.session_id, a.employee_id, a.attendance FROM servicepolicy_training_attendee a"
                + " WHERE a.session_id IN (SELECT s.id FROM " + SESSIONS + " s WHERE " + where + ")"
                + " ORDER BY a.session_id, a.attendee_index", row -> {
                    var session = row.string("session_id");
                    var employee = EmployeeId.of(row.string("employee_id"));
                    attendees.computeIfAbsent(session, k -> new ArrayList<>()).add(employee);
                    row.optionalEnum(Attendance.class, "attendance").ifPresent(recorded -> attendance
                            .computeIfAbsent(session, k -> new LinkedHashMap<>()).put(employee, recorded));
                }, parameters);
        return Sql.query(c, "SELECT s.id, s.programme, s.starts_at, s.trainer_id, s.outside_trainer, s.scheduled_by,"
                + " s.scheduled_at, s.version FROM " + SESSIONS + " s WHERE " + where + " ORDER BY s.starts_at, s.id",
                row -> session(row, attendees, attendance), parameters);
    }

    private static TrainingSession session(Row row, Map<String, List<EmployeeId>> attendees,
                                           Map<String, Map<EmployeeId, Attendance>> attendance) throws SQLException {
        var id = row.string("id");
        var trainer = new Trainer(row.optionalString("trainer_id").map(EmployeeId::of),
                row.optionalString("outside_trainer"));
        return new TrainingSession(TrainingSessionId.of(id), row.string("programme"), row.instant("starts_at"), trainer,
                attendees.getOrDefault(id, List.of()), EmployeeId.of(row.string("scheduled_by")),
                row.instant("scheduled_at"), attendance.getOrDefault(id, Map.of()), row.longInteger("version"));
    }

    /** The attendee rows of {@code session}, in the order scheduled, with the attendance recorded so far. */
    private static NewRows attendees(TrainingSession session) {
        var rows = new ArrayList<Object[]>();
        for (int i = 0; i < session.attendees().size(); i++) {
            var attendee = session.attendees().get(i);
            rows.add(new Object[] {session.id().value(), i, attendee.value(), session.attendanceOf(attendee)});
        }
        return NewRows.numbered("training attendee", "servicepolicy_training_attendee", INSERT_ATTENDEE, rows);
    }

    private static TrainingAssessment assessment(Row row) throws SQLException {
        return new TrainingAssessment(row.string("id"), TrainingSessionId.of(row.string("session_id")),
                EmployeeId.of(row.string("employee_id")), row.string("programme"), row.integer("score"),
                row.integer("pass_mark"), row.bool("passed"), row.optionalInstant("expires_at"),
                row.instant("recorded_at"), EmployeeId.of(row.string("recorded_by")));
    }

    private static RetakeRuling ruling(Row row) throws SQLException {
        return new RetakeRuling(row.string("id"), EmployeeId.of(row.string("employee_id")), row.string("programme"),
                row.enumValue(RetakeOutcome.class, "outcome"), row.string("note"),
                DecisionId.of(row.string("decision_id")), row.instant("decided_at"),
                EmployeeId.of(row.string("decided_by")));
    }
}
