package org.servicepolicy.jdbc;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.discipline.LeaveRequest;
import org.servicepolicy.discipline.LeaveRequestStore;
import org.servicepolicy.discipline.LeaveStatus;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.RowsRead;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;

/** Leave requests in {@code servicepolicy_leave_request}, with optimistic locking on {@code version}. */
final class JdbcLeaveRequestStore implements LeaveRequestStore {
    private static final String TABLE = "servicepolicy_leave_request";
    private static final String SELECT = "SELECT id, employee_id, starts_at, ends_at, reason, emergency, requested_at,"
            + " requested_by, status, decided_by, decided_at, decision_note, version FROM " + TABLE;
    private static final Comparator<LeaveRequest> BY_START = Comparator.comparing(LeaveRequest::startsAt)
            .thenComparing(r -> r.id().value());

    private final JdbcTransactions transactions;

    JdbcLeaveRequestStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public LeaveRequest add(LeaveRequest request) {
        Objects.requireNonNull(request, "request");
        var stored = atVersion(request, 1);
        transactions.withConnection(c -> {
            Sql.insertNew(c, "leave request", request.id(), "INSERT INTO " + TABLE + " (employee_id, starts_at, ends_at,"
                            + " reason, emergency, requested_at, requested_by, status, decided_by, decided_at,"
                            + " decision_note, version, id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    columns(stored, request.id().value()));
            return null;
        });
        return stored;
    }

    @Override
    public LeaveRequest update(LeaveRequest request) {
        Objects.requireNonNull(request, "request");
        var stored = atVersion(request, request.version() + 1);
        transactions.withConnection(c -> {
            Sql.updateVersioned(c, TABLE, "leave request", request.id(), "UPDATE " + TABLE + " SET employee_id = ?,"
                            + " starts_at = ?, ends_at = ?, reason = ?, emergency = ?, requested_at = ?,"
                            + " requested_by = ?, status = ?, decided_by = ?, decided_at = ?, decision_note = ?,"
                            + " version = ? WHERE id = ? AND version = ?",
                    columns(stored, request.id().value(), request.version()));
            return null;
        });
        return stored;
    }

    @Override
    public Optional<LeaveRequest> find(LeaveRequestId id) {
        return transactions.withConnection(c -> Sql.queryOne(c, SELECT + " WHERE id = ?", JdbcLeaveRequestStore::read,
                id.value()));
    }

    @Override
    public List<LeaveRequest> of(EmployeeId employee) {
        var requests = transactions.<LeaveRequest>rowsReadAhead(readAhead(employee))
                .orElseGet(() -> transactions.withConnection(c -> Sql.query(c, OF_EMPLOYEE, JdbcLeaveRequestStore::read,
                        employee.value())));
        return requests.stream().sorted(BY_START).toList();
    }

    /** The key under which the leave requests of {@code employee} are read ahead (see {@link JdbcViolationStore#of}). */
    static Object readAhead(EmployeeId employee) {
        return List.of(JdbcLeaveRequestStore.class, employee);
    }

    /** The query of an employee's leave requests, to read ahead: its one parameter is the employee's id. */
    static final String OF_EMPLOYEE = SELECT + " WHERE employee_id = ?";

    /** What collects the leave requests of the rows of {@link #OF_EMPLOYEE}. */
    static RowsRead<LeaveRequest> rowsOfEmployee() {
        return new RowsRead<>(JdbcLeaveRequestStore::read);
    }

    /** The columns in statement order, followed by {@code key}. */
    private static Object[] columns(LeaveRequest r, Object... key) {
        var values = new ArrayList<Object>(List.of(r.employee().value(), r.startsAt(), r.endsAt(), r.reason(), r.emergency(),
                r.requestedAt(), r.requestedBy().value(), r.status(), r.decidedBy().map(EmployeeId::value),
                r.decidedAt(), r.decisionNote(), r.version()));
        values.addAll(List.of(key));
        return values.toArray();
    }

    private static LeaveRequest atVersion(LeaveRequest r, long version) {
        return new LeaveRequest(r.id(), r.employee(), r.startsAt(), r.endsAt(), r.reason(), r.emergency(),
                r.requestedAt(), r.requestedBy(), r.status(), r.decidedBy(), r.decidedAt(), r.decisionNote(), version);
    }

    private static LeaveRequest read(Row row) throws SQLException {
        return new LeaveRequest(LeaveRequestId.of(row.string("id")), EmployeeId.of(row.string("employee_id")),
                row.instant("starts_at"), row.instant("ends_at"), row.string("reason"), row.bool("emergency"),
                row.instant("requested_at"), EmployeeId.of(row.string("requested_by")),
                row.enumValue(LeaveStatus.class, "status"), row.optionalString("decided_by").map(EmployeeId::of),
                row.optionalInstant("decided_at"), row.optionalString("decision_note"), row.longInteger("version"));
    }
}
