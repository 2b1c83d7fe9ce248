package org.servicepolicy.examples;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;

/**
 * The demo company: two departments (levels run 1 to 5) and the people behind the demo
 * accounts. Seeding is skipped when the company exists already, so restarts keep their data.
 */
public final class DemoData {
    /** The demo accounts; each acts as the employee with the same id. */
    public static final List<String> ACCOUNTS = List.of("hr", "hr2", "manager", "staff", "colleague", "temp");

    private DemoData() {
    }

    /**
     * On a database without employees, creates department {@code hq} and the HR employee
     * {@code employeeId}, hired on {@code hireDate}, who can then hire everyone else; returns
     * whether it did.
     */
    public static boolean seedFirstHr(ServicePolicy policy, String employeeId, LocalDate hireDate) {
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        if (!policy.people().employees(founder).isEmpty()) {
            return false;
        }
        policy.people().createDepartment(founder, new NewDepartment("hq", "Human Resources"));
        policy.people().hire(founder, new NewEmployee(employeeId, employeeId, EmployeeCategory.STAFF, null, "hq", 1,
                hireDate, null, null, Set.of(Role.HR)));
        return true;
    }

    /** Seeds the demo company unless employee {@code hr} exists; returns whether it seeded. */
    public static boolean seed(ServicePolicy policy) {
        if (policy.people().actorFor(EmployeeId.of("hr")).isPresent()) {
            return false;
        }
        // The first HR member cannot be hired by an HR member who does not exist yet.
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        var people = policy.people();
        people.createDepartment(founder, new NewDepartment("hq", "Human Resources"));
        people.createDepartment(founder, new NewDepartment("service", "Customer Service"));
        var hired = LocalDate.of(2024, 3, 1);
        people.hire(founder, new NewEmployee("hr", "Hana Li", EmployeeCategory.STAFF, null, "hq", 4, hired, null,
                new BigDecimal("12000"), Set.of(Role.HR)));
        people.hire(founder, new NewEmployee("hr2", "Hao Wang", EmployeeCategory.STAFF, "hr", "hq", 4, hired, null,
                new BigDecimal("11000"), Set.of(Role.HR)));
        people.hire(founder, new NewEmployee("manager", "Mei Chen", EmployeeCategory.MANAGER, null, "service", 5, hired,
                null, new BigDecimal("15000"), Set.of()));
        people.hire(founder, new NewEmployee("staff", "Sam Zhao", EmployeeCategory.STAFF, "manager", "service", 3, hired,
                null, new BigDecimal("8000"), Set.of()));
        people.hire(founder, new NewEmployee("colleague", "Lin Zhou", EmployeeCategory.STAFF, "manager", "service", 3,
                hired, null, new BigDecimal("8000"), Set.of()));
        people.hire(founder, new NewEmployee("temp", "Tao Sun", EmployeeCategory.TEMPORARY, "manager", "service", 1,
                LocalDate.of(2026, 9, 1), null, new BigDecimal("4000"), Set.of()));
        return true;
    }
}
