package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/** §2.3.1, §1.3.3: who may record and read observations and findings, asked directly, without stores. */
class ServiceAccessTest {
    private static final Instant AT = Instant.parse("2026-05-04T10:00:00Z");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final Actor INSPECTED_INSPECTOR = new Actor(Violations.STAFF,
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("service")));
    private static final Observation ABOUT_STAFF = new Observation(ObservationId.of("o-1"),
            ServiceStandard.RECEPTION_WAIT, ObservationMethod.ON_SITE, ObservationOutcome.NONCONFORMITY,
            Optional.of(Severity.MINOR), Optional.empty(), "waited", List.of(Violations.STAFF), AT, AT,
            Optional.of(INSPECTOR.id()), "v1");

    @Test
    @DisplayName("§2.3.1: recording an observation is for the supervision group only")
    void onlyTheGroupRecords() {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(ServiceAccess.mayRecord(INSPECTOR, List.of(staff))).isEmpty();
        assertThat(ServiceAccess.mayRecordAtAll(INSPECTOR)).isEmpty();
        assertThat(ServiceAccess.mayRecordAtAll(hr("hr"))).containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceAccess.mayRecord(manager("m", "service"), List.of(staff)))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(ServiceAccess.mayRecord(staff("colleague", "service"), List.of(staff)))
                .containsInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§1.3.3: a group member never records an observation about themself")
    void nobodyRecordsAboutThemself() {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(ServiceAccess.mayRecord(INSPECTED_INSPECTOR, List.of(staff)))
                .hasValueSatisfying(r -> assertThat(((Refusal.Access) r).message()).contains("§1.3.3"));
        assertThat(ServiceAccess.mayRecord(INSPECTED_INSPECTOR, List.of())).isEmpty();
    }

    @Test
    @DisplayName("§2.3.1: an employee reads their own findings, a manager their department's, the group and HR everyone's")
    void whoReadsFindings() {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(ServiceAccess.mayReadFindings(staff("staff", "service"), staff)).isTrue();
        assertThat(ServiceAccess.mayReadFindings(manager("m", "service"), staff)).isTrue();
        assertThat(ServiceAccess.mayReadFindings(INSPECTOR, staff)).isTrue();
        assertThat(ServiceAccess.mayReadFindings(hr("hr"), staff)).isTrue();
        assertThat(ServiceAccess.mayReadFindings(staff("colleague", "service"), staff)).isFalse();
        assertThat(ServiceAccess.mayReadFindings(manager("pm", "projects"), staff)).isFalse();
    }

    @Test
    @DisplayName("§2.3.1: an observation is read by those who may read a concerned employee's findings, and by the group and HR")
    void whoReadsAnObservation() {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        assertThat(ServiceAccess.mayReadObservation(staff("staff", "service"), List.of(staff))).isTrue();
        assertThat(ServiceAccess.mayReadObservation(manager("m", "service"), List.of(staff))).isTrue();
        assertThat(ServiceAccess.mayReadObservation(INSPECTOR, List.of())).isTrue();
        assertThat(ServiceAccess.mayReadObservation(hr("hr"), List.of())).isTrue();
        assertThat(ServiceAccess.mayReadObservation(staff("colleague", "service"), List.of(staff))).isFalse();
        assertThat(ServiceAccess.mayReadObservation(manager("m", "service"), List.of())).isFalse();
    }

    @Test
    @DisplayName("§2.3.1: the employee concerned never learns who recorded an observation; others who may read it do")
    void theRecorderIsHiddenFromTheEmployeeConcerned() {
        assertThat(ServiceAccess.mayKnowRecorder(staff("staff", "service"), ABOUT_STAFF)).isFalse();
        assertThat(ServiceAccess.mayKnowRecorder(INSPECTED_INSPECTOR, ABOUT_STAFF)).isFalse();
        assertThat(ServiceAccess.mayKnowRecorder(manager("m", "service"), ABOUT_STAFF)).isTrue();
        assertThat(ServiceAccess.mayKnowRecorder(hr("hr"), ABOUT_STAFF)).isTrue();
        assertThat(ABOUT_STAFF.withoutRecorder().recordedBy()).isEmpty();
        assertThat(ABOUT_STAFF.withoutRecorder()).usingRecursiveComparison().ignoringFields("recordedBy")
                .isEqualTo(ABOUT_STAFF);
    }
}
