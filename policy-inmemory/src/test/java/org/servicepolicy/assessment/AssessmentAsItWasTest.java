package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.people.ChangeEmployment;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * §1.2, §3.3.1: a cycle reads its employees' departments and reporting lines as they stood at the
 * end of its period, whatever HR changed after it.
 */
class AssessmentAsItWasTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();

    @Test
    @DisplayName("§3.3.1: an employee transferred after the period is still assessed where they worked, by their superior then")
    void aTransferAfterThePeriodChangesNeitherScopeNorSuperior() {
        var cycle = assessments.openJanuary();
        assessments.after(cycle);
        company.policy.people().change(company.actor("hr"), STAFF, ChangeEmployment.because("moved to projects")
                .transferTo("projects").reportingTo("pm"));

        assertThat(assessment.participants(company.actor("hr"), cycle.id())).contains(STAFF);
        assertThatThrownBy(() -> assessments.evaluate(cycle, "pm", "staff", 80, 80, 80))
                .as("the superior now was not the superior then").isInstanceOf(PolicyRefusalException.class)
                .hasMessageContaining("pm is not in the department of staff");
        assessments.evaluateEveryone(cycle, Map.of("colleague", 85, "manager", 80, "staff", 75, "temp", 70));

        var grades = assessment.finalizeCycle(company.actor("hr2"), cycle.id()).grades();
        assertThat(grades).extracting(CycleGrade::employee).contains(STAFF);
        assertThat(assessment.evaluations(company.actor("hr"), cycle.id(), STAFF))
                .filteredOn(e -> e.role() == EvaluatorRole.SUPERIOR).singleElement()
                .satisfies(e -> assertThat(e.evaluator()).contains(EmployeeId.of("manager")));
    }

    @Test
    @DisplayName("§3.3.1: a cycle whose period is still running reads the records as they stand now")
    void aRunningPeriodReadsTheRecordsNow() {
        var cycle = assessments.openJanuary();
        company.policy.people().change(company.actor("hr"), STAFF, ChangeEmployment.because("moved to projects")
                .transferTo("projects").reportingTo("pm"));

        assertThat(assessment.participants(company.actor("hr"), cycle.id())).doesNotContain(STAFF);
    }
}
