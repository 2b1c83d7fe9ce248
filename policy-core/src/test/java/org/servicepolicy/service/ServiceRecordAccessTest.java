package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;

/** §2.1.3, §2.1.4, §1.3.3: who may handle, judge, read and sweep service records, asked directly, per operation. */
class ServiceRecordAccessTest {
    private static final Actor HANDLER = Outcomes.staff(Violations.STAFF.value(), "service");
    private static final Actor COLLEAGUE = Outcomes.staff("colleague", "service");
    private static final Actor MANAGER = Outcomes.manager("manager", "service");
    private static final Actor OTHER_MANAGER = Outcomes.manager("pm", "projects");
    private static final Actor HR = Outcomes.hr("hr");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final Actor MANAGER_HANDLING = new Actor(Violations.STAFF,
            Set.of(Role.EMPLOYEE, Role.MANAGER, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("service")));

    private static final Employee CASE_HANDLER =
            Violations.employee(EmployeeCategory.STAFF, 3);

    @Test
    @DisplayName("§2.1.3: opening and finishing: the handler or their manager")
    void handling() {
        assertThat(ServiceRecordAccess.mayHandle(HANDLER, CASE_HANDLER)).isEmpty();
        assertThat(ServiceRecordAccess.mayHandle(MANAGER, CASE_HANDLER)).isEmpty();
        for (var refused : new Actor[] {COLLEAGUE, OTHER_MANAGER, HR, INSPECTOR}) {
            assertThat(ServiceRecordAccess.mayHandle(refused, CASE_HANDLER)).containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§2.1.3, §2.1.4, §1.3.3: return trips and visits: the group or the handler's manager, never the handler")
    void judging() {
        assertThat(ServiceRecordAccess.mayJudge(MANAGER, CASE_HANDLER, "record a return visit")).isEmpty();
        assertThat(ServiceRecordAccess.mayJudge(INSPECTOR, CASE_HANDLER, "record a return visit")).isEmpty();
        for (var refused : new Actor[] {HANDLER, COLLEAGUE, OTHER_MANAGER, HR}) {
            assertThat(ServiceRecordAccess.mayJudge(refused, CASE_HANDLER, "record a return visit"))
                    .containsInstanceOf(Refusal.Access.class);
        }
        assertThat(ServiceRecordAccess.mayJudge(MANAGER_HANDLING, CASE_HANDLER, "record a return trip"))
                .hasValueSatisfying(r -> assertThat(((Refusal.Access) r).message()).contains("§1.3.3"));
    }

    @Test
    @DisplayName("§2.1.3: reading: the handler, their manager, the group and HR; not a colleague or another manager")
    void reading() {
        for (var reader : new Actor[] {HANDLER, MANAGER, INSPECTOR, HR}) {
            assertThat(ServiceRecordAccess.mayRead(reader, CASE_HANDLER)).isTrue();
        }
        assertThat(ServiceRecordAccess.mayRead(COLLEAGUE, CASE_HANDLER)).isFalse();
        assertThat(ServiceRecordAccess.mayRead(OTHER_MANAGER, CASE_HANDLER)).isFalse();
    }

    @Test
    @DisplayName("the sweep on request: the group or HR")
    void sweeping() {
        assertThat(ServiceRecordAccess.maySweep(INSPECTOR)).isEmpty();
        assertThat(ServiceRecordAccess.maySweep(HR)).isEmpty();
        assertThat(ServiceRecordAccess.maySweep(MANAGER)).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceRecordAccess.maySweep(HANDLER)).containsInstanceOf(Refusal.Access.class);
    }
}
