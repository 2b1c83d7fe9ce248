package org.servicepolicy.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.hr;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;

import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.fixtures.Violations;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.FindingEscalation;
import org.servicepolicy.policy.RuleArea;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/** §2.3.1, §3.3.3: recording observations and escalating findings, decided without stores. */
class ServiceRulesTest {
    private static final Instant NOW = Instant.parse("2026-05-04T10:00:00Z");
    private static final Instant SEEN = NOW.minus(Duration.ofHours(2));
    private static final Actor INSPECTOR = new Actor(EmployeeId.of("inspector"),
            Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP), Optional.of(DepartmentId.of("quality")));
    private static final FindingEscalation DEFAULT = StandardPolicy.definition().service().escalation();

    private static ServiceFacts.Recording facts(List<ServiceFinding> earlier) {
        var staff = Violations.employee(EmployeeCategory.STAFF, 3);
        return new ServiceFacts.Recording(List.of(staff), Map.of(staff.id(), earlier), StandardPolicy.definition());
    }

    private static ServiceFinding finding(String id, Severity severity, Instant observedAt) {
        return new ServiceFinding(id, Violations.STAFF, ServiceStandard.PROMISED_REPLY, severity, observedAt,
                FindingSource.SUPERVISION, "o-" + id, observedAt);
    }

    private static RecordObservation nonconformity(ServiceStandard standard) {
        return RecordObservation.nonconformity(standard, ObservationMethod.ON_SITE, SEEN,
                "customer waited 14 minutes", List.of("staff"));
    }

    @Test
    @DisplayName("§2.3.1: a nonconformity takes its standard's severity and is one finding, explained without naming the recorder")
    void aNonconformityIsAFindingWithTheStandardsSeverity() {
        var outcome = decided(ServiceRules.record(nonconformity(ServiceStandard.PROMISED_REPLY), facts(List.of()),
                stamp(INSPECTOR, NOW)));

        assertThat(outcome.changes()).hasSize(2);
        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ServiceRules.FINDING);
            assertThat(d.subject()).isEqualTo(Violations.STAFF);
            assertThat(d.outcome()).isEqualTo("MODERATE");
            assertThat(d.decidedBy()).isEmpty();
            assertThat(d.factAt()).isEqualTo(SEEN);
            assertThat(d.reasons()).extracting(Reason::clause, Reason::ruleId).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("§2.3.1", "service.observation"),
                    org.assertj.core.groups.Tuple.tuple("§2.1.2", "service.standard"),
                    org.assertj.core.groups.Tuple.tuple("§2.3.1", "service.severity.standard"));
        });
        assertThat(outcome.events()).extracting(e -> e.type())
                .containsExactly("ServiceFindingRecorded", "ServiceObservationRecorded");
        assertThat(outcome.events()).allSatisfy(e -> assertThat(e.attributes().values()).doesNotContain("inspector"));
    }

    @Test
    @DisplayName("§2.3.1: a severity the recorder states, with a reason, replaces the standard's and is explained")
    void aStatedSeverityIsExplained() {
        var command = nonconformity(ServiceStandard.RECEPTION_WAIT).withSeverity(Severity.SERIOUS,
                "the customer was elderly and left without service");

        var outcome = decided(ServiceRules.record(command, facts(List.of()), stamp(INSPECTOR, NOW)));

        var decision = outcome.decisions().get(0);
        assertThat(decision.outcome()).isEqualTo("SERIOUS");
        assertThat(decision.reasons().get(2).ruleId()).isEqualTo("service.severity.stated");
        assertThat(decision.reasons().get(2).message()).contains("SERIOUS", "MINOR",
                "the customer was elderly and left without service");
    }

    @Test
    @DisplayName("§2.3.1: a conforming observation makes no finding and no decision")
    void aConformingObservationMakesNoFinding() {
        var command = RecordObservation.conforming(ServiceStandard.RECEPTION_WAIT, ObservationMethod.SPOT_CHECK, SEEN,
                "received within a minute", List.of("staff"));

        var outcome = decided(ServiceRules.record(command, facts(List.of()), stamp(INSPECTOR, NOW)));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.decisions()).isEmpty();
        assertThat(outcome.events()).extracting(e -> e.type()).containsExactly("ServiceObservationRecorded");
    }

    @Test
    @DisplayName("§2.3.1, §1.3.3: only the supervision group records, never about themself")
    void onlyTheGroupRecordsAndNeverAboutThemself() {
        assertThat(refusal(ServiceRules.record(nonconformity(ServiceStandard.RECEPTION_WAIT), facts(List.of()),
                stamp(hr("hr"), NOW)))).isInstanceOf(Refusal.Access.class);
        var selfInspecting = new Actor(Violations.STAFF, Set.of(Role.EMPLOYEE, Role.SUPERVISION_GROUP),
                Optional.of(DepartmentId.of("service")));
        assertThat(refusal(ServiceRules.record(nonconformity(ServiceStandard.RECEPTION_WAIT), facts(List.of()),
                stamp(selfInspecting, NOW)))).isInstanceOfSatisfying(Refusal.Access.class,
                r -> assertThat(r.message()).contains("§1.3.3"));
    }

    @ParameterizedTest(name = "§2.3.1, §3.3.3: a {0} finding proposes a violation by itself: {1}")
    @CsvSource({"MINOR,false", "MODERATE,false", "SERIOUS,true", "GROSS,true"})
    void severeFindingsProposeAViolation(Severity severity, boolean proposes) {
        var escalation = ServiceRules.escalation(finding("f", severity, SEEN), List.of(), DEFAULT, ZoneOffset.UTC);

        assertThat(escalation.isPresent()).isEqualTo(proposes);
        escalation.ifPresent(e -> assertThat(e.reasons()).extracting(Reason::clause).containsExactly("§2.3.1", "§3.3.3"));
    }

    @Test
    @DisplayName("§2.3.1: the third MODERATE finding within 90 days proposes a violation, the fourth and fifth do not, the sixth does")
    void everyThirdModerateFindingWithinTheWindowProposes() {
        var earlier = new ArrayList<ServiceFinding>();
        var proposing = new ArrayList<Integer>();
        for (int i = 1; i <= 6; i++) {
            var next = finding("f" + i, Severity.MODERATE, SEEN.minus(Duration.ofDays(60 - i)));
            if (ServiceRules.escalation(next, earlier, DEFAULT, ZoneOffset.UTC).isPresent()) {
                proposing.add(i);
            }
            earlier.add(next);
        }

        assertThat(proposing).containsExactly(3, 6);
    }

    @Test
    @DisplayName("§2.3.1: MODERATE findings observed more than 90 days before or after, and MINOR ones, do not count")
    void onlyModerateFindingsWithinTheWindowCount() {
        var earlier = List.of(finding("old", Severity.MODERATE, SEEN.minus(Duration.ofDays(91))),
                finding("minor", Severity.MINOR, SEEN.minus(Duration.ofDays(1))),
                finding("far", Severity.MODERATE, SEEN.plus(Duration.ofDays(91))),
                finding("recent", Severity.MODERATE, SEEN.minus(Duration.ofDays(89))));

        assertThat(ServiceRules.escalation(finding("new", Severity.MODERATE, SEEN), earlier, DEFAULT, ZoneOffset.UTC))
                .isEmpty();
        var withOneMore = new ArrayList<>(earlier);
        withOneMore.add(finding("edge", Severity.MODERATE, SEEN.plus(Duration.ofDays(90))));
        assertThat(ServiceRules.escalation(finding("new", Severity.MODERATE, SEEN), withOneMore, DEFAULT,
                ZoneOffset.UTC)).hasValueSatisfying(e -> assertThat(e.reasons().get(0).facts())
                .containsEntry("count", "3").containsEntry("within", "P90D"));
    }

    @Test
    @DisplayName("§2.3.1: an observation recorded after a later one counts it: three MODERATE findings propose once, whatever the order")
    void theRecordingOrderDoesNotChangeHowManyPropose() {
        var first = finding("a", Severity.MODERATE, SEEN);
        var second = finding("b", Severity.MODERATE, SEEN.minus(Duration.ofDays(10)));
        var third = finding("c", Severity.MODERATE, SEEN.minus(Duration.ofDays(20)));

        assertThat(ServiceRules.escalation(second, List.of(first), DEFAULT, ZoneOffset.UTC)).isEmpty();
        assertThat(ServiceRules.escalation(third, List.of(first, second), DEFAULT, ZoneOffset.UTC)).isPresent();
    }

    @Test
    @DisplayName("§2.3.1: a policy that counts two findings within 30 days escalates the second")
    void thePolicyDecidesTheRepetition() {
        var policy = new FindingEscalation(Severity.GROSS, Severity.MINOR, 2, Period.ofDays(30));
        var first = finding("a", Severity.MINOR, SEEN.minus(Duration.ofDays(29)));

        assertThat(ServiceRules.escalation(finding("b", Severity.MINOR, SEEN), List.of(first), policy, ZoneOffset.UTC))
                .isPresent();
        assertThat(ServiceRules.escalation(finding("c", Severity.SERIOUS, SEEN), List.of(), policy, ZoneOffset.UTC))
                .isEmpty();
    }

    @Test
    @DisplayName("§2.3.1, §3.2.1: the violation a finding proposes is a SERVICE company-rule breach of its severity, dated at the conduct")
    void theProposedViolationMatchesTheFinding() {
        var observation = decided(ServiceRules.record(nonconformity(ServiceStandard.INFORMATION_SHARING)
                .withSeverity(Severity.SERIOUS, "withheld an outage notice"), facts(List.of()), stamp(INSPECTOR, NOW)));
        var finding = finding("f", Severity.SERIOUS, SEEN);
        var escalation = ServiceRules.escalation(finding, List.of(), DEFAULT, ZoneOffset.UTC).orElseThrow();
        var recorded = new Observation(ObservationId.of("o-1"), ServiceStandard.INFORMATION_SHARING,
                ObservationMethod.ON_SITE, ObservationOutcome.NONCONFORMITY, Optional.of(Severity.SERIOUS),
                Optional.empty(), "evidence", List.of(Violations.STAFF), SEEN, NOW, Optional.of(INSPECTOR.id()), "v1");

        var command = ServiceRules.violationFor(escalation, "%s observation %s".formatted(recorded.method(), recorded.id()));

        assertThat(observation.decisions()).hasSize(1);
        assertThat(command.type()).isEqualTo(ViolationType.COMPANY_RULE_VIOLATION);
        assertThat(command.ruleArea()).isEqualTo(RuleArea.SERVICE);
        assertThat(command.severity()).isEqualTo(Severity.SERIOUS);
        assertThat(command.occurredAt()).isEqualTo(SEEN);
        assertThat(command.employeeId()).isEqualTo("staff");
        assertThat(command.description()).contains("f", "o-1", "§2.1.2");
    }

    @Test
    @DisplayName("§2.3.1, §3.3.3: the decision linking a finding and its violation cites both clauses and the ladder's answer")
    void theLinkingDecisionExplainsTheViolation() {
        var finding = finding("f", Severity.SERIOUS, SEEN);
        var escalation = ServiceRules.escalation(finding, List.of(), DEFAULT, ZoneOffset.UTC).orElseThrow();
        var violation = Violations.violation("v-1", Severity.SERIOUS, SEEN);
        var ladder = new Decision(DecisionId.of("d-ladder"), DisciplineService.PROPOSAL, Violations.STAFF, "NONE",
                List.of(Reason.of("§3.3.3", "ladder", "below the first step")), "v1", SEEN, NOW,
                Optional.of(INSPECTOR.id()));
        var observation = new Observation(ObservationId.of("o-f"), ServiceStandard.PROMISED_REPLY,
                ObservationMethod.CUSTOMER_FEEDBACK, ObservationOutcome.NONCONFORMITY, Optional.of(Severity.SERIOUS),
                Optional.empty(), "evidence", List.of(Violations.STAFF), SEEN, NOW, Optional.of(INSPECTOR.id()), "v1");

        var outcome = decided(ServiceRules.link(escalation,
                new RecordedViolation(violation, Optional.empty(), ladder, Optional.empty()), observation.policyVersion(),
                stamp(INSPECTOR, NOW)));

        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(ServiceRules.FINDING_VIOLATION);
            assertThat(d.outcome()).isEqualTo("VIOLATION_PROPOSED");
            assertThat(d.policyVersion()).isEqualTo("v1");
            assertThat(d.decidedBy()).isEmpty();
            assertThat(d.reasons()).extracting(Reason::clause).containsExactly("§2.3.1", "§3.3.3", "§3.3.3");
            assertThat(d.reasons().get(2).facts()).containsEntry("violation", "v-1")
                    .containsEntry("ladderDecision", "d-ladder");
        });
    }
}
