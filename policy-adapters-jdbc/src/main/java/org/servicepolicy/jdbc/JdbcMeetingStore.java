package org.servicepolicy.jdbc;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.jdbc.internal.Row;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.meetings.ActionItem;
import org.servicepolicy.meetings.ActionItemId;
import org.servicepolicy.meetings.ActionItemStatus;
import org.servicepolicy.meetings.Attendance;
import org.servicepolicy.meetings.AttendanceMark;
import org.servicepolicy.meetings.Meeting;
import org.servicepolicy.meetings.MeetingId;
import org.servicepolicy.meetings.MeetingKind;
import org.servicepolicy.meetings.MeetingStore;

/**
 * Meetings in {@code servicepolicy_meeting}, with optimistic locking on {@code version}, their
 * departments, invitees and attendance in child tables, and their action items in
 * {@code servicepolicy_action_item} (§5.1.2).
 *
 * <p>The mark of an overdue item is the row's {@code overdue_marked_at}, set by an update that
 * only a row without a mark matches: of two sweeps marking at once, the second waits for the
 * first's row lock and then matches nothing. The versioned update of an item never writes that
 * column, so marking never conflicts with its owner marking it done.
 *
 * <p>Inside a transaction, finding an item locks its row until the transaction ends, as an update
 * of it does: a sweep and the owner marking the item done take turns, and the later reads what
 * the earlier committed, so an item done meanwhile is never marked overdue. The lock is taken by
 * a statement of its own before the read, because a PostgreSQL statement that waited for a lock
 * still reads the row as it was when it started.
 *
 * <p>Lists are ordered here rather than by the database, so that ties fall to Java's order of
 * ids whatever the collation.
 */
final class JdbcMeetingStore implements MeetingStore {
    private static final String MEETING = "servicepolicy_meeting";
    private static final String ITEM = "servicepolicy_action_item";
    private static final String MEETING_COLUMNS = "id, kind, title, owner_id, starts_at, compulsory, scheduled_at,"
            + " policy_version, minutes, minutes_at, version";
    private static final String ITEM_COLUMNS = "id, meeting_id, owner_id, description, due_on, due_at, status,"
            + " created_by, created_at, done_at, version";
    private static final String SELECT_ITEM = "SELECT " + ITEM_COLUMNS + " FROM " + ITEM;
    private static final Comparator<Meeting> EARLIEST_MEETING_FIRST = Comparator.comparing(Meeting::startsAt)
            .thenComparing(m -> m.id().value());
    private static final Comparator<ActionItem> EARLIEST_DUE_FIRST = Comparator.comparing(ActionItem::dueAt)
            .thenComparing(i -> i.id().value());

    private final JdbcTransactions transactions;

    JdbcMeetingStore(JdbcTransactions transactions) {
        this.transactions = transactions;
    }

    @Override
    public Meeting add(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        var stored = meeting.atVersion(1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "meeting", meeting.id(), "INSERT INTO " + MEETING + " (" + MEETING_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", meeting.id().value(), meeting.kind(),
                    meeting.title(), meeting.owner().value(), meeting.startsAt(), meeting.compulsory(),
                    meeting.scheduledAt(), meeting.policyVersion(), meeting.minutes(), meeting.minutesAt(),
                    stored.version());
            insertChildren(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Meeting update(Meeting meeting) {
        Objects.requireNonNull(meeting, "meeting");
        var stored = meeting.atVersion(meeting.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, MEETING, "meeting", meeting.id(), "UPDATE " + MEETING + " SET kind = ?, title = ?,"
                    + " owner_id = ?, starts_at = ?, compulsory = ?, scheduled_at = ?, policy_version = ?, minutes = ?,"
                    + " minutes_at = ?, version = ? WHERE id = ? AND version = ?", meeting.kind(), meeting.title(),
                    meeting.owner().value(), meeting.startsAt(), meeting.compulsory(), meeting.scheduledAt(),
                    meeting.policyVersion(), meeting.minutes(), meeting.minutesAt(), stored.version(),
                    meeting.id().value(), meeting.version());
            Sql.deleteFrom(c, List.of("servicepolicy_meeting_attendance", "servicepolicy_meeting_invitee",
                    "servicepolicy_meeting_department"), "meeting_id", meeting.id().value());
            insertChildren(c, stored);
            return null;
        });
        return stored;
    }

