package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;
import static org.servicepolicy.fixtures.Outcomes.NOTHING_STORED;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.manager;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.fixtures.Outcomes.staff;
import static org.servicepolicy.fixtures.Violations.STAFF;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentValues;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.AuditEntry;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** §4.3.2: asking and recording promotion eligibility, called directly on facts, without stores. */
class CareerRulesTest {
    private static final Instant NOW = Instant.parse("2026-06-15T09:00:00Z");
    private static final PolicyDefinition STANDARD = StandardPolicy.definition();
    private static final Employee EMPLOYEE = Violations.employee(EmployeeCategory.STAFF, 3);

    private static CycleGrade good(String cycle, int year, int quarter) {
        var from = LocalDate.of(year, quarter * 3 - 2, 1);
        var to = from.plusMonths(3).minusDays(1);
        var zero = BigDecimal.ZERO;
        return new CycleGrade(AssessmentCycleId.of(cycle), STAFF, DepartmentId.of("service"), from, to, Grade.GOOD, zero,
                new ComponentValues(zero, zero, zero), zero, DecisionId.of("d-" + cycle), "standard",
                to.plusDays(5).atStartOfDay().toInstant(ZoneOffset.UTC));
    }

    private static CareerFacts.Standing standing(PolicyDefinition policy) {
        return new CareerFacts.Standing(Optional.of(EMPLOYEE), List.of(good("q4", 2025, 4), good("q1", 2026, 1)),
                List.of(), List.of(), List.of(), policy);
    }

    private static PolicyDefinition threeGrades() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("career.promotion.recentGrades", "3");
        return PolicyDefinition.of("three-grades", Instant.parse("2026-06-01T00:00:00Z"), settings);
    }

    @Test
    void theEmployeeTheirManagerAndHrAskWhetherTheEmployeeMeetsThePromotionConditionsNow() {
        for (var asker : List.of(staff("staff", "service"), manager("manager", "service"), hr("hr"))) {
            var eligibility = decided(CareerRules.eligibility(STAFF, standing(STANDARD), stamp(asker, NOW)))
                    .answer().apply(NOTHING_STORED);
            assertThat(eligibility.eligible()).isTrue();
            assertThat(eligibility.asOf()).isEqualTo(NOW);
            assertThat(eligibility.policyVersion()).isEqualTo("standard");
        }
    }

    @Test
    void toAnyoneElseTheEmployeeDoesNotExist() {
        assertThat(refusal(CareerRules.eligibility(STAFF, standing(STANDARD), stamp(staff("colleague", "service"), NOW))))
                .isEqualTo(Refusal.missing("employee", STAFF));
        assertThat(refusal(CareerRules.eligibility(STAFF, standing(STANDARD), stamp(manager("pm", "projects"), NOW))))
                .isEqualTo(Refusal.missing("employee", STAFF));
    }

    @Test
    void hrRecordsTheAnswerAsADecisionWithOneReasonPerConditionAndAConclusion() {
        var outcome = decided(CareerRules.recordEligibility(STAFF, standing(STANDARD), stamp(hr("hr"), NOW)));

        var decision = outcome.answer().apply(NOTHING_STORED);
        assertThat(outcome.decisions()).containsExactly(decision);
        assertThat(decision.kind()).isEqualTo(CareerRules.ELIGIBILITY);
        assertThat(decision.outcome()).isEqualTo("ELIGIBLE");
        assertThat(decision.reasons()).hasSize(7);
        assertThat(decision.factAt()).isEqualTo(NOW);
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.events()).singleElement().satisfies(event -> {
            assertThat(event.type()).isEqualTo("PromotionEligibilityDecided");
            assertThat(event.aggregateId()).isEqualTo("staff");
            assertThat(event.attributes()).isEqualTo(Map.of("outcome", "ELIGIBLE", "decisionId", decision.id().value()));
        });
        assertThat(outcome.audit()).extracting(AuditEntry::action, AuditEntry::subjectId, AuditEntry::detail)
                .containsExactly(tuple("career.record-eligibility", "staff", "ELIGIBLE"));
    }

    @Test
    void theConditionsAreThoseOfTheVersionInTheFactsTheOneInForceAtTheAssessment() {
        var outcome = decided(CareerRules.recordEligibility(STAFF, standing(threeGrades()), stamp(hr("hr"), NOW)));

        var decision = outcome.answer().apply(NOTHING_STORED);
        assertThat(decision.policyVersion()).isEqualTo("three-grades");
        assertThat(decision.outcome()).isEqualTo("NOT_ELIGIBLE");
        assertThat(outcome.events()).singleElement()
                .satisfies(event -> assertThat(event.attributes()).containsEntry("outcome", "NOT_ELIGIBLE"));
    }

    @Test
    void onlyHrRecordsEligibilityNeverTheirOwnAndOnlyOfSomeoneWhoExists() {
        assertThat(refusal(CareerRules.recordEligibility(STAFF, standing(STANDARD),
                stamp(manager("manager", "service"), NOW))))
                .isEqualTo(Refusal.access("only HR may record promotion eligibility"));
        assertThat(refusal(CareerRules.recordEligibility(STAFF, standing(STANDARD), stamp(hr("staff"), NOW)))
                .toException()).hasMessageContaining("in their own case (§1.3.3)");
        var nobody = new CareerFacts.Standing(Optional.empty(), List.of(), List.of(), List.of(), List.of(), STANDARD);
        assertThat(refusal(CareerRules.recordEligibility(EmployeeId.of("nobody"), nobody, stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("employee", "nobody"));
    }

    @Test
    void hrListsTheEmployeesOfADepartmentWhoMeetEveryCondition() {
        var newcomer = new Employee(EmployeeId.of("newcomer"), "Newcomer", EmployeeCategory.STAFF, Optional.empty(),
                DepartmentId.of("service"), 2, LocalDate.of(2026, 5, 1), EMPLOYEE.status(), Optional.empty(),
                EMPLOYEE.grantedRoles(), Instant.parse("2026-05-01T00:00:00Z"),
                Instant.parse("2026-05-01T00:00:00Z"), 1);
        var service = DepartmentId.of("service");
        var facts = new CareerFacts.DepartmentStanding(Optional.of(new Department(service, "Customer Service")),
                List.of(EMPLOYEE, newcomer), Map.of(STAFF, standing(STANDARD).grades()), Map.of(), Map.of(),
                Map.of(), STANDARD);

        var eligible = decided(CareerRules.eligibleIn(service, facts, stamp(hr("hr"), NOW))).answer()
                .apply(NOTHING_STORED);

        assertThat(eligible).extracting(PromotionEligibility::employee).containsExactly(STAFF);
        assertThat(refusal(CareerRules.eligibleIn(service, facts, stamp(manager("manager", "service"), NOW))))
                .isEqualTo(Refusal.access("only HR may list the employees eligible for promotion"));
        var nowhere = new CareerFacts.DepartmentStanding(Optional.empty(), List.of(), Map.of(), Map.of(), Map.of(),
                Map.of(), STANDARD);
        assertThat(refusal(CareerRules.eligibleIn(DepartmentId.of("nowhere"), nowhere, stamp(hr("hr"), NOW))))
                .isEqualTo(Refusal.missing("department", "nowhere"));
    }
}
