package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.DepartmentRequest;
import org.servicepolicy.service.DepartmentRequestId;
import org.servicepolicy.service.DepartmentRequestStatus;
import org.servicepolicy.service.DepartmentRequestStore;

/**
 * Requests between departments in {@code servicepolicy_department_request} (§2.2.1). The mark of
 * a late reply is the row's {@code late_marked_at}, set by an update that only a row without a
 * mark matches: of two transactions marking at once, the second waits for the first's row lock
 * and then matches nothing. The versioned update of an answer never writes that column.
 */
final class JdbcDepartmentRequestStore implements DepartmentRequestStore {
    private static final String TABLE = "servicepolicy_department_request";
    private static final String COLUMNS = "id, requester_id, from_department, to_department, addressee_id,"
            + " responsible_id, subject, description, asked_at, due_at, policy_version, status, answer, answered_at,"
            + " answered_by, returns, return_reason, version";
    private static final String INSERT = "INSERT INTO " + TABLE + " (" + COLUMNS + ")"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
    private static final String UPDATE = "UPDATE " + TABLE + " SET status = ?, answer = ?, answered_at = ?,"
            + " answered_by = ?, returns = ?, return_reason = ?, version = ? WHERE id = ? AND version = ?";
    private static final String SELECT = "SELECT " + COLUMNS + " FROM " + TABLE;

    private final JdbcTransactions transactions;

    JdbcDepartmentRequestStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public DepartmentRequest add(DepartmentRequest r) {
        Objects.requireNonNull(r, "request");
        var stored = r.atVersion(1);
        transactions.atomically(conn -> {
            Sql.insertNew(conn, "department request", r.id(), INSERT, r.id().value(), r.requester().value(),
                    r.fromDepartment().value(), r.toDepartment().value(), r.addressee().map(EmployeeId::value),
                    r.responsible().value(), r.subject(), r.description(), r.askedAt(), r.dueAt(), r.policyVersion(),
                    r.status(), r.answer(), r.answeredAt(), r.answeredBy().map(EmployeeId::value), r.returns(),
                    r.returnReason(), stored.version());
            return null;
        });
        return stored;
    }

    @Override
    public DepartmentRequest update(DepartmentRequest r) {
        Objects.requireNonNull(r, "request");
        var stored = r.atVersion(r.version() + 1);
        transactions.atomically(conn -> {
            Sql.updateVersioned(conn, TABLE, "department request", r.id(), UPDATE, r.status(), r.answer(),
                    r.answeredAt(), r.answeredBy().map(EmployeeId::value), r.returns(), r.returnReason(),
                    stored.version(), r.id().value(), r.version());
            return null;
        });
        return stored;
    }

    @Override
    public Optional<DepartmentRequest> find(DepartmentRequestId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(conn -> Sql.queryOne(conn, SELECT + " WHERE id = ?",
                JdbcDepartmentRequestStore::request, id.value()));
    }

    @Override
    public List<DepartmentRequest> ofDepartment(DepartmentId department) {
        Objects.requireNonNull(department, "department");
        return transactions.withConnection(conn -> Sql.query(conn, SELECT
                + " WHERE from_department = ? OR to_department = ? ORDER BY asked_at, id",
                JdbcDepartmentRequestStore::request, department.value(), department.value()));
    }

    @Override
    public List<DepartmentRequest> dueForSweep(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return transactions.withConnection(conn -> Sql.query(conn, SELECT
                + " WHERE status = ? AND late_marked_at IS NULL AND due_at < ? ORDER BY asked_at, id",
                JdbcDepartmentRequestStore::request, DepartmentRequestStatus.OPEN, asOf));
    }

    @Override
    public boolean markOnce(DepartmentRequestId request, Instant markedAt) {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(markedAt, "markedAt");
        return transactions.atomically(conn -> Sql.update(conn, "UPDATE " + TABLE + " SET late_marked_at = ?"
                + " WHERE id = ? AND late_marked_at IS NULL", markedAt, request.value()) == 1);
    }

    @Override
    public Optional<Instant> markedAt(DepartmentRequestId request) {
        Objects.requireNonNull(request, "request");
        return transactions.withConnection(conn -> Sql.queryOne(conn, "SELECT late_marked_at FROM " + TABLE
                + " WHERE id = ?", row -> row.optionalInstant("late_marked_at"), request.value()))
                .flatMap(marked -> marked);
    }

    private static DepartmentRequest request(Row row) throws SQLException {
        return new DepartmentRequest(DepartmentRequestId.of(row.string("id")),
                EmployeeId.of(row.string("requester_id")), DepartmentId.of(row.string("from_department")),
                DepartmentId.of(row.string("to_department")), row.optionalString("addressee_id").map(EmployeeId::of),
                EmployeeId.of(row.string("responsible_id")), row.string("subject"), row.string("description"),
                row.instant("asked_at"), row.instant("due_at"), row.string("policy_version"),
                row.enumValue(DepartmentRequestStatus.class, "status"), row.optionalString("answer"),
                row.optionalInstant("answered_at"), row.optionalString("answered_by").map(EmployeeId::of),
                row.integer("returns"), row.optionalString("return_reason"), row.longInteger("version"));
    }
}