    @Override
    public Optional<Meeting> find(MeetingId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> load(c, " WHERE m.id = ?", id.value())).stream().findFirst();
    }

    @Override
    public List<Meeting> of(EmployeeId employee) {
        Objects.requireNonNull(employee, "employee");
        return transactions.withConnection(c -> load(c, " WHERE m.owner_id = ? OR m.id IN (SELECT v.meeting_id"
                + " FROM servicepolicy_meeting_invitee v WHERE v.employee_id = ?)", employee.value(),
                employee.value())).stream().sorted(EARLIEST_MEETING_FIRST).toList();
    }

    @Override
    public ActionItem addItem(ActionItem item) {
        Objects.requireNonNull(item, "item");
        var stored = item.atVersion(1);
        transactions.atomically(c -> {
            Sql.insertNew(c, "action item", item.id(), "INSERT INTO " + ITEM + " (" + ITEM_COLUMNS + ")"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", item.id().value(), item.meeting().value(),
                    item.owner().value(), item.description(), item.dueOn(), item.dueAt(), item.status(),
                    item.createdBy().value(), item.createdAt(), item.doneAt(), stored.version());
            return null;
        });
        return stored;
    }

    @Override
    public ActionItem updateItem(ActionItem item) {
        Objects.requireNonNull(item, "item");
        var stored = item.atVersion(item.version() + 1);
        transactions.atomically(c -> {
            Sql.updateVersioned(c, ITEM, "action item", item.id(), "UPDATE " + ITEM + " SET owner_id = ?,"
                    + " description = ?, due_on = ?, due_at = ?, status = ?, done_at = ?, version = ?"
                    + " WHERE id = ? AND version = ?", item.owner().value(), item.description(), item.dueOn(),
                    item.dueAt(), item.status(), item.doneAt(), stored.version(), item.id().value(), item.version());
            return null;
        });
        return stored;
    }

    @Override
    public Optional<ActionItem> findItem(ActionItemId id) {
        Objects.requireNonNull(id, "id");
        return transactions.withConnection(c -> {
            if (transactions.running()) {
                Sql.query(c, "SELECT id FROM " + ITEM + " WHERE id = ? FOR UPDATE", row -> row.string("id"),
                        id.value());
            }
            return Sql.queryOne(c, SELECT_ITEM + " WHERE id = ?", JdbcMeetingStore::item, id.value());
        });
    }

    @Override
    public List<ActionItem> itemsOf(MeetingId meeting) {
        Objects.requireNonNull(meeting, "meeting");
        return items(" WHERE meeting_id = ?", meeting.value());
    }

    @Override
    public List<ActionItem> itemsOwnedBy(EmployeeId owner) {
        Objects.requireNonNull(owner, "owner");
        return items(" WHERE owner_id = ?", owner.value());
    }

    @Override
    public List<ActionItem> itemsOfMeetingsOwnedBy(EmployeeId meetingOwner) {
        Objects.requireNonNull(meetingOwner, "meetingOwner");
        return items(" WHERE meeting_id IN (SELECT id FROM " + MEETING + " WHERE owner_id = ?)", meetingOwner.value());
    }

    @Override
    public List<ActionItem> dueForSweep(Instant asOf) {
        Objects.requireNonNull(asOf, "asOf");
        return items(" WHERE status = ? AND overdue_marked_at IS NULL AND due_at <= ?", ActionItemStatus.OPEN, asOf);
    }

    @Override
    public boolean markOverdueOnce(ActionItemId item, Instant markedAt) {
        Objects.requireNonNull(item, "item");
        Objects.requireNonNull(markedAt, "markedAt");
        return transactions.atomically(c -> Sql.update(c, "UPDATE " + ITEM + " SET overdue_marked_at = ?"
                + " WHERE id = ? AND overdue_marked_at IS NULL", markedAt, item.value()) == 1);
    }

    @Override
    public Optional<Instant> overdueMarkedAt(ActionItemId item) {
        Objects.requireNonNull(item, "item");
        return transactions.withConnection(c -> Sql.queryOne(c, "SELECT overdue_marked_at FROM " + ITEM
                + " WHERE id = ?", row -> row.optionalInstant("overdue_marked_at"), item.value()))
                .flatMap(marked -> marked);
    }

    private List<ActionItem> items(String where, Object... parameters) {
        return transactions.withConnection(c -> Sql.query(c, SELECT_ITEM + where, JdbcMeetingStore::item,
                parameters)).stream().sorted(EARLIEST_DUE_FIRST).toList();
    }

    private static void insertChildren(Connection c, Meeting meeting) throws SQLException {
        var id = meeting.id().value();
        var departments = new ArrayList<Object[]>();
        for (int i = 0; i < meeting.departments().size(); i++) {
            departments.add(new Object[] {id, i, meeting.departments().get(i).value()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_meeting_department (meeting_id, department_index, department_id)"
                + " VALUES (?, ?, ?)", departments);
        var invitees = new ArrayList<Object[]>();
        for (int i = 0; i < meeting.invitees().size(); i++) {
            invitees.add(new Object[] {id, i, meeting.invitees().get(i).value()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_meeting_invitee (meeting_id, invitee_index, employee_id)"
                + " VALUES (?, ?, ?)", invitees);
        var marks = new ArrayList<Object[]>();
        for (int i = 0; i < meeting.attendance().size(); i++) {
            var mark = meeting.attendance().get(i);
            marks.add(new Object[] {id, i, mark.invitee().value(), mark.attendance(), mark.recordedBy().value(),
                    mark.recordedAt()});
        }
        Sql.batch(c, "INSERT INTO servicepolicy_meeting_attendance (meeting_id, mark_index, invitee_id, attendance,"
                + " recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", marks);
    }

    /** The meetings {@code where} selects (on {@code m}), each with its children in order. */
    private static List<Meeting> load(Connection c, String where, Object... parameters) throws SQLException {
        var ofMeetings = " WHERE x.meeting_id IN (SELECT m.id FROM " + MEETING + " m" + where + ")";
        var departments = new HashMap<String, List<DepartmentId>>();
        Sql.forEachRow(c, "SELECT x.meeting_id, x.department_id FROM servicepolicy_meeting_department x" + ofMeetings
                + " ORDER BY x.meeting_id, x.department_index", row -> childrenOf(departments, row)
                .add(DepartmentId.of(row.string("department_id"))), parameters);
        var invitees = new HashMap<String, List<EmployeeId>>();
        Sql.forEachRow(c, "SELECT x.meeting_id, x.employee_id FROM servicepolicy_meeting_invitee x" + ofMeetings
                + " ORDER BY x.meeting_id, x.invitee_index", row -> childrenOf(invitees, row)
                .add(EmployeeId.of(row.string("employee_id"))), parameters);
        var attendance = new HashMap<String, List<AttendanceMark>>();
        Sql.forEachRow(c, "SELECT x.meeting_id, x.invitee_id, x.attendance, x.recorded_by, x.recorded_at"
                + " FROM servicepolicy_meeting_attendance x" + ofMeetings + " ORDER BY x.meeting_id, x.mark_index",
                row -> childrenOf(attendance, row).add(new AttendanceMark(EmployeeId.of(row.string("invitee_id")),
                        row.enumValue(Attendance.class, "attendance"), EmployeeId.of(row.string("recorded_by")),
                        row.instant("recorded_at"))), parameters);
        return Sql.query(c, "SELECT " + MEETING_COLUMNS + " FROM " + MEETING + " m" + where, row -> {
                    var id = row.string("id");
                    return new Meeting(MeetingId.of(id), row.enumValue(MeetingKind.class, "kind"), row.string("title"),
                            EmployeeId.of(row.string("owner_id")), departments.getOrDefault(id, List.of()),
                            row.instant("starts_at"), row.bool("compulsory"), invitees.getOrDefault(id, List.of()),
                            row.instant("scheduled_at"), row.string("policy_version"), row.optionalString("minutes"),
                            row.optionalInstant("minutes_at"), attendance.getOrDefault(id, List.of()),
                            row.longInteger("version"));
                }, parameters);
    }

    private static <T> List<T> childrenOf(Map<String, List<T>> children, Row row) throws SQLException {
        return children.computeIfAbsent(row.string("meeting_id"), k -> new ArrayList<>());
    }

    private static ActionItem item(Row row) throws SQLException {
        return new ActionItem(ActionItemId.of(row.string("id")), MeetingId.of(row.string("meeting_id")),
                EmployeeId.of(row.string("owner_id")), row.string("description"), row.date("due_on"),
                row.instant("due_at"), row.enumValue(ActionItemStatus.class, "status"),
                EmployeeId.of(row.string("created_by")), row.instant("created_at"), row.optionalInstant("done_at"),
                row.longInteger("version"));
    }
}
