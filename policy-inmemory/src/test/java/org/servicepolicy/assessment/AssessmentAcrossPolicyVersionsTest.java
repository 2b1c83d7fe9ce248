package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §1.3.4, §3.3.1: a cycle is graded by the policy version in force at its last instant, when
 * every fact of its period has happened, and only by that one: a version published for later
 * does not re-judge a period that ended before it, even when the cycle is finalized under it.
 */
class AssessmentAcrossPolicyVersionsTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final Map<String, Integer> EIGHTY = Map.of("manager", 80, "staff", 80, "colleague", 80, "temp", 80);

    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();

    @Test
    void eachCycleIsGradedByTheVersionInForceAtItsLastInstant() {
        var january = assessments.openJanuary();
        assessments.evaluateEveryone(january, EIGHTY);
        // From February a total of 80 is no longer GOOD: GOOD starts at 85.
        company.policy.policies().publish(company.actor("hr"), "stricter", Instant.parse("2026-02-01T00:00:00Z"),
                Map.of("assessment.band.GOOD.fromScore", "85"));
        assessments.after(january);

        var januaryGrade = gradeOfStaff(assessment.finalizeCycle(company.actor("hr"), january.id()));

        assertThat(januaryGrade.grade()).isEqualTo(Grade.GOOD);
        assertThat(januaryGrade.policyVersion()).isEqualTo(StandardPolicy.VERSION);
        assertThat(company.stores.decisions().find(januaryGrade.decision()).orElseThrow().policyVersion())
                .isEqualTo(StandardPolicy.VERSION);

        var february = assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assessments.evaluateEveryone(february, EIGHTY);
        assertThat(assessment.preview(company.actor("hr"), february.id()).policyVersion()).isEqualTo("stricter");
        assessments.after(february);

        var februaryGrade = gradeOfStaff(assessment.finalizeCycle(company.actor("hr"), february.id()));

        assertThat(februaryGrade.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(februaryGrade.policyVersion()).isEqualTo("stricter");
        assertThat(company.stores.decisions().find(februaryGrade.decision()).orElseThrow().reasons())
                .extracting(r -> r.facts().get("policyVersion")).contains("stricter");
    }

    private static CycleGrade gradeOfStaff(FinalizedCycle finalized) {
        return finalized.grades().stream().filter(g -> g.employee().equals(STAFF)).findFirst().orElseThrow();
    }
}
