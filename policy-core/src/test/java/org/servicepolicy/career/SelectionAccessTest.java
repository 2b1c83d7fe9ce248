package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §4.3.2, §1.3.3: who may open, apply to, decide and read internal selections, per operation. */
class SelectionAccessTest {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final Selection SELECTION = Selection.opened(SelectionId.of("SEL-1"),
                    new OpenSelection("Coordinator", 4, "projects", AT.plusSeconds(86_400)), EmployeeId.of("hr2"), AT)
            .with(new SelectionApplication(EmployeeId.of("staff"), AT, DepartmentId.of("service"), 3, "standard"))
            .with(new SelectionApplication(EmployeeId.of("hr"), AT, DepartmentId.of("hq"), 3, "standard"));

    private static Employee employee(String id, EmploymentStatus status) {
        return new Employee(EmployeeId.of(id), id, EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of("service"),
                3, LocalDate.of(2024, 1, 1), status, Optional.empty(), Set.of(), AT, AT, 1);
    }

    @Test
    void onlyHrOpens() {
        assertThat(SelectionAccess.mayOpen(hr("hr"))).isEmpty();
        assertThat(SelectionAccess.mayOpen(manager("manager", "service"))).containsInstanceOf(Refusal.Access.class);
    }

    @Test
    void anEmployedEmployeeAppliesForThemselfOnly() {
        assertThat(SelectionAccess.mayApply(staff("staff", "service"), employee("staff", EmploymentStatus.ON_POST)))
                .isEmpty();
        assertThat(SelectionAccess.mayApply(hr("hr"), employee("staff", EmploymentStatus.ON_POST)))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(SelectionAccess.mayApply(staff("staff", "service"), employee("staff", EmploymentStatus.DISMISSED)))
                .containsInstanceOf(Refusal.Access.class);
    }

    @Test
    void hrDecidesButNeverASelectionTheyAppliedTo() {
        assertThat(SelectionAccess.mayDecide(hr("hr2"), SELECTION)).isEmpty();
        assertThat(SelectionAccess.mayDecide(manager("pm", "projects"), SELECTION))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(refusal(SelectionAccess.mayDecide(hr("hr"), SELECTION)).toException())
                .hasMessageContaining("applied to");
    }

    @Test
    void hrSeesEveryApplicationAnyoneElseOnlyTheirOwn() {
        assertThat(SelectionAccess.shown(hr("hr2"), SELECTION)).isEqualTo(SELECTION);
        assertThat(SelectionAccess.shown(staff("staff", "service"), SELECTION).applications())
                .extracting(SelectionApplication::employee).containsExactly(EmployeeId.of("staff"));
        assertThat(SelectionAccess.shown(staff("colleague", "service"), SELECTION).applications()).isEmpty();
    }
}
