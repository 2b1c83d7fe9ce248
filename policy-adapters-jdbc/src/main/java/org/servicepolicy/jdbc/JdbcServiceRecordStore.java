package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ReturnVisit;
import org.servicepolicy.service.ServiceCase;
import org.servicepolicy.service.ServiceCaseCommitment;
import org.servicepolicy.service.ServiceCaseId;
import org.servicepolicy.service.ServiceCaseReturnTrip;
import org.servicepolicy.service.ServiceRecordMark;
import org.servicepolicy.service.ServiceRecordStore;

/**
 * Service cases in {@code servicepolicy_service_case} (the return visit in the same row), their
 * return trips in {@code servicepolicy_service_case_trip}, their promised replies in
 * {@code servicepolicy_service_case_commitment} and the marks of their shortfalls in
 * {@code servicepolicy_service_record_mark} (§2.1.3, §2.1.4). A mark's primary key makes it once:
 * on PostgreSQL an insert that meets a mark being made by another transaction waits for it and
 * then does nothing; on H2 the unique violation is rolled back to a savepoint.
 */
final class JdbcServiceRecordStore implements ServiceRecordStore {
    private static final String TABLE = "servicepolicy_service_case";
    private static final String COLUMNS = "c.id, c.business_type, c.customer_ref, c.handler_id, c.opened_at,"
            + " c.due_at, c.policy_version, c.finished_at, c.visit_due_at, c.visit_done_at, c.visit_satisfaction,"
            + " c.visit_notes, c.visit_recorded_by, c.version";
    private static final String INSERT = "INSERT INTO " + TABLE + " (id, business_type, customer_ref, handler_id,"
            + " opened_at, due_at, policy_version, finished_at, visit_due_at, visit_done_at, visit_satisfaction,"
            + " visit_notes, visit_recorded_by, version) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET finished_at = ?, visit_due_at = ?,"
            + " visit_done_at = ?, visit_satisfaction = ?, visit_notes = ?, visit_recorded_by = ?, version = ?"
            + " WHERE id = ? AND version = ?";
    private static final String INSERT_TRIP = "INSERT INTO servicepolicy_service_case_trip (case_id, trip_number,"
            + " cause, note, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?)";
    private static final String SELECT_TRIPS = "SELECT t.case_id, t.cause, t.note, t.recorded_at, t.recorded_by"
            + " FROM servicepolicy_service_case_trip t";
    private static final String SELECT_COMMITMENTS = "SELECT k.case_id, k.commitment_number, k.promise,"
            + " k.promised_at, k.reply_by, k.replied_at, k.promised_by FROM servicepolicy_service_case_commitment k";
    private static final String INSERT_COMMITMENT = "INSERT INTO servicepolicy_service_case_commitment (case_id,"
            + " commitment_number, promise, promised_at, reply_by, replied_at, promised_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?)";
    private static final String INSERT_MARK = "INSERT INTO servicepolicy_service_record_mark (case_id, standard,"
            + " mark_number, due_at, marked_at) VALUES (?, ?, ?, ?, ?)";
    private static final String UNMARKED = " AND NOT EXISTS (SELECT 1 FROM servicepolicy_service_record_mark m"
            + " WHERE m.case_id = c.id AND m.standard = ? AND m.mark_number = 1)";
    private static final String OWED_REPLY = " OR EXISTS (SELECT 1 FROM servicepolicy_service_case_commitment k"
            + " WHERE k.case_id = c.id AND k.replied_at IS NULL AND k.reply_by < ?"
            + " AND NOT EXISTS (SELECT 1 FROM servicepolicy_service_record_mark m WHERE m.case_id = k.case_id"
            + " AND m.standard = ? AND m.mark_number = k.commitment_number))";

    private final JdbcTransactions transactions;

    JdbcServiceRecordStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public ServiceCase add(ServiceCase c) {
        Objects.requireNonNull(c, "serviceCase");
        var stored = c.atVersion(1);
        transactions.atomically(conn -> {
            var head = new Object[] {c.id().value(), c.businessType(), c.customerRef(), c.handler().value(),
                    c.openedAt(), c.dueAt(), c.policyVersion()};
            var tail = visitColumns(stored);
            var values = new Object[head.length + tail.length];
            System.arraycopy(head, 0, values, 0, head.length);
            System.arraycopy(tail, 0, values, head.length, tail.length);
            Sql.insertNew(conn, "service case", c.id(), INSERT, values);
            insertTrips(conn, stored, 0);
            insertCommitments(conn, stored, 0);
            return null;
        });
        return stored;
    }

