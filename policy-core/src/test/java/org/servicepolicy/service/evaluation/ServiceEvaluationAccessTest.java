package org.servicepolicy.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.staff;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;

/** §2.3.3, §1.3.3: who may do what in the service evaluation, operation by operation. */
class ServiceEvaluationAccessTest {
    private static final Employee STAFF = Violations.employee(EmployeeCategory.STAFF, 3).withTerms(
            Optional.of(EmployeeId.of("lead")), DepartmentId.of("service"), 3, EmployeeCategory.STAFF, Optional.empty(),
            Instant.parse("2024-01-01T00:00:00Z"));
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("projects")));
    private static final Actor LEAD = staff("lead", "service");

    private static boolean refusedAccess(Optional<Refusal> refusal) {
        return refusal.map(r -> r.toException() instanceof AccessDeniedException).orElse(false);
    }

    @Test
    void onlyHrOpensAndFinalisesAndNeverAPeriodThatEvaluatesThemself() {
        assertThat(ServiceEvaluationAccess.mayOpen(hr("hr"))).isEmpty();
        assertThat(ServiceEvaluationAccess.mayFinalise(hr("hr"))).isEmpty();
        for (var other : new Actor[] {manager("m", "service"), INSPECTOR, LEAD}) {
            assertThat(refusedAccess(ServiceEvaluationAccess.mayOpen(other))).isTrue();
            assertThat(refusedAccess(ServiceEvaluationAccess.mayFinalise(other))).isTrue();
        }
        var hrInScope = new Actor(STAFF.id(), Set.of(Role.EMPLOYEE, Role.HR), Optional.of(STAFF.department()));
        assertThat(refusedAccess(ServiceEvaluationAccess.mayFinaliseFor(hrInScope, STAFF))).isTrue();
        assertThat(ServiceEvaluationAccess.mayFinaliseFor(hr("hr"), STAFF)).isEmpty();
    }

    @Test
    void theSuperiorAndTheGroupScoreInTheirRoleAndNobodyScoresThemself() {
        assertThat(ServiceEvaluationAccess.roleOf(LEAD, STAFF)).contains(ScorerRole.SUPERIOR);
        assertThat(ServiceEvaluationAccess.roleOf(manager("m", "service"), STAFF)).contains(ScorerRole.SUPERIOR);
        assertThat(ServiceEvaluationAccess.roleOf(INSPECTOR, STAFF)).contains(ScorerRole.SUPERVISION_GROUP);
        assertThat(ServiceEvaluationAccess.mayScore(INSPECTOR, STAFF)).isEmpty();
        assertThat(refusedAccess(ServiceEvaluationAccess.mayScore(hr("hr"), STAFF))).isTrue();
        assertThat(refusedAccess(ServiceEvaluationAccess.mayScore(staff("peer", "service"), STAFF))).isTrue();
        var selfInGroup = new Actor(STAFF.id(), Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP),
                Optional.of(STAFF.department()));
        assertThat(ServiceEvaluationAccess.mayScore(selfInGroup, STAFF)).hasValueSatisfying(r ->
                assertThat(r.toException().getMessage()).contains("own case"));
    }

    @Test
    void hrAndTheGroupRecordCustomerScoresNeverAboutThemselves() {
        assertThat(ServiceEvaluationAccess.mayRecordCustomerScore(hr("hr"), STAFF)).isEmpty();
        assertThat(ServiceEvaluationAccess.mayRecordCustomerScore(INSPECTOR, STAFF)).isEmpty();
        assertThat(refusedAccess(ServiceEvaluationAccess.mayRecordCustomerScore(manager("m", "service"), STAFF)))
                .isTrue();
        var selfInGroup = new Actor(STAFF.id(), Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP),
                Optional.of(STAFF.department()));
        assertThat(refusedAccess(ServiceEvaluationAccess.mayRecordCustomerScore(selfInGroup, STAFF))).isTrue();
    }

    @Test
    void resultsAreReadByTheEmployeeTheirManagerHrAndTheGroupAndTheScorerIsHiddenFromTheEmployee() {
        var self = staff(STAFF.id().value(), "service");
        for (var reader : new Actor[] {self, manager("m", "service"), hr("hr"), INSPECTOR}) {
            assertThat(ServiceEvaluationAccess.mayRead(reader, STAFF)).isTrue();
        }
        assertThat(ServiceEvaluationAccess.mayRead(staff("peer", "service"), STAFF)).isFalse();
        assertThat(ServiceEvaluationAccess.mayRead(manager("pm", "projects"), STAFF)).isFalse();
        assertThat(ServiceEvaluationAccess.mayKnowScorer(self, STAFF)).isFalse();
        assertThat(ServiceEvaluationAccess.mayKnowScorer(hr("hr"), STAFF)).isTrue();
        assertThat(ServiceEvaluationAccess.mayKnowScorer(manager("m", "service"), STAFF)).isTrue();
    }
}
