package org.servicepolicy.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §4.1, §1.3.3: who may do what with training, operation by operation. */
class TrainingAccessTest {
    private static final Instant AT = Instant.parse("2026-03-02T09:00:00Z");
    private static final Employee STAFF = employee("staff", "service", "manager");
    private static final Employee OTHER = employee("other", "projects", "pm");
    private static final TrainingSession SESSION = new TrainingSession(TrainingSessionId.of("s-1"), "PERIODIC_SERVICE",
            AT, Trainer.employee(EmployeeId.of("trainer")), List.of(STAFF.id()), EmployeeId.of("hr"), AT, Map.of(), 1);

    private static Employee employee(String id, String department, String supervisor) {
        return new Employee(EmployeeId.of(id), id, EmployeeCategory.STAFF, Optional.of(EmployeeId.of(supervisor)),
                DepartmentId.of(department), 2, LocalDate.of(2025, 1, 1), EmploymentStatus.ON_POST, Optional.empty(),
                Set.of(), AT, AT, 1);
    }

    private static boolean isAccessRefusal(Optional<Refusal> refusal) {
        return refusal.filter(Refusal.Access.class::isInstance).isPresent();
    }

    @Test
    void hrOrTheAttendeesManagerSchedulesNeverForASessionTheyAttend() {
        assertThat(TrainingAccess.maySchedule(hr("hr"), List.of(STAFF, OTHER))).isEmpty();
        assertThat(TrainingAccess.maySchedule(manager("manager", "service"), List.of(STAFF))).isEmpty();
        assertThat(isAccessRefusal(TrainingAccess.maySchedule(manager("manager", "service"), List.of(STAFF, OTHER))))
                .isTrue();
        assertThat(isAccessRefusal(TrainingAccess.maySchedule(staff("colleague", "service"), List.of(STAFF))))
                .isTrue();
        assertThat(TrainingAccess.maySchedule(hr("staff"), List.of(STAFF))).get()
                .satisfies(r -> assertThat(r.toException()).hasMessageContaining("§1.3.3"));
    }

    @Test
    void theTrainerOrHrRecordsAttendanceAndScoresNeverTheirOwn() {
        assertThat(TrainingAccess.mayRecord(staff("trainer", "service"), SESSION, STAFF.id())).isEmpty();
        assertThat(TrainingAccess.mayRecord(hr("hr"), SESSION, STAFF.id())).isEmpty();
        assertThat(isAccessRefusal(TrainingAccess.mayRecord(manager("manager", "service"), SESSION, STAFF.id())))
                .isTrue();
        assertThat(TrainingAccess.mayRecord(hr("staff"), SESSION, STAFF.id())).get()
                .satisfies(r -> assertThat(r.toException()).hasMessageContaining("§1.3.3"));
    }

    @Test
    void onlyHrRulesOnUsedUpRetakesNeverTheirOwn() {
        assertThat(TrainingAccess.mayRuleOnRetakes(hr("hr"), STAFF.id())).isEmpty();
        assertThat(isAccessRefusal(TrainingAccess.mayRuleOnRetakes(manager("manager", "service"), STAFF.id())))
                .isTrue();
        assertThat(TrainingAccess.mayRuleOnRetakes(hr("staff"), STAFF.id())).get()
                .satisfies(r -> assertThat(r.toException()).hasMessageContaining("§1.3.3"));
    }

    @Test
    void theEmployeeTheirManagersAndHrReadTheirTraining() {
        assertThat(TrainingAccess.mayRead(staff("staff", "service"), STAFF)).isTrue();
        assertThat(TrainingAccess.mayRead(manager("manager", "service"), STAFF)).isTrue();
        assertThat(TrainingAccess.mayRead(staff("manager", "hq"), STAFF)).isTrue();
        assertThat(TrainingAccess.mayRead(hr("hr"), STAFF)).isTrue();
        assertThat(TrainingAccess.mayRead(staff("colleague", "service"), STAFF)).isFalse();
        assertThat(TrainingAccess.mayRead(manager("pm", "projects"), STAFF)).isFalse();
    }

    @Test
    void aSessionIsReadByHrItsSchedulerTrainerAttendeesAndTheirManagers() {
        assertThat(TrainingAccess.mayRead(hr("hr2"), SESSION, List.of(STAFF))).isTrue();
        assertThat(TrainingAccess.mayRead(staff("hr", "hq"), SESSION, List.of(STAFF))).isTrue();
        assertThat(TrainingAccess.mayRead(staff("trainer", "service"), SESSION, List.of(STAFF))).isTrue();
        assertThat(TrainingAccess.mayRead(staff("staff", "service"), SESSION, List.of(STAFF))).isTrue();
        assertThat(TrainingAccess.mayRead(manager("manager", "service"), SESSION, List.of(STAFF))).isTrue();
        assertThat(TrainingAccess.mayRead(staff("colleague", "service"), SESSION, List.of(STAFF))).isFalse();
    }

    @Test
    void onlyHrSweeps() {
        assertThat(TrainingAccess.maySweep(hr("hr"))).isEmpty();
        assertThat(isAccessRefusal(TrainingAccess.maySweep(manager("manager", "service")))).isTrue();
    }
}