    @Override
    public ServiceCase update(ServiceCase c) {
        Objects.requireNonNull(c, "serviceCase");
        var stored = c.atVersion(c.version() + 1);
        transactions.atomically(conn -> {
            var values = new ArrayList<>(List.of(visitColumns(stored)));
            values.add(c.id().value());
            values.add(c.version());
            Sql.updateVersioned(conn, TABLE, "service case", c.id(), UPDATE, values.toArray());
            var tripsStored = Sql.query(conn, "SELECT COUNT(*) AS n FROM servicepolicy_service_case_trip"
                    + " WHERE case_id = ?", row -> row.integer("n"), c.id().value()).get(0);
            insertTrips(conn, stored, tripsStored);
            var commitmentsStored = Sql.query(conn, "SELECT commitment_number, replied_at"
                    + " FROM servicepolicy_service_case_commitment WHERE case_id = ? ORDER BY commitment_number",
                    row -> row.optionalInstant("replied_at").isPresent(), c.id().value());
            var replies = new ArrayList<Object[]>();
            for (int i = 0; i < commitmentsStored.size(); i++) {
                var commitment = c.commitments().get(i);
                if (!commitmentsStored.get(i) && commitment.replied()) {
                    replies.add(new Object[] {commitment.repliedAt(), c.id().value(), commitment.number()});
                }
            }
            Sql.batch(conn, "UPDATE servicepolicy_service_case_commitment SET replied_at = ?"
                    + " WHERE case_id = ? AND commitment_number = ?", replies);
            insertCommitments(conn, stored, commitmentsStored.size());
            return null;
        });
        return stored;
    }

    @Override
    public Optional<ServiceCase> find(ServiceCaseId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(conn -> read(conn, " WHERE c.id = ?", List.of(id.value())))
                .stream().findFirst();
    }

    @Override
    public List<ServiceCase> handledBy(EmployeeId handler) {
        Objects.requireNonNull(handler, "handler");
        return transactions.withConnection(conn -> read(conn, " WHERE c.handler_id = ?", List.of(handler.value())));
    }

    @Override
    public List<ServiceCase> dueForSweep(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return transactions.withConnection(conn -> read(conn,
                " WHERE (c.finished_at IS NULL AND c.due_at < ?" + UNMARKED + ")"
                        + " OR (c.visit_done_at IS NULL AND c.visit_due_at < ?" + UNMARKED + ")" + OWED_REPLY,
                List.of(asOf, ServiceStandard.CASE_TIME, asOf, ServiceStandard.RETURN_VISIT, asOf,
                        ServiceStandard.PROMISED_REPLY)));
    }

    @Override
    public boolean markOnce(ServiceRecordMark mark) {
        Objects.requireNonNull(mark, "mark");
        var values = new Object[] {mark.serviceCase().value(), mark.standard(), mark.number(), mark.dueAt(),
                mark.markedAt()};
        return transactions.atomically(c -> Sql.insertUnlessPresent(c, transactions.onPostgreSql(c), INSERT_MARK,
                "case_id, standard, mark_number", values));
    }

    @Override
    public List<ServiceRecordMark> marks(ServiceCaseId serviceCase) {
        Objects.requireNonNull(serviceCase, "serviceCase");
        return transactions.withConnection(c -> Sql.query(c, "SELECT case_id, standard, mark_number, due_at,"
                        + " marked_at FROM servicepolicy_service_record_mark WHERE case_id = ?"
                        + " ORDER BY marked_at, standard, mark_number",
                row -> new ServiceRecordMark(ServiceCaseId.of(row.string("case_id")),
                        row.enumValue(ServiceStandard.class, "standard"), row.integer("mark_number"),
                        row.instant("due_at"), row.instant("marked_at")), serviceCase.value()));
    }

