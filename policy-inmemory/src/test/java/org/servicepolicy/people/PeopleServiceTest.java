package org.servicepolicy.people;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.Role;

class PeopleServiceTest {
    private final Company company = new Company();
    private final PeopleService people = company.policy.people();

    @Test
    void rolesFollowFromTheRecord() {
        assertThat(company.actor("manager").roles()).containsExactlyInAnyOrder(Role.MANAGER, Role.EMPLOYEE);
        assertThat(company.actor("hr").roles()).containsExactlyInAnyOrder(Role.HR, Role.EMPLOYEE);
        assertThat(company.actor("inspector").roles()).contains(Role.SUPERVISION_GROUP);
    }

    @Test
    void staffSeeThemselvesManagersTheirDepartmentHrEveryone() {
        assertThat(people.employees(company.actor("staff"))).extracting(e -> e.id().value()).containsExactly("staff");
        assertThat(people.employees(company.actor("manager"))).extracting(e -> e.id().value())
                .containsExactlyInAnyOrder("manager", "staff", "colleague", "temp");
        assertThat(people.employees(company.actor("hr"))).hasSize(8);
        assertThatThrownBy(() -> people.employee(company.actor("staff"), EmployeeId.of("colleague")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void onlyHrHires() {
        assertThatThrownBy(() -> people.hire(company.actor("manager"), new NewEmployee("x", "X", EmployeeCategory.STAFF,
                null, "service", 2, LocalDate.of(2026, 1, 1), null, null, null)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aHireWithBadFieldsListsEveryProblem() {
        assertThatThrownBy(() -> people.hire(company.actor("hr"), new NewEmployee("bad id", " ", null, null, null, 0,
                null, EmploymentStatus.DISMISSED, null, Set.of(Role.MANAGER))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .contains("id", "name", "category", "departmentId", "hireDate", "level", "status", "grantedRoles"));
    }

    @Test
    void referencesMustExistAndIdsBeNew() {
        assertThatThrownBy(() -> people.hire(company.actor("hr"), new NewEmployee("new", "New", EmployeeCategory.STAFF,
                "nobody", "nowhere", 2, LocalDate.of(2026, 1, 1), null, null, null)))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("departmentId", "supervisorId"));
        assertThatThrownBy(() -> people.hire(company.actor("hr"), new NewEmployee("staff", "Again",
                EmployeeCategory.STAFF, null, "service", 2, LocalDate.of(2026, 1, 1), null, null, null)))
                .isInstanceOf(ConflictException.class);
    }
}
