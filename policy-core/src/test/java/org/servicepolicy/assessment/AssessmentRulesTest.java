package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.assessment.AssessmentCases.COLLEAGUE;
import static org.servicepolicy.assessment.AssessmentCases.HR;
import static org.servicepolicy.assessment.AssessmentCases.IN_FEBRUARY;
import static org.servicepolicy.assessment.AssessmentCases.IN_JANUARY;
import static org.servicepolicy.assessment.AssessmentCases.MANAGER;
import static org.servicepolicy.assessment.AssessmentCases.PM;
import static org.servicepolicy.assessment.AssessmentCases.STAFF;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyVersions;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.StandardPolicy;

/**
 * The pure rules of the compliance assessment (§3.3.1, §3.3.2), called without stores: what
 * opening a cycle, evaluating and finalizing decide, store and announce, and under which
 * policy version.
 */
class AssessmentRulesTest {
    private final AssessmentCycle january = AssessmentCases.january();

    private static <R> Outcome.Decided<AssessmentStores, R> decided(Outcome<AssessmentStores, R> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Decided.class);
        return (Outcome.Decided<AssessmentStores, R>) outcome;
    }

    private static Refusal refusal(Outcome<AssessmentStores, ?> outcome) {
        assertThat(outcome).isInstanceOf(Outcome.Refused.class);
        return ((Outcome.Refused<AssessmentStores, ?>) outcome).refusal();
    }

    private static AssessmentFacts.Opening opening(List<AssessmentCycle> cycles) {
        return new AssessmentFacts.Opening(Set.of(DepartmentId.of("hq"), DepartmentId.of("service"),
                DepartmentId.of("projects")), cycles, StandardPolicy.definition());
    }

    private static OpenCycle openCycle(String name, LocalDate from, LocalDate to, String... departments) {
        return new OpenCycle(null, name, from, to, List.of(departments));
    }

    private Outcome<AssessmentStores, Evaluation> evaluate(Actor evaluator, String evaluated, List<Evaluation> given) {
        return evaluateIn(january, AssessmentCases.standardOnly(), evaluator, evaluated, given);
    }

    private static Outcome<AssessmentStores, Evaluation> evaluateIn(AssessmentCycle cycle, PolicyVersions versions,
                                                                    Actor evaluator, String evaluated,
                                                                    List<Evaluation> given) {
        return EvaluationRule.submit(new SubmitEvaluation(evaluated, 80, 80, 80, " seen at work "),
                new AssessmentFacts.Evaluating(new AssessmentFacts.Roll(cycle, AssessmentCases.workforce(), versions),
                        given), AssessmentCases.stamp(evaluator, IN_JANUARY));
    }

    private Outcome<AssessmentStores, FinalizingRule.Finalized> finalize(PolicyVersions versions,
                                                                         List<Evaluation> evaluations,
                                                                         Map<EmployeeId, List<CycleGrade>> before) {
        return FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(AssessmentCases.grading(january, versions,
                evaluations), before, List.of(january)), AssessmentCases.stamp(HR, IN_FEBRUARY));
    }

    // ------------------------------------------------------------ §3.3.1: opening a cycle

    @Test
    void aCycleIsOpenedOverItsScopeAndDaysCountedInTheZoneOfTheVersionInForceWhenItIsOpened() {
        var shanghai = AssessmentCases.standardThen("shanghai", Instant.EPOCH.plusSeconds(1),
                Map.of("company.timeZone", "Asia/Shanghai")).inForceAt(IN_JANUARY);
        var outcome = decided(OpeningRule.open(openCycle(" 2026-02 ", LocalDate.of(2026, 2, 1),
                        LocalDate.of(2026, 2, 28), "service"),
                new AssessmentFacts.Opening(Set.of(DepartmentId.of("service")), List.of(), shanghai),
                AssessmentCases.stamp(HR, IN_JANUARY)));
        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("AssessmentCycleOpened");
            assertThat(e.aggregateId()).isEqualTo("id-1");
            assertThat(e.attributes()).containsEntry("name", "2026-02").containsEntry("from", "2026-02-01")
                    .containsEntry("to", "2026-02-28").containsEntry("scope", "departments service");
        });
        assertThat(outcome.audit()).singleElement().satisfies(a -> {
            assertThat(a.action()).isEqualTo("assessment.open");
            assertThat(a.detail()).isEqualTo("2026-02 2026-02-01 to 2026-02-28, departments service");
        });
        assertThat(outcome.decisions()).isEmpty();
        var opened = (AssessmentEvent.AssessmentCycleOpened) outcome.events().get(0);
        assertThat(opened.scope()).isEqualTo(CycleScope.of(Set.of(DepartmentId.of("service"))));
        assertThat(opened.from().atStartOfDay(ZoneId.of("Asia/Shanghai")).toInstant())
                .isEqualTo(Instant.parse("2026-01-31T16:00:00Z"));
    }

    @Test
    void cyclesWhoseScopesOverlapMayNotShareADaySoThatNobodyIsAssessedTwiceForTheSameDays() {
        var open = opening(List.of(january));
        var stamp = AssessmentCases.stamp(HR, IN_JANUARY);
        assertThat(refusal(OpeningRule.open(openCycle("company", LocalDate.of(2026, 1, 31), LocalDate.of(2026, 3, 31)),
                open, stamp))).isInstanceOfSatisfying(Refusal.Policy.class, r -> {
                    assertThat(r.clause()).isEqualTo("§3.3.1");
                    assertThat(r.rule()).isEqualTo("assessment.cycle.overlap");
                    assertThat(r.field()).contains("from");
                    assertThat(r.message()).contains("overlaps cycle 2026-01 (2026-01-01 to 2026-01-31, departments service)");
                });
        assertThat(refusal(OpeningRule.open(openCycle("both", LocalDate.of(2026, 1, 15), LocalDate.of(2026, 2, 15),
                "projects", "service"), open, stamp))).isInstanceOf(Refusal.Policy.class);
        assertThat(OpeningRule.open(openCycle("projects", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                "projects"), open, stamp)).isInstanceOf(Outcome.Decided.class);
        assertThat(OpeningRule.open(openCycle("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28),
                "service"), open, stamp)).isInstanceOf(Outcome.Decided.class);
    }

    @Test
    void aCycleOfADepartmentThatDoesNotExistIsRefusedNamingIt() {
        assertThat(refusal(OpeningRule.open(openCycle("2026-01", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31),
                "service", "nowhere"), opening(List.of()), AssessmentCases.stamp(HR, IN_JANUARY))))
                .isEqualTo(Refusal.invalid("departmentIds", "no such department: nowhere"));
    }

    @Test
    void aCycleIdIsTakenOnce() {
        assertThat(refusal(OpeningRule.open(new OpenCycle("2026-01", "again", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 1, 31), List.of("projects")), opening(List.of(january)),
                AssessmentCases.stamp(HR, IN_JANUARY)))).isEqualTo(Refusal.duplicate("assessment cycle", "2026-01"));
    }

    // ------------------------------------------------------------ §3.3.1: evaluating

    @Test
    void theEvaluatorsRoleFollowsFromWhoTheyAreSuperiorSelfOrPeer() {
        assertThat(decided(evaluate(MANAGER, "staff", List.of())).events()).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("role", "SUPERIOR"));
        assertThat(decided(evaluate(STAFF, "staff", List.of())).events()).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("role", "SELF"));
        var peer = decided(evaluate(COLLEAGUE, "staff", List.of()));
        assertThat(peer.events()).singleElement().satisfies(e -> {
            assertThat(e.type()).isEqualTo("EvaluationSubmitted");
            assertThat(e.attributes()).containsOnlyKeys("cycleId", "employeeId", "role")
                    .containsEntry("role", "PEER").containsEntry("employeeId", "staff");
        });
        assertThat(peer.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .isEqualTo("PEER evaluation of staff in cycle 2026-01"));
    }

    @Test
    void anEvaluatorWhoIsNeitherSelfNorSuperiorNorAColleagueIsRefusedCitingClause331() {
        var hr = AssessmentCases.actor("hr", Set.of(Role.HR), "hq");
        for (var refused : List.of(evaluate(STAFF, "manager", List.of()), evaluate(hr, "staff", List.of()),
                evaluate(PM, "staff", List.of()))) {
            assertThat(refusal(refused)).isInstanceOfSatisfying(Refusal.Policy.class, r -> {
                assertThat(r.clause()).isEqualTo("§3.3.1");
                assertThat(r.rule()).isEqualTo("assessment.evaluation.evaluator");
                assertThat(r.field()).contains("employeeId");
            });
        }
    }

    @Test
    void whoIsAPeerIsJudgedByTheVersionThatGradesTheCycle() {
        // From 20 January peers may come from anywhere in the company: HR may then evaluate staff.
        var companyPeers = AssessmentCases.standardThen("company-peers", Instant.parse("2026-01-20T00:00:00Z"),
                Map.of("assessment.peers.scope", "COMPANY"));
        var hr = AssessmentCases.actor("hr", Set.of(Role.HR), "hq");
        assertThat(evaluateIn(january, companyPeers, hr, "staff", List.of())).isInstanceOf(Outcome.Decided.class);
        var december = AssessmentCases.cycle("2025-12", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                "service");
        assertThat(refusal(evaluateIn(december, companyPeers, hr, "staff", List.of())))
                .isInstanceOf(Refusal.Policy.class);
    }

    @Test
    void onlyTheEmployeesTheCycleAssessesAreEvaluated() {
        assertThat(refusal(evaluate(STAFF, "pm", List.of()))).isInstanceOfSatisfying(Refusal.Policy.class, r -> {
            assertThat(r.rule()).isEqualTo("assessment.evaluation.participant");
            assertThat(r.field()).contains("employeeId");
        });
        assertThat(refusal(evaluate(STAFF, "ghost", List.of())))
                .isEqualTo(Refusal.invalid("employeeId", "no such employee: ghost"));
    }

    @Test
    void nobodyEvaluatesTheSamePersonTwiceInACycleAndThereIsOneSuperiorEvaluation() {
        var byColleague = AssessmentCases.evaluation(january, "colleague", "staff", EvaluatorRole.PEER, 70);
        assertThat(refusal(evaluate(COLLEAGUE, "staff", List.of(byColleague))))
                .isEqualTo(Refusal.duplicate("evaluation", "of staff by colleague in cycle 2026-01"));
        var byFormerSuperior = AssessmentCases.evaluation(january, "pm", "staff", EvaluatorRole.SUPERIOR, 70);
        assertThat(refusal(evaluate(MANAGER, "staff", List.of(byFormerSuperior))))
                .isEqualTo(Refusal.duplicate("superior evaluation", "of staff in cycle 2026-01"));
    }

    @Test
    void aFinalizedCycleTakesNoMoreEvaluations() {
        var finalized = january.finalized(IN_FEBRUARY, EmployeeId.of("hr"));
        assertThat(refusal(evaluateIn(finalized, AssessmentCases.standardOnly(), COLLEAGUE, "staff", List.of())))
                .isEqualTo(Refusal.transition("assessment cycle", "2026-01", CycleStatus.FINALIZED, "evaluate in"));
    }

    @Test
    void onlyEmployeesOfTheCompanyEvaluate() {
        var outsider = new Actor(EmployeeId.of("outsider"), Set.of(Role.HR), Optional.empty());
        assertThat(refusal(evaluate(outsider, "staff", List.of())))
                .isEqualTo(Refusal.access("only employees of the company evaluate"));
    }

    // ------------------------------------------------------------ §3.3.1: missing evaluations, preview

    @Test
    void eachEmployeeNeedsTheirDirectSuperiorsEvaluationTheMinimumOfPeersAndTheirOwn() {
        var byColleague = AssessmentCases.evaluation(january, "colleague", "staff", EvaluatorRole.PEER, 80);
        var missing = GradingRules.missing(AssessmentCases.participation(january, AssessmentCases.standardOnly(),
                List.of(byColleague)));
        var staff = EmployeeId.of("staff");
        assertThat(missing).filteredOn(m -> m.employee().equals(staff)).containsExactly(
                MissingEvaluation.superior(staff, new SuperiorEvaluator(EmployeeId.of("manager"), Optional.empty(),
                        List.of(EmployeeId.of("manager")))),
                new MissingEvaluation(staff, EvaluatorRole.PEER, Optional.empty(), 1),
                new MissingEvaluation(staff, EvaluatorRole.SELF, Optional.of(staff), 1));
        assertThat(missing).filteredOn(m -> m.employee().value().equals("manager"))
                .extracting(MissingEvaluation::role).containsExactly(EvaluatorRole.PEER, EvaluatorRole.SELF);
    }

    @Test
    void theMinimumOfPeersIsTheVersionsInForceAtTheCyclesLastInstant() {
        var threePeers = AssessmentCases.standardThen("three-peers", Instant.parse("2026-01-31T00:00:00Z"),
                Map.of("assessment.peers.minimum", "3"));
        var complete = AssessmentCases.everyEvaluation(january, AssessmentCases.everyone(80));
        assertThat(GradingRules.missing(AssessmentCases.participation(january, threePeers, complete)))
                .hasSize(4).allSatisfy(m -> assertThat(m.role()).isEqualTo(EvaluatorRole.PEER));
    }

    @Test
    void thePreviewGradesTheCompleteListsTheRestAndShowsAManagerTheirDepartmentOnly() {
        var evaluations = new ArrayList<>(AssessmentCases.everyEvaluation(january,
                Map.of("manager", 95, "staff", 80, "colleague", 65, "temp", 40)));
        evaluations.removeIf(e -> e.evaluated().value().equals("temp") && e.role() == EvaluatorRole.SELF);
        var facts = AssessmentCases.grading(january, AssessmentCases.standardOnly(), evaluations);

        var preview = GradingRules.preview(MANAGER, facts);

        assertThat(preview.policyVersion()).isEqualTo(StandardPolicy.VERSION);
        assertThat(preview.grades()).extracting(g -> g.result().employee().value() + "=" + g.result().grade())
                .containsExactly("colleague=QUALIFIED", "manager=EXCELLENT", "staff=GOOD");
        assertThat(preview.grades().get(0).reasons()).extracting(Reason::ruleId).startsWith("assessment.fairness");
        assertThat(preview.missing()).singleElement().satisfies(m -> assertThat(m.describe())
                .isEqualTo("temp: the self-evaluation"));
        assertThat(GradingRules.preview(PM, facts).grades()).isEmpty();
        assertThat(GradingRules.preview(PM, facts).missing()).isEmpty();
    }

    @Test
    void participantsAreKnownToHrTheirManagerAndThoseWhoMayEvaluateThem() {
        var roll = new AssessmentFacts.Roll(january, AssessmentCases.workforce(), AssessmentCases.standardOnly());
        assertThat(GradingRules.participantsKnownTo(HR, roll)).extracting(EmployeeId::value)
                .containsExactly("colleague", "manager", "staff", "temp");
        assertThat(GradingRules.participantsKnownTo(STAFF, roll)).extracting(EmployeeId::value)
                .containsExactly("colleague", "staff", "temp");
        assertThat(GradingRules.participantsKnownTo(PM, roll)).extracting(EmployeeId::value)
                .containsExactly("manager");
    }

    // ------------------------------------------------------------ §3.3.1, §3.3.2: finalizing

    @Test
    void aCycleIsFinalizedOnlyAfterItsPeriodWhenEveryFactOfItIsKnown() {
        var facts = new AssessmentFacts.Finalizing.Open(AssessmentCases.grading(january, AssessmentCases.standardOnly(),
                AssessmentCases.everyEvaluation(january, AssessmentCases.everyone(80))), Map.of(), List.of(january));
        assertThat(refusal(FinalizingRule.finalize(facts, AssessmentCases.stamp(HR, Instant.parse("2026-01-31T23:00:00Z")))))
                .isInstanceOfSatisfying(Refusal.Policy.class,
                        r -> assertThat(r.rule()).isEqualTo("assessment.finalize.period"));
    }

    @Test
    void missingEvaluationsBlockFinalizingAndAreEachListed() {
        var byColleague = AssessmentCases.evaluation(january, "colleague", "staff", EvaluatorRole.PEER, 80);
        assertThat(refusal(finalize(AssessmentCases.standardOnly(), List.of(byColleague), Map.of())))
                .isInstanceOfSatisfying(Refusal.Policy.class, r -> {
                    assertThat(r.clause()).isEqualTo("§3.3.1");
                    assertThat(r.rule()).isEqualTo(FinalizingRule.MISSING_EVALUATIONS);
                    assertThat(r.message()).contains("14 evaluation(s) missing")
                            .contains("staff: the evaluation by the direct superior manager")
                            .contains("staff: 1 more peer evaluation(s)").contains("manager: 2 more peer evaluation(s)");
                });
    }

    @Test
    void finalizingStoresEachGradeWithADecisionThatExplainsItAndLocksTheCycle() {
        var outcome = decided(finalize(AssessmentCases.standardOnly(), AssessmentCases.everyEvaluation(january,
                Map.of("manager", 95, "staff", 80, "colleague", 65, "temp", 40)), Map.of()));
        assertThat(outcome.decisions()).extracting(d -> d.subject().value() + "=" + d.outcome())
                .containsExactly("colleague=QUALIFIED", "manager=EXCELLENT", "staff=GOOD", "temp=UNQUALIFIED");
        assertThat(outcome.decisions()).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(AssessmentService.GRADE);
            assertThat(d.factAt()).isEqualTo(january.lastInstant());
            assertThat(d.decidedAt()).isEqualTo(IN_FEBRUARY);
            assertThat(d.reasons()).extracting(Reason::ruleId).startsWith("assessment.fairness")
                    .contains("assessment.total", "assessment.band");
        });
        // One change writes every grade (a store batches them), one locks the cycle.
        assertThat(outcome.changes()).hasSize(2);
        assertThat(outcome.events()).extracting(DomainEvent::type).containsExactly("GradeAssigned", "GradeAssigned",
                "GradeAssigned", "GradeAssigned", "AssessmentCycleFinalized");
        assertThat(outcome.events().get(2).attributes()).containsEntry("grade", "GOOD").containsEntry("total", "80.00")
                .containsEntry("decisionId", outcome.decisions().get(2).id().value());
        assertThat(outcome.events().get(4).attributes()).containsEntry("grades", "4");
        assertThat(outcome.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .isEqualTo("4 grade(s) under policy version standard"));
    }

    @Test
    void aCycleIsGradedByTheVersionInForceAtItsLastInstantNotByTheOneInForceWhenItIsFinalized() {
        // From the given instant GOOD needs 85: staff's 80 is then QUALIFIED.
        var everyone = AssessmentCases.everyEvaluation(january, AssessmentCases.everyone(80));
        var fromFebruary = AssessmentCases.standardThen("stricter", Instant.parse("2026-02-01T00:00:00Z"),
                Map.of("assessment.band.GOOD.fromScore", "85"));
        var fromLastDay = AssessmentCases.standardThen("stricter", Instant.parse("2026-01-31T00:00:00Z"),
                Map.of("assessment.band.GOOD.fromScore", "85"));

        // Finalized on 2 February, when the stricter version is in force; January ended under the standard one.
        assertThat(decided(finalize(fromFebruary, everyone, Map.of())).decisions()).allSatisfy(d -> {
            assertThat(d.policyVersion()).isEqualTo(StandardPolicy.VERSION);
            assertThat(d.outcome()).isEqualTo("GOOD");
        });
        assertThat(decided(finalize(fromLastDay, everyone, Map.of())).decisions()).allSatisfy(d -> {
            assertThat(d.policyVersion()).isEqualTo("stricter");
            assertThat(d.outcome()).isEqualTo("QUALIFIED");
        });
    }

    @Test
    void aPartBeforeTheLastStoresItsGradesButLeavesTheCycleOpenAndTheLastCountsEveryPartsGrades() {
        var everyone = AssessmentCases.everyEvaluation(january, AssessmentCases.everyone(80));
        var grading = AssessmentCases.grading(january, AssessmentCases.standardOnly(), everyone);

        var first = decided(FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(grading, Map.of(),
                List.of(january), new AssessmentFacts.Progress(0, List.of(), false)), AssessmentCases.stamp(HR,
                IN_FEBRUARY)));
        var last = decided(FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(grading, Map.of(),
                List.of(january), new AssessmentFacts.Progress(10, List.of(), true)), AssessmentCases.stamp(HR,
                IN_FEBRUARY)));

        assertThat(first.decisions()).hasSize(4);
        assertThat(first.changes()).hasSize(1);
        assertThat(first.events()).extracting(DomainEvent::type).containsOnly("GradeAssigned");
        assertThat(first.audit()).isEmpty();
        assertThat(first.answer().apply(null).cycle().cycle().status()).isEqualTo(CycleStatus.OPEN);
        assertThat(last.events()).last().satisfies(e -> assertThat(e.attributes()).containsEntry("grades", "14"));
        assertThat(last.audit()).singleElement().satisfies(a -> assertThat(a.detail())
                .isEqualTo("14 grade(s) under policy version standard"));
    }

    @Test
    void onceAPartMissesEvaluationsTheLaterPartsStoreNothingAndTheLastRefusesListingEveryPartsMissing() {
        var byColleague = AssessmentCases.evaluation(january, "colleague", "staff", EvaluatorRole.PEER, 80);
        var incomplete = AssessmentCases.grading(january, AssessmentCases.standardOnly(), List.of(byColleague));
        var complete = AssessmentCases.grading(january, AssessmentCases.standardOnly(),
                AssessmentCases.everyEvaluation(january, AssessmentCases.everyone(80)));

        var first = decided(FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(incomplete, Map.of(),
                List.of(january), new AssessmentFacts.Progress(0, List.of(), false)), AssessmentCases.stamp(HR,
                IN_FEBRUARY)));
        var missing = first.answer().apply(null).missing();
        var afterIt = decided(FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(complete, Map.of(),
                List.of(january), new AssessmentFacts.Progress(0, missing, false)), AssessmentCases.stamp(HR,
                IN_FEBRUARY)));
        var last = FinalizingRule.finalize(new AssessmentFacts.Finalizing.Open(complete, Map.of(), List.of(january),
                new AssessmentFacts.Progress(0, missing, true)), AssessmentCases.stamp(HR, IN_FEBRUARY));

        assertThat(missing).isNotEmpty();
        for (var stored : List.of(first, afterIt)) {
            assertThat(stored.decisions()).isEmpty();
            assertThat(stored.changes()).isEmpty();
            assertThat(stored.events()).isEmpty();
        }
        assertThat(afterIt.answer().apply(null).missing()).isEqualTo(missing);
        assertThat(refusal(last)).isInstanceOfSatisfying(Refusal.Policy.class, r -> {
            assertThat(r.rule()).isEqualTo(FinalizingRule.MISSING_EVALUATIONS);
            assertThat(r.message()).contains("14 evaluation(s) missing")
                    .contains("staff: the evaluation by the direct superior manager");
        });
    }

    @Test
    void aGradeIsAnAchievementAndExcellentTwiceInARowIsAnotherCitingClause332() {
        var december = AssessmentCases.cycle("2025-12", LocalDate.of(2025, 12, 1), LocalDate.of(2025, 12, 31),
                "service");
        var open = new AssessmentFacts.Finalizing.Open(AssessmentCases.grading(january, AssessmentCases.standardOnly(),
                List.of()), Map.of(EmployeeId.of("staff"), List.of(AssessmentCases.grade(december, "staff",
                Grade.EXCELLENT))), List.of(december, january));

        var excellent = FinalizingRule.achievements(january, AssessmentCases.grade(january, "staff", Grade.EXCELLENT),
                open);
        var good = FinalizingRule.achievements(january, AssessmentCases.grade(january, "staff", Grade.GOOD), open);

        assertThat(excellent).extracting(a -> a.trigger()).containsExactly(RewardTrigger.grade(Grade.EXCELLENT),
                RewardTrigger.EXCELLENT_IN_CONSECUTIVE_CYCLES);
        assertThat(excellent).allSatisfy(a -> {
            assertThat(a.occurredAt()).isEqualTo(StoredPrecision.truncate(january.lastInstant()));
            assertThat(a.source()).isEqualTo("cycle:2026-01");
            assertThat(a.because().clause()).isEqualTo("§3.3.2");
        });
        assertThat(excellent.get(1).because().message())
                .isEqualTo("graded EXCELLENT in two consecutive assessments: 2025-12 and 2026-01");
        assertThat(good).extracting(a -> a.trigger()).containsExactly(RewardTrigger.grade(Grade.GOOD));
    }

    @Test
    void finalizingAFinalizedCycleChangesNothingAndAnswersItsStoredGrades() {
        var finalized = january.finalized(IN_FEBRUARY, EmployeeId.of("hr"));
        var stored = List.of(AssessmentCases.grade(finalized, "staff", Grade.GOOD));
        var outcome = decided(FinalizingRule.finalize(new AssessmentFacts.Finalizing.Finalized(finalized, stored),
                AssessmentCases.stamp(HR, IN_FEBRUARY.plusSeconds(3600))));
        assertThat(outcome.changes()).isEmpty();
        assertThat(outcome.decisions()).isEmpty();
        assertThat(outcome.events()).isEmpty();
        assertThat(outcome.audit()).isEmpty();
        assertThat(outcome.answer().apply(null)).isEqualTo(new FinalizingRule.Finalized(
                new FinalizedCycle(finalized, stored), List.of()));
    }
}