    /** The cases {@code where} selects, oldest opening first, each with its trips and commitments: three queries. */
    private static List<ServiceCase> read(Connection conn, String where, List<Object> parameters)
            throws SQLException {
        var args = parameters.toArray();
        var trips = new HashMap<String, List<ServiceCaseReturnTrip>>();
        Sql.forEachRow(conn, SELECT_TRIPS + " WHERE t.case_id IN (SELECT c.id FROM " + TABLE + " c" + where + ")"
                + " ORDER BY t.case_id, t.trip_number", row -> trips.computeIfAbsent(row.string("case_id"),
                        k -> new ArrayList<>()).add(trip(row)), args);
        var commitments = new HashMap<String, List<ServiceCaseCommitment>>();
        Sql.forEachRow(conn, SELECT_COMMITMENTS + " WHERE k.case_id IN (SELECT c.id FROM " + TABLE + " c" + where
                + ") ORDER BY k.case_id, k.commitment_number", row -> commitments.computeIfAbsent(
                        row.string("case_id"), k -> new ArrayList<>()).add(commitment(row)), args);
        return Sql.query(conn, "SELECT " + COLUMNS + " FROM " + TABLE + " c" + where + " ORDER BY c.opened_at, c.id",
                row -> serviceCase(row, trips, commitments), args);
    }

    /** The finishing and return-visit columns of {@code c}, then its version, in statement order. */
    private static Object[] visitColumns(ServiceCase c) {
        var visit = c.returnVisit();
        return new Object[] {c.finishedAt(), visit.map(ReturnVisit::dueAt), visit.flatMap(ReturnVisit::doneAt),
                visit.flatMap(ReturnVisit::satisfaction), visit.flatMap(ReturnVisit::notes),
                visit.flatMap(ReturnVisit::recordedBy).map(EmployeeId::value), c.version()};
    }

    private static void insertTrips(Connection conn, ServiceCase c, int stored) throws SQLException {
        var rows = new ArrayList<Object[]>();
        for (int i = stored; i < c.returnTrips().size(); i++) {
            var t = c.returnTrips().get(i);
            rows.add(new Object[] {c.id().value(), i + 1, t.cause(), t.note(), t.recordedAt(), t.recordedBy().value()});
        }
        Sql.batch(conn, INSERT_TRIP, rows);
    }

    private static void insertCommitments(Connection conn, ServiceCase c, int stored) throws SQLException {
        var rows = new ArrayList<Object[]>();
        for (var k : c.commitments().subList(stored, c.commitments().size())) {
            rows.add(new Object[] {c.id().value(), k.number(), k.promise(), k.promisedAt(), k.replyBy(),
                    k.repliedAt(), k.promisedBy().value()});
        }
        Sql.batch(conn, INSERT_COMMITMENT, rows);
    }

    private static ServiceCaseCommitment commitment(Row row) throws SQLException {
        return new ServiceCaseCommitment(row.integer("commitment_number"), row.string("promise"),
                row.instant("promised_at"), row.instant("reply_by"), row.optionalInstant("replied_at"),
                EmployeeId.of(row.string("promised_by")));
    }

    private static ServiceCaseReturnTrip trip(Row row) throws SQLException {
        return new ServiceCaseReturnTrip(row.enumValue(ServiceCaseReturnTrip.Cause.class, "cause"),
                row.string("note"), row.instant("recorded_at"), EmployeeId.of(row.string("recorded_by")));
    }

    private static ServiceCase serviceCase(Row row, Map<String, List<ServiceCaseReturnTrip>> trips,
                                           Map<String, List<ServiceCaseCommitment>> commitments) throws SQLException {
        var id = row.string("id");
        var visitDue = row.optionalInstant("visit_due_at");
        var doneAt = row.optionalInstant("visit_done_at");
        var satisfaction = row.optionalInteger("visit_satisfaction");
        var notes = row.optionalString("visit_notes");
        var recordedBy = row.optionalString("visit_recorded_by").map(EmployeeId::of);
        var visit = visitDue.map(due -> new ReturnVisit(due, doneAt, satisfaction, notes, recordedBy));
        return new ServiceCase(ServiceCaseId.of(id), row.string("business_type"), row.string("customer_ref"),
                EmployeeId.of(row.string("handler_id")), row.instant("opened_at"), row.instant("due_at"),
                row.string("policy_version"), row.optionalInstant("finished_at"), trips.getOrDefault(id, List.of()),
                commitments.getOrDefault(id, List.of()), visit, row.longInteger("version"));
    }
}
