package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.assessment.AssessmentCases.COLLEAGUE;
import static org.servicepolicy.assessment.AssessmentCases.HR;
import static org.servicepolicy.assessment.AssessmentCases.MANAGER;
import static org.servicepolicy.assessment.AssessmentCases.PM;
import static org.servicepolicy.assessment.AssessmentCases.STAFF;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.EvaluatorRole;

/** Who may act and see what in the compliance assessment (§3.3.1); grades are personnel records. */
class AssessmentAccessTest {
    private final Employee staff = AssessmentCases.workforce().find(EmployeeId.of("staff"))
            .orElseThrow();

    @Test
    void onlyHrOpensACycle() {
        assertThat(AssessmentAccess.mayOpen(HR)).isEmpty();
        assertThat(AssessmentAccess.mayOpen(MANAGER)).contains(Refusal.access("only HR opens assessment cycles (§3.3.1)"));
    }

    @Test
    void onlyHrFinalizesACycle() {
        assertThat(AssessmentAccess.mayFinalize(HR)).isEmpty();
        assertThat(AssessmentAccess.mayFinalize(MANAGER))
                .contains(Refusal.access("only HR finalizes assessment cycles (§3.3.1)"));
    }

    @Test
    void onlyEmployeesOfTheCompanyEvaluate() {
        assertThat(AssessmentAccess.mayEvaluate(Optional.of(staff))).isEmpty();
        var refused = Refusal.access("only employees of the company evaluate");
        assertThat(AssessmentAccess.mayEvaluate(Optional.empty())).contains(refused);
        assertThat(AssessmentAccess.mayEvaluate(Optional.of(staff.withStatus(EmploymentStatus.DISMISSED))))
                .contains(refused);
    }

    @Test
    void hrAndDepartmentManagersOverseeACycleAManagerOnlyForTheirDepartment() {
        assertThat(AssessmentAccess.mayOversee(HR, "preview grades")).isEmpty();
        assertThat(AssessmentAccess.mayOversee(PM, "preview grades")).isEmpty();
        assertThat(AssessmentAccess.mayOversee(STAFF, "preview grades"))
                .contains(Refusal.access("only HR and department managers may preview grades"));
        var service = DepartmentId.of("service");
        assertThat(AssessmentAccess.oversees(HR, service)).isTrue();
        assertThat(AssessmentAccess.oversees(MANAGER, service)).isTrue();
        assertThat(AssessmentAccess.oversees(PM, service)).isFalse();
    }

    @Test
    void aManagerWithoutADepartmentOverseesNoCycle() {
        var adrift = new Actor(EmployeeId.of("adrift"), Set.of(Role.MANAGER), Optional.empty());
        assertThat(AssessmentAccess.mayOversee(adrift, "see missing evaluations")).isPresent();
    }

    @Test
    void gradesAndEvaluationsAreReadByTheEmployeeTheirManagerAndHrAndToOthersTheEmployeeDoesNotExist() {
        assertThat(AssessmentAccess.mayRead(STAFF, staff)).isEmpty();
        assertThat(AssessmentAccess.mayRead(MANAGER, staff)).isEmpty();
        assertThat(AssessmentAccess.mayRead(HR, staff)).isEmpty();
        assertThat(AssessmentAccess.mayRead(COLLEAGUE, staff)).contains(Refusal.missing("employee", "staff"));
        var inspector = AssessmentCases.actor("inspector", Set.of(Role.SUPERVISION_GROUP), "projects");
        assertThat(AssessmentAccess.mayRead(inspector, staff)).contains(Refusal.missing("employee", "staff"));
    }

    @Test
    void peersStayAnonymousToThePersonTheyEvaluateAndOnlyToThem() {
        var january = AssessmentCases.january();
        var byPeer = AssessmentCases.evaluation(january, "colleague", "staff", EvaluatorRole.PEER, 70);
        var bySuperior = AssessmentCases.evaluation(january, "manager", "staff", EvaluatorRole.SUPERIOR, 70);
        assertThat(AssessmentAccess.showsEvaluator(STAFF, byPeer)).isFalse();
        assertThat(AssessmentAccess.showsEvaluator(STAFF, bySuperior)).isTrue();
        assertThat(AssessmentAccess.showsEvaluator(MANAGER, byPeer)).isTrue();
    }

    @Test
    void aParticipantIsKnownToHrTheirManagerAndWhoeverMayEvaluateThem() {
        assertThat(AssessmentAccess.knows(HR, staff, false)).isTrue();
        assertThat(AssessmentAccess.knows(MANAGER, staff, false)).isTrue();
        assertThat(AssessmentAccess.knows(COLLEAGUE, staff, true)).isTrue();
        assertThat(AssessmentAccess.knows(PM, staff, false)).isFalse();
    }
}
