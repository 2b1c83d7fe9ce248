package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.Trainings;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.policy.Severity;

class CareerServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final CareerService career = company.policy.career();

    @BeforeEach
    void twoFinalizedCycles() {
        var assessments = new Assessments(company);
        var scores = Map.of("manager", 90, "staff", 80, "colleague", 80, "temp", 60);
        var january = assessments.openJanuary();
        assessments.evaluateEveryone(january, scores);
        assessments.after(january);
        company.policy.assessment().finalizeCycle(company.actor("hr"), january.id());
        var february = assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assessments.evaluateEveryone(february, scores);
        assessments.after(february);
        company.policy.assessment().finalizeCycle(company.actor("hr"), february.id());
        new Trainings(company).current("manager", "staff", "colleague", "temp");
    }

    @Test
    void trainingThatLapsesMakesAnEmployeeIneligibleUntilTakenAgain() {
        company.clock.advance(Duration.ofDays(366));
        var lapsed = career.eligibility(company.actor("hr"), STAFF);
        assertThat(lapsed.conditions()).filteredOn(c -> c.id().equals("training-current")).singleElement()
                .satisfies(c -> {
                    assertThat(c.met()).isFalse();
                    assertThat(c.reason().facts().get("overdue")).contains("PERIODIC_SERVICE", "RULES_REFRESHER");
                });

        new Trainings(company).current("staff");
        assertThat(career.eligibility(company.actor("hr"), STAFF).conditions())
                .filteredOn(c -> c.id().equals("training-current")).singleElement()
                .satisfies(c -> assertThat(c.met()).isTrue());
    }

    @Test
    void twoGoodGradesAndAClearRecordMakeAnEmployeeEligible() {
        var eligibility = career.eligibility(company.actor("staff"), STAFF);
        assertThat(eligibility.eligible()).isTrue();
        assertThat(eligibility.policyVersion()).isEqualTo("standard");
        assertThat(eligibility.asOf()).isEqualTo(company.clock.instant());
    }

    @Test
    void aFineInForceMakesAnEmployeeIneligible() {
        company.companyRule("staff", Severity.MODERATE);
        var fine = company.companyRule("staff", Severity.MODERATE);
        company.policy.discipline().issue(company.actor("hr"), fine.penalty().orElseThrow().id());
        var eligibility = career.eligibility(company.actor("hr"), STAFF);
        assertThat(eligibility.eligible()).isFalse();
        assertThat(eligibility.conditions()).filteredOn(c -> !c.met()).extracting(PromotionCondition::id)
                .containsExactly("no-penalty-in-force");
    }

    @Test
    void hrRecordsTheEligibilityAsADecision() {
        var decision = career.recordEligibility(company.actor("hr"), STAFF);
        assertThat(decision.kind()).isEqualTo(CareerService.ELIGIBILITY);
        assertThat(decision.outcome()).isEqualTo("ELIGIBLE");
        assertThat(decision.reasons()).hasSize(7);
        assertThat(company.policy.decisions().about(company.actor("staff"), STAFF)).contains(decision);
        assertThat(company.stores.eventLog().after(0, 10_000)).extracting(PublishedEvent::type)
                .contains("PromotionEligibilityDecided");
        assertThatThrownBy(() -> career.recordEligibility(company.actor("manager"), STAFF))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void hrListsTheEligibleEmployeesOfADepartment() {
        assertThat(career.eligibleIn(company.actor("hr"), DepartmentId.of("service")))
                .extracting(e -> e.employee().value()).containsExactly("colleague", "manager", "staff");
        assertThat(career.eligibleIn(company.actor("hr"), DepartmentId.of("projects"))).isEmpty();
        assertThatThrownBy(() -> career.eligibleIn(company.actor("manager"), DepartmentId.of("service")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> career.eligibleIn(company.actor("hr"), DepartmentId.of("nowhere")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eligibilityIsSeenByTheEmployeeTheirManagerAndHr() {
        assertThat(career.eligibility(company.actor("manager"), STAFF).eligible()).isTrue();
        assertThat(career.eligibility(company.actor("temp"), EmployeeId.of("temp")).eligible()).isFalse();
        assertThatThrownBy(() -> career.eligibility(company.actor("colleague"), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> career.eligibility(company.actor("pm"), STAFF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void eligibilityIsJudgedUnderTheVersionInForceAtTheAssessmentNotALaterOne() {
        var effective = company.clock.instant().plus(Duration.ofDays(1));
        company.policy.policies().publish(company.actor("hr"), "three-grades", effective,
                Map.of("career.promotion.recentGrades", "3"));

        var before = career.recordEligibility(company.actor("hr"), STAFF);
        company.clock.advance(Duration.ofDays(2));
        var after = career.recordEligibility(company.actor("hr"), STAFF);

        assertThat(before.policyVersion()).isEqualTo("standard");
        assertThat(before.outcome()).isEqualTo("ELIGIBLE");
        assertThat(after.policyVersion()).isEqualTo("three-grades");
        assertThat(after.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(after.factAt()).isEqualTo(company.clock.instant());
        assertThat(career.eligibility(company.actor("staff"), STAFF).policyVersion()).isEqualTo("three-grades");
    }
}
