package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;

/** §2.2.1, §1.3.3: who may answer, conclude, read and sweep requests between departments, per operation. */
class DepartmentRequestAccessTest {
    private static final Instant ASKED = Instant.parse("2026-05-04T10:00:00Z");
    private static final Actor REQUESTER = Outcomes.staff("staff", "service");
    private static final Actor COLLEAGUE = Outcomes.staff("colleague", "service");
    private static final Actor MANAGER = Outcomes.manager("manager", "service");
    private static final Actor NAMED = Outcomes.staff("named", "projects");
    private static final Actor MEMBER = Outcomes.staff("dev", "projects");
    private static final Actor PM = Outcomes.manager("pm", "projects");
    private static final Actor OTHER_MANAGER = Outcomes.manager("cfo", "finance");
    private static final Actor HR = Outcomes.hr("hr");
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final Actor REQUESTER_NOW_PM = new Actor(REQUESTER.id(), Set.of(Role.EMPLOYEE, Role.MANAGER),
            Optional.of(DepartmentId.of("projects")));

    private static DepartmentRequest request(Optional<EmployeeId> addressee) {
        return new DepartmentRequest(DepartmentRequestId.of("dr-1"), REQUESTER.id(), DepartmentId.of("service"),
                DepartmentId.of("projects"), addressee, addressee.orElse(PM.id()), "Plan", "Send the plan.", ASKED,
                ASKED.plusSeconds(86_400), "v1", DepartmentRequestStatus.OPEN, Optional.empty(), Optional.empty(),
                Optional.empty(), 0, Optional.empty(), 1);
    }

    @Test
    @DisplayName("§2.2.1: a request naming an employee: that employee or the department's manager answers")
    void answeringANamedRequest() {
        var named = request(Optional.of(NAMED.id()));

        assertThat(DepartmentRequestAccess.mayAnswer(NAMED, named)).isEmpty();
        assertThat(DepartmentRequestAccess.mayAnswer(PM, named)).isEmpty();
        for (var refused : new Actor[] {MEMBER, COLLEAGUE, MANAGER, OTHER_MANAGER, HR, INSPECTOR}) {
            assertThat(DepartmentRequestAccess.mayAnswer(refused, named)).as(refused.id().value())
                    .containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§2.2.1, §1.3.3: a request naming nobody: any member of the department asked; never the requester")
    void answeringADepartmentsRequest() {
        var open = request(Optional.empty());

        assertThat(DepartmentRequestAccess.mayAnswer(MEMBER, open)).isEmpty();
        assertThat(DepartmentRequestAccess.mayAnswer(NAMED, open)).isEmpty();
        assertThat(DepartmentRequestAccess.mayAnswer(PM, open)).isEmpty();
        assertThat(DepartmentRequestAccess.mayAnswer(REQUESTER_NOW_PM, open)).hasValueSatisfying(r ->
                assertThat(r).isInstanceOf(Refusal.Access.class).extracting(Object::toString).asString()
                        .contains("§1.3.3"));
        for (var refused : new Actor[] {REQUESTER, COLLEAGUE, MANAGER, HR, INSPECTOR}) {
            assertThat(DepartmentRequestAccess.mayAnswer(refused, open)).as(refused.id().value())
                    .containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§2.2.1: only the requester accepts an answer or returns it as unclear")
    void concluding() {
        var open = request(Optional.empty());

        assertThat(DepartmentRequestAccess.mayConclude(REQUESTER, open)).isEmpty();
        for (var refused : new Actor[] {MANAGER, COLLEAGUE, MEMBER, PM, HR, INSPECTOR}) {
            assertThat(DepartmentRequestAccess.mayConclude(refused, open)).as(refused.id().value())
                    .containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§2.2.1: the requester and their manager, the department asked, the group and HR read; nobody else")
    void reading() {
        var open = request(Optional.of(NAMED.id()));

        for (var reader : new Actor[] {REQUESTER, MANAGER, NAMED, MEMBER, PM, HR, INSPECTOR}) {
            assertThat(DepartmentRequestAccess.mayRead(reader, open)).as(reader.id().value()).isTrue();
        }
        assertThat(DepartmentRequestAccess.mayRead(COLLEAGUE, open)).isFalse();
        assertThat(DepartmentRequestAccess.mayRead(OTHER_MANAGER, open)).isFalse();
    }

    @Test
    @DisplayName("§2.2.1: the sweep on request: the supervision group or HR")
    void sweeping() {
        assertThat(DepartmentRequestAccess.maySweep(INSPECTOR)).isEmpty();
        assertThat(DepartmentRequestAccess.maySweep(HR)).isEmpty();
        for (var refused : new Actor[] {REQUESTER, MANAGER, PM}) {
            assertThat(DepartmentRequestAccess.maySweep(refused)).containsInstanceOf(Refusal.Access.class);
        }
    }
}
