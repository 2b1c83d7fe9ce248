package org.servicepolicy.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceEvaluationPolicy.FollowUpKind;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ObservationMethod;
import org.servicepolicy.service.RecordObservation;

/**
 * §2.3.3, §5.2.2: the periodic service evaluation through the library on in-memory ports: HR
 * opens periods that never overlap; superiors and the supervision group score, never
 * themselves; finalisation scores everyone, rewards EXCELLENT, follows SUBSTANDARD up with
 * training and a penalty through the ladder (heavier the second time in a row), once.
 */
class ServiceEvaluationServiceTest {
    private static final LocalDate Q4_FROM = LocalDate.of(2025, 10, 1);
    private static final LocalDate Q4_TO = LocalDate.of(2025, 12, 31);
    private static final Instant IN_Q4 = Instant.parse("2025-11-10T10:00:00Z");

    private final Company company = new Company();
    private final ServiceEvaluationService evaluation = company.policy.serviceEvaluation();

    private ServiceEvaluationPeriod openQ4() {
        return evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("Q4 2025", Q4_FROM, Q4_TO,
                List.of("service")));
    }

    private static SubmitServiceScores all(String employee, int score) {
        return new SubmitServiceScores(employee, Arrays.stream(ServiceDimension.values())
                .collect(Collectors.toMap(Enum::name, d -> score)));
    }

    private void customers(String employee, int... scores) {
        for (int i = 0; i < scores.length; i++) {
            evaluation.recordCustomerScore(company.actor("inspector"), new RecordCustomerScore(employee, scores[i],
                    CustomerScoreSource.CUSTOMER_FEEDBACK, "survey-" + i, IN_Q4.plus(Duration.ofHours(i))));
        }
    }

    private void nonconformity(String employee, ServiceStandard standard, Severity severity, Instant at) {
        company.policy.supervision().record(company.actor("inspector"), RecordObservation
                .nonconformity(standard, ObservationMethod.SPOT_CHECK, at, "fell short", List.of(employee))
                .withSeverity(severity, "as observed"));
    }

    @Test
    void onlyHrOpensAndPeriodsWhoseScopesOverlapMayNotShareADay() {
        var q4 = openQ4();

        assertThat(q4.status()).isEqualTo(ServiceEvaluationPeriod.Status.OPEN);
        assertThatThrownBy(() -> evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("Company",
                Q4_TO, Q4_TO.plusDays(30), List.of()))).isInstanceOfSatisfying(PolicyRefusalException.class,
                e -> assertThat(e.getMessage()).contains("nobody is evaluated twice for the same days"));
        assertThat(evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("Projects Q4", Q4_FROM,
                Q4_TO, List.of("projects"))).scope().departments()).hasSize(1);
        assertThatThrownBy(() -> evaluation.open(company.actor("manager"), new OpenServiceEvaluationPeriod("Mine",
                Q4_TO.plusYears(1), Q4_TO.plusYears(1), List.of()))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod(" ", Q4_TO,
                Q4_FROM, List.of("nowhere!")))).isInstanceOfSatisfying(InvalidInputException.class, e ->
                assertThat(e.problems()).extracting(p -> p.field()).contains("name", "to", "departmentIds"));
    }

    @Test
    void theSuperiorAndTheGroupScoreNeverThemselvesAndAScoreAgainReplacesTheRolesEarlierOne() {
        var q4 = openQ4();

        assertThat(evaluation.score(company.actor("manager"), q4.id(), all("staff", 60)).role())
                .isEqualTo(ScorerRole.SUPERIOR);
        assertThat(evaluation.score(company.actor("inspector"), q4.id(), all("staff", 70)).role())
                .isEqualTo(ScorerRole.SUPERVISION_GROUP);
        evaluation.score(company.actor("manager"), q4.id(), all("staff", 80));
        assertThatThrownBy(() -> evaluation.score(company.actor("staff"), q4.id(), all("staff", 100)))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.getMessage()).contains("own case"));
        assertThatThrownBy(() -> evaluation.score(company.actor("colleague"), q4.id(), all("staff", 100)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluation.score(company.actor("inspector"), q4.id(), all("pm", 100)))
                .isInstanceOf(PolicyRefusalException.class);
        assertThatThrownBy(() -> evaluation.score(company.actor("manager"), q4.id(),
                new SubmitServiceScores("staff", Map.of("ATTITUDE", 101, "SPEED", 3))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(p -> p.field()).contains("scores.ATTITUDE", "scores.SPEED", "scores.EFFICIENCY"));

        var scores = evaluation.scores(company.actor("hr"), q4.id());
        assertThat(scores).extracting(InternalScoreView::role, s -> s.scores().get(ServiceDimension.ATTITUDE))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(ScorerRole.SUPERIOR, 80),
                        org.assertj.core.groups.Tuple.tuple(ScorerRole.SUPERVISION_GROUP, 70));
        assertThat(scores).allSatisfy(s -> assertThat(s.scorer()).isPresent());
        assertThat(evaluation.scores(company.actor("staff"), q4.id()))
                .hasSize(2).allSatisfy(s -> assertThat(s.scorer()).isEmpty());
        assertThat(evaluation.scores(company.actor("colleague"), q4.id())).isEmpty();
    }

    @Test
    void finalisingScoresEveryoneRewardsExcellentAndFollowsSubstandardUpThroughTheLadderOnce() {
        var q4 = openQ4();
        customers("staff", 5, 5, 4);
        evaluation.score(company.actor("manager"), q4.id(), all("staff", 95));
        evaluation.score(company.actor("inspector"), q4.id(), all("staff", 97));
        customers("colleague", 2, 1);
        evaluation.score(company.actor("manager"), q4.id(), all("colleague", 50));
        nonconformity("colleague", ServiceStandard.CASE_TIME, Severity.MODERATE, IN_Q4);
        nonconformity("colleague", ServiceStandard.RECEPTION_WAIT, Severity.MINOR, IN_Q4.plus(Duration.ofDays(1)));
        nonconformity("colleague", ServiceStandard.CASE_TIME, Severity.MINOR, Q4_FROM.minusDays(5)
                .atStartOfDay().toInstant(java.time.ZoneOffset.UTC));

        assertThatThrownBy(() -> evaluation.finalise(company.actor("manager"), q4.id()))
                .isInstanceOf(AccessDeniedException.class);
        var finalised = evaluation.finalise(company.actor("hr"), q4.id());

        assertThat(finalised.period().status()).isEqualTo(ServiceEvaluationPeriod.Status.FINALISED);
        assertThat(finalised.results()).extracting(r -> r.employee().value(), ServiceEvaluationResult::band)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("colleague", ServiceBand.SUBSTANDARD),
                        org.assertj.core.groups.Tuple.tuple("staff", ServiceBand.EXCELLENT));
        var staff = finalised.results().get(1);
        // customers 5, 5, 4: mean 4.67 of 5 is 91.67; internal 96; data analysis 100 where a standard counts
        assertThat(staff.dimensionScores().get(ServiceDimension.ATTITUDE)).isEqualByComparingTo("93.52");
        assertThat(staff.score()).isGreaterThanOrEqualTo(new BigDecimal("90"));
        var decision = company.policy.decisions().decision(company.actor("hr"), staff.decision());
        assertThat(decision.kind()).isEqualTo(ServiceEvaluationRules.RESULT);
        assertThat(decision.reasons()).extracting(Reason::ruleId).contains("service.evaluation.customer-scoring",
                "service.evaluation.internal-evaluation", "service.evaluation.data-analysis",
                "service.evaluation.dimension", "service.evaluation.score", "service.evaluation.excellent");
        assertThat(company.policy.rewards().rewardsOf(company.actor("hr"), EmployeeId.of("staff")))
                .singleElement().satisfies(reward -> {
                    assertThat(reward.trigger()).isEqualTo(RewardTrigger.EXCELLENT_SERVICE);
                    assertThat(reward.kinds()).contains(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                            RewardKind.PROMOTION_OPPORTUNITY);
                });

        var colleague = finalised.results().get(0);
        var colleagueDecision = company.policy.decisions().decision(company.actor("hr"), colleague.decision());
        assertThat(colleagueDecision.reasons()).filteredOn(r -> r.ruleId().equals("service.evaluation.deduction"))
                .hasSize(2);
        assertThat(finalised.followUps()).singleElement().satisfies(f -> {
            assertThat(f.employee()).isEqualTo(EmployeeId.of("colleague"));
            assertThat(f.kind()).isEqualTo(FollowUpKind.COACHING);
            assertThat(f.result()).isEqualTo(colleague.id());
        });
        assertThat(finalised.violations()).singleElement().satisfies(v -> {
            assertThat(v.violation().severity()).isEqualTo(Severity.MINOR);
            assertThat(v.penalty()).hasValueSatisfying(p -> assertThat(p.step()).isEqualTo(PenaltyStep.WARNING));
        });
        assertThat(evaluation.followUpsOf(company.actor("colleague"), EmployeeId.of("colleague"))).hasSize(1);
        assertThat(company.policy.career().eligibility(company.actor("hr"), EmployeeId.of("colleague")).conditions())
                .filteredOn(c -> c.id().equals("good-service")).singleElement()
                .satisfies(c -> assertThat(c.met()).isFalse());

        var again = evaluation.finalise(company.actor("hr"), q4.id());
        assertThat(again.results()).isEqualTo(finalised.results());
        assertThat(again.violations()).isEmpty();
        assertThat(company.policy.rewards().rewardsOf(company.actor("hr"), EmployeeId.of("staff"))).hasSize(1);
        assertThat(evaluation.resultsOf(company.actor("staff"), EmployeeId.of("staff"))).containsExactly(staff);
        assertThatThrownBy(() -> evaluation.score(company.actor("manager"), q4.id(), all("staff", 1)))
                .isInstanceOf(org.servicepolicy.kernel.ConflictException.class);
    }

    @Test
    void aSecondSubstandardInARowOpensRemedialTrainingAndTheLadderReachesAFine() {
        var q4 = openQ4();
        customers("colleague", 1);
        evaluation.finalise(company.actor("hr"), q4.id());
        var q1 = evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("Q1 2026",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), List.of("service")));
        company.clock.set(Instant.parse("2026-04-02T09:00:00Z"));
        evaluation.recordCustomerScore(company.actor("inspector"), new RecordCustomerScore("colleague", 2,
                CustomerScoreSource.CUSTOMER_FEEDBACK, "survey 2026-02", Instant.parse("2026-02-02T09:00:00Z")));

        var second = evaluation.finalise(company.actor("hr"), q1.id());

        assertThat(second.followUps()).singleElement()
                .satisfies(f -> assertThat(f.kind()).isEqualTo(FollowUpKind.REMEDIAL_TRAINING));
        assertThat(second.violations()).singleElement().satisfies(v -> {
            assertThat(v.violation().severity()).isEqualTo(Severity.MODERATE);
            assertThat(v.penalty()).hasValueSatisfying(p -> assertThat(p.step()).isEqualTo(PenaltyStep.FINE));
        });
    }

    @Test
    void aPeriodIsFinalisedAfterItsLastDayAndNeverBySomeoneItEvaluates() {
        var running = evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("January",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of("service")));
        var hq = evaluation.open(company.actor("hr"), new OpenServiceEvaluationPeriod("HQ Q4", Q4_FROM, Q4_TO,
                List.of("hq")));

        assertThatThrownBy(() -> evaluation.finalise(company.actor("hr"), running.id()))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.getMessage()).contains("finalised after its last day"));
        assertThatThrownBy(() -> evaluation.finalise(company.actor("hr"), hq.id()))
                .isInstanceOfSatisfying(AccessDeniedException.class,
                        e -> assertThat(e.getMessage()).contains("own case"));
    }

    @Test
    void customerScoresComeFromHrOrTheGroupNeverAboutThemselvesNeverAsAReturnVisitAndAreChecked() {
        assertThatThrownBy(() -> evaluation.recordCustomerScore(company.actor("manager"), new RecordCustomerScore(
                "staff", 5, CustomerScoreSource.CUSTOMER_FEEDBACK, "s", IN_Q4))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluation.recordCustomerScore(company.actor("inspector"), new RecordCustomerScore(
                "inspector", 5, CustomerScoreSource.CUSTOMER_FEEDBACK, "s", IN_Q4)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> evaluation.recordCustomerScore(company.actor("hr"), new RecordCustomerScore(
                "staff", 6, null, " ", Company.START.plusSeconds(60)))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactlyInAnyOrder("score", "source", "sourceReference", "givenAt"));
        assertThatThrownBy(() -> evaluation.recordCustomerScore(company.actor("hr"), new RecordCustomerScore(
                "staff", 5, CustomerScoreSource.RETURN_VISIT, "case-1", IN_Q4))).isInstanceOfSatisfying(
                InvalidInputException.class, e -> assertThat(e.problems()).extracting(p -> p.field())
                        .containsExactly("source"));
        assertThat(evaluation.recordCustomerScore(company.actor("hr"), new RecordCustomerScore("staff", 3,
                CustomerScoreSource.CUSTOMER_FEEDBACK, "survey", IN_Q4)).score()).isEqualTo(3);
    }
}
