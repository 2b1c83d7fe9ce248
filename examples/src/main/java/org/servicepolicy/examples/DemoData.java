package org.servicepolicy.examples;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewDepartment;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.RecordObservation;
import org.servicepolicy.service.ServiceCaseOpening;
import org.servicepolicy.service.DepartmentRequestFiling;
import org.servicepolicy.service.evaluation.CustomerScoreSource;
import org.servicepolicy.service.evaluation.RecordCustomerScore;

/**
 * The demo company: two departments (levels run 1 to 5), the people behind the demo accounts,
 * among them a member of the service supervision group, one observation of theirs (§2.3.1),
 * two service cases: one open, one finished with its return visit owed (§2.1.3, §2.1.4), and
 * two customers' satisfaction scores from a survey (§2.3.3).
 * Seeding is skipped when the company exists already, so restarts keep their data; a company
 * seeded before it had a supervision group gets its member and observation on the next start.
 */
public final class DemoData {
    /** The demo accounts; each acts as the employee with the same id. */
    public static final List<String> ACCOUNTS = List.of("hr", "hr2", "manager", "staff", "colleague", "temp",
            "inspector");
    /** When the seeded observation saw its nonconformity: a week after the demo company's hires. */
    static final Instant OBSERVED = Instant.parse("2024-03-08T02:30:00Z");

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
                hireDate, EmploymentStatus.ON_POST, null, Set.of(Role.HR)));
        return true;
    }

    /**
     * Seeds the demo company unless employee {@code hr} exists, then its supervision group unless
     * it has one, then service records unless {@code staff} and {@code colleague} have cases;
     * returns whether it seeded anything.
     */
    public static boolean seed(ServicePolicy policy) {
        boolean company = seedCompany(policy);
        boolean supervision = seedSupervision(policy);
        return seedServiceRecords(policy) || supervision || company;
    }

    private static boolean seedCompany(ServicePolicy policy) {
        if (policy.people().actorFor(EmployeeId.of("hr")).isPresent()) {
            return false;
        }
        // The first HR member cannot be hired by an HR member who does not exist yet.
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        var people = policy.people();
        people.createDepartment(founder, new NewDepartment("hq", "Human Resources"));
        people.createDepartment(founder, new NewDepartment("service", "Customer Service"));
        var hired = LocalDate.of(2024, 3, 1);
        people.hire(founder, new NewEmployee("hr", "Hana Li", EmployeeCategory.STAFF, null, "hq", 4, hired,
                EmploymentStatus.ON_POST,
                new BigDecimal("12000"), Set.of(Role.HR)));
        people.hire(founder, new NewEmployee("hr2", "Hao Wang", EmployeeCategory.STAFF, "hr", "hq", 4, hired,
                EmploymentStatus.ON_POST,
                new BigDecimal("11000"), Set.of(Role.HR)));
        people.hire(founder, new NewEmployee("manager", "Mei Chen", EmployeeCategory.MANAGER, null, "service", 5, hired,
                EmploymentStatus.ON_POST, new BigDecimal("15000"), Set.of()));
        people.hire(founder, new NewEmployee("staff", "Sam Zhao", EmployeeCategory.STAFF, "manager", "service", 3, hired,
                EmploymentStatus.ON_POST, new BigDecimal("8000"), Set.of()));
        people.hire(founder, new NewEmployee("colleague", "Lin Zhou", EmployeeCategory.STAFF, "manager", "service", 3,
                hired, EmploymentStatus.ON_POST, new BigDecimal("8000"), Set.of()));
        people.hire(founder, new NewEmployee("temp", "Tao Sun", EmployeeCategory.TEMPORARY, "manager", "service", 1,
                LocalDate.of(2026, 9, 1), EmploymentStatus.ON_POST, new BigDecimal("4000"), Set.of()));
        return true;
    }

    /**
     * §2.3.1: when the demo company has nobody in the service supervision group, hires
     * {@code inspector} into it and records their on-site observation of a customer kept waiting
     * at the reception of {@code staff}.
     */
    private static boolean seedSupervision(ServicePolicy policy) {
        var founder = new Actor(EmployeeId.of("founder"), Set.of(Role.HR), Optional.empty());
        var hr = policy.people().actorFor(EmployeeId.of("hr"));
        if (hr.isEmpty() || policy.people().employees(founder).stream()
                .anyMatch(e -> e.roles().contains(Role.SUPERVISION_GROUP))) {
            return false;
        }
        policy.people().hire(hr.get(), new NewEmployee("inspector", "Qing Xu", EmployeeCategory.STAFF, "hr", "hq", 3,
                LocalDate.of(2024, 3, 1),
                EmploymentStatus.ON_POST, new BigDecimal("9000"), Set.of(Role.SUPERVISION_GROUP)));
        var inspector = policy.people().actorFor(EmployeeId.of("inspector")).orElseThrow();
        policy.supervision().record(inspector, RecordObservation.nonconformity(ServiceStandard.RECEPTION_WAIT,
                ObservationMethod.ON_SITE, OBSERVED,
                "A customer waited 12 minutes at the counter before anyone greeted her.", List.of("staff")));
        // §2.3.3: the customers' satisfaction scores of the same week's survey, for the service evaluation.
        policy.serviceEvaluation().recordCustomerScore(inspector, new RecordCustomerScore("staff", 5,
                CustomerScoreSource.CUSTOMER_FEEDBACK, "survey 2024-W10", OBSERVED));
        policy.serviceEvaluation().recordCustomerScore(inspector, new RecordCustomerScore("colleague", 2,
                CustomerScoreSource.CUSTOMER_FEEDBACK, "survey 2024-W10", OBSERVED));
        return true;
    }

    /**
     * §2.1.3, §2.1.4: when neither {@code staff} nor {@code colleague} handles a service case,
     * {@code staff} opens an ENQUIRY case (due four hours after the app's first start, so it runs
     * late unless finished by then) and {@code colleague} opens and finishes a STANDARD case, whose
     * return visit falls due 30 days later; and {@code staff} asks {@code hr2} in HR for something
     * due one working day later (§2.2.1).
     */
    private static boolean seedServiceRecords(ServicePolicy policy) {
        var hr = policy.people().actorFor(EmployeeId.of("hr"));
        var staff = policy.people().actorFor(EmployeeId.of("staff"));
        var colleague = policy.people().actorFor(EmployeeId.of("colleague"));
        if (hr.isEmpty() || staff.isEmpty() || colleague.isEmpty()
                || !policy.serviceCases().casesOf(hr.get(), staff.get().id()).isEmpty()
                || !policy.serviceCases().casesOf(hr.get(), colleague.get().id()).isEmpty()) {
            return false;
        }
        policy.serviceCases().open(staff.get(), new ServiceCaseOpening("ENQUIRY", "CUST-0001", null));
        var standard = policy.serviceCases().open(colleague.get(), new ServiceCaseOpening("STANDARD", "CUST-0002", null));
        policy.serviceCases().finish(colleague.get(), standard.id());
        // §2.2.1: staff asks HR, naming hr2, for something due one working day later.
        policy.departmentRequests().ask(staff.get(), new DepartmentRequestFiling("hq", "hr2",
                "Leave balance of Sam Zhao", "Please confirm how many days of annual leave I have left this year."));
        return true;
    }
}
