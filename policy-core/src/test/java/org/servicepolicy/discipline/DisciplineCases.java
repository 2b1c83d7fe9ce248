package org.servicepolicy.discipline;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.PolicyVersions;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/** Facts of work discipline, built by hand for the pure rules: no store is involved. */
final class DisciplineCases {
    private static final Instant HIRED = Instant.parse("2024-01-01T00:00:00Z");

    static final Instant NOW = Instant.parse("2026-11-30T10:00:00Z");
    static final Actor HR = actor("hr", Set.of(Role.HR), "hq");
    static final Actor HR2 = actor("hr2", Set.of(Role.HR), "hq");
    static final Actor MANAGER = actor("manager", Set.of(Role.MANAGER), "service");
    static final Actor OTHER_MANAGER = actor("pm", Set.of(Role.MANAGER), "projects");
    static final Actor INSPECTOR = actor("inspector", Set.of(Role.SUPERVISION_GROUP), "projects");
    static final Actor STAFF = actor("staff", Set.of(Role.EMPLOYEE), "service");
    static final Actor COLLEAGUE = actor("colleague", Set.of(Role.EMPLOYEE), "service");

    private DisciplineCases() {
    }

    static Actor actor(String id, Set<Role> roles, String department) {
        return new Actor(EmployeeId.of(id), roles, Optional.of(DepartmentId.of(department)));
    }

    static Stamp stamp(Actor actor) {
        var ids = new AtomicInteger();
        return new Stamp(actor, NOW, () -> "id-" + ids.incrementAndGet());
    }

    static Employee employee(String id, String department, int level) {
        return new Employee(EmployeeId.of(id), id, EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of(department),
                level, LocalDate.of(2024, 1, 1), EmploymentStatus.ON_POST,
                Optional.of(new Money(new BigDecimal("8000"), Currency.getInstance("CNY"))), Set.of(), HIRED, HIRED, 1);
    }

    static Employee staff() {
        return employee("staff", "service", 3);
    }

    static Violation violation(String id, Employee employee, Severity severity, Instant occurredAt) {
        return new Violation(ViolationId.of(id), employee.id(), ViolationType.LATE_ARRIVAL, severity, occurredAt,
                occurredAt, EmployeeId.of("hr"), "late", Optional.of(10), Optional.empty(), Optional.empty(), false,
                Optional.empty(), StandardPolicy.VERSION, Optional.empty(), Optional.empty(), 1);
    }

    static Penalty penalty(String id, Violation violation, PenaltyStep step, PenaltyStatus... path) {
        var history = new ArrayList<PenaltyTransition>();
        var at = violation.occurredAt();
        history.add(new PenaltyTransition(PenaltyStatus.PROPOSED, at, EmployeeId.of("hr"), Optional.empty()));
        for (var status : path) {
            at = at.plusSeconds(3600);
            var by = status == PenaltyStatus.APPEALED ? violation.employee() : EmployeeId.of("hr");
            history.add(new PenaltyTransition(status, at, by, Optional.of("because")));
        }
        return new Penalty(PenaltyId.of(id), violation.id(), violation.employee(), step, Optional.empty(),
                DecisionId.of("d-" + id), history, Optional.empty(), Optional.empty(), 1);
    }

    static LeaveRequest leave(String id, Employee employee, Instant from, Instant to, boolean emergency,
                              LeaveStatus status) {
        return new LeaveRequest(LeaveRequestId.of(id), employee.id(), from, to, "family", emergency, from.minusSeconds(86400 * 3),
                employee.id(), status, Optional.empty(), Optional.empty(), Optional.empty(), 1);
    }

    static PolicyVersions standardOnly() {
        return new PolicyVersions(List.of(StandardPolicy.definition()));
    }

    /** The standard policy, then a version from {@code from} with {@code changes}. */
    static PolicyVersions standardThen(String version, Instant from, Map<String, String> changes) {
        var settings = new java.util.HashMap<>(StandardPolicy.definition().settings());
        settings.putAll(changes);
        return new PolicyVersions(List.of(StandardPolicy.definition(), PolicyDefinition.of(version, from, settings)));
    }
}
