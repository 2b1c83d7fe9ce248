package org.servicepolicy.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** Meetings, items and employees the meetings' rule and access tests share. */
final class Meetings {
    static final Instant STARTS = Instant.parse("2026-05-04T10:00:00Z");
    static final DepartmentId SERVICE = DepartmentId.of("service");
    static final DepartmentId PROJECTS = DepartmentId.of("projects");

    private Meetings() {
    }

    /** A meeting of {@code kind} owned by {@code owner}, starting at {@link #STARTS}, inviting {@code invitees}. */
    static Meeting meeting(MeetingKind kind, EmployeeId owner, boolean compulsory, EmployeeId... invitees) {
        var departments = switch (kind) {
            case COMPANY -> List.<DepartmentId>of();
            case DEPARTMENT -> List.of(SERVICE);
            case CROSS_DEPARTMENT -> List.of(PROJECTS, SERVICE);
        };
        return new Meeting(MeetingId.of("m-1"), kind, "Weekly review", owner, departments, STARTS, compulsory,
                List.of(invitees), STARTS.minusSeconds(86_400), "standard", Optional.empty(), Optional.empty(),
                List.of(), 1);
    }

    /** An open item of meeting {@code m-1} owned by {@code owner}, due on {@code dueOn} (UTC). */
    static ActionItem item(EmployeeId owner, LocalDate dueOn) {
        return new ActionItem(ActionItemId.of("a-1"), MeetingId.of("m-1"), owner, "Send the list", dueOn,
                dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ActionItemStatus.OPEN,
                EmployeeId.of("owner"), STARTS, Optional.empty(), 1);
    }

    /** An employee {@code id} of {@code department}, employed unless {@code status} says otherwise. */
    static Employee employee(String id, DepartmentId department, EmployeeCategory category, EmploymentStatus status,
                             Optional<EmployeeId> supervisor) {
        return new Employee(EmployeeId.of(id), id, category, supervisor, department, 3, LocalDate.of(2024, 1, 1),
                status, Optional.empty(), Set.of(), Instant.parse("2024-01-01T00:00:00Z"),
                Instant.parse("2024-01-01T00:00:00Z"), 1);
    }

    /** A staff member on post of {@code department}. */
    static Employee staff(String id, DepartmentId department) {
        return employee(id, department, EmployeeCategory.STAFF, EmploymentStatus.ON_POST, Optional.empty());
    }

    /** The actor of {@code employee}. */
    static Actor actor(Employee employee) {
        return new Actor(employee.id(), employee.roles(), Optional.of(employee.department()));
    }
}
