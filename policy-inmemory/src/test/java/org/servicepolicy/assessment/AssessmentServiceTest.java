package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.servicepolicy.ServicePolicy;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.fixtures.IncompletePorts;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.ReportCompletion;
import org.servicepolicy.tasks.ReviewCompletion;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.SelfCheck;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.people.NewEmployee;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardKind;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.rewards.RewardStatus;
import org.servicepolicy.rewards.RewardStore;
import org.servicepolicy.suggestions.SuggestionStore;
import org.servicepolicy.tasks.TaskStore;

class AssessmentServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final Company company = new Company();
    private final Assessments assessments = new Assessments(company);
    private final AssessmentService assessment = company.policy.assessment();

    private static Map<String, Integer> everyone(int score) {
        return Map.of("manager", score, "staff", score, "colleague", score, "temp", score);
    }

    private List<PublishedEvent> events() {
        return company.stores.eventLog().after(0, 100_000);
    }

    // ---------------------------------------------------------------- opening

    @Test
    void onlyHrOpensACycle() {
        assertThatThrownBy(() -> assessment.open(company.actor("manager"), new OpenCycle(null, "2026-01",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of("service"))))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(assessment.cycles(company.actor("hr"))).isEmpty();
    }

    @Test
    void openingListsEveryProblemAtOnce() {
        assertThatThrownBy(() -> assessment.open(company.actor("hr"), new OpenCycle("bad id!", " ",
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1), List.of("service", "service", "no good"))))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("name", "id", "to", "departmentIds", "departmentIds"));
    }

    @Test
    void anUnknownDepartmentIsRefused() {
        assertThatThrownBy(() -> assessment.open(company.actor("hr"), new OpenCycle(null, "2026-01",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 1, 31), List.of("nowhere"))))
                .isInstanceOfSatisfying(InvalidInputException.class,
                        e -> assertThat(e.getMessage()).contains("nowhere"));
    }

    @Test
    void aCycleCoversItsScopeOverItsPeriodAndRecordsTheOpening() {
        var cycle = assessments.openJanuary();
        assertThat(cycle.status()).isEqualTo(CycleStatus.OPEN);
        assertThat(cycle.scope().departments()).extracting(d -> d.value()).containsExactly("service");
        assertThat(cycle.startsAt()).hasToString("2026-01-01T00:00:00Z");
        assertThat(cycle.closesAt()).hasToString("2026-02-01T00:00:00Z");
        assertThat(cycle.version()).isEqualTo(1);
        assertThat(assessment.participants(company.actor("hr"), cycle.id())).extracting(EmployeeId::value)
                .containsExactly("colleague", "manager", "staff", "temp");
        assertThat(events()).extracting(PublishedEvent::type).contains("AssessmentCycleOpened");
        assertThat(company.stores.auditTrail().about("assessment-cycle", cycle.id().value())).hasSize(1);
    }

    @Test
    void cyclesWhoseScopesOverlapMayNotShareADay() {
        assessments.openJanuary();
        var hr = company.actor("hr");
        assertThatThrownBy(() -> assessment.open(hr, new OpenCycle(null, "company", LocalDate.of(2026, 1, 31),
                LocalDate.of(2026, 3, 31), null)))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.3.1");
                    assertThat(e.ruleId()).isEqualTo("assessment.cycle.overlap");
                });
        assertThatThrownBy(() -> assessment.open(hr, new OpenCycle(null, "both", LocalDate.of(2026, 1, 15),
                LocalDate.of(2026, 2, 15), List.of("projects", "service"))))
                .isInstanceOf(PolicyRefusalException.class);
        assertThat(assessment.open(hr, new OpenCycle(null, "projects", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 1, 31), List.of("projects"))).scope().wholeCompany()).isFalse();
        assertThat(assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28)).name())
                .isEqualTo("2026-02");
    }

    @Test
    void aCycleIdIsTakenOnce() {
        var hr = company.actor("hr");
        assessment.open(hr, new OpenCycle("q1", "Q1", LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31),
                List.of("service")));
        assertThatThrownBy(() -> assessment.open(hr, new OpenCycle("q1", "Q1 again", LocalDate.of(2027, 1, 1),
                LocalDate.of(2027, 3, 31), List.of("projects"))))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
    }

    // ---------------------------------------------------------------- evaluating

    @Test
    void anEvaluatorWhoIsNeitherSelfNorSuperiorNorAColleagueIsRefusedCitingClause331() {
        var cycle = assessments.openJanuary();
        for (var outsider : List.of(new String[] {"staff", "manager"}, new String[] {"hr", "staff"},
                new String[] {"pm", "staff"})) {
            assertThatThrownBy(() -> assessments.evaluate(cycle, outsider[0], outsider[1], 0, 0, 0))
                    .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                        assertThat(e.clause()).contains("§3.3.1");
                        assertThat(e.ruleId()).isEqualTo("assessment.evaluation.evaluator");
                        assertThat(e.field()).contains("employeeId");
                    });
        }
        assertThat(assessment.evaluations(company.actor("hr"), cycle.id(), EmployeeId.of("manager"))).isEmpty();
        assertThat(assessment.evaluations(company.actor("hr"), cycle.id(), STAFF)).isEmpty();
    }

    @Test
    void participantsAreListedAsFarAsTheActorMayKnowThem() {
        var cycle = assessments.openJanuary();
        assertThat(assessment.participants(company.actor("staff"), cycle.id())).extracting(EmployeeId::value)
                .containsExactly("colleague", "staff", "temp");
        assertThat(assessment.participants(company.actor("manager"), cycle.id())).extracting(EmployeeId::value)
                .containsExactly("colleague", "manager", "staff", "temp");
        assertThat(assessment.participants(company.actor("inspector"), cycle.id())).extracting(EmployeeId::value)
                .containsExactly("manager");
        assertThat(assessment.participants(company.actor("hr2"), cycle.id())).hasSize(4);
        assertThat(assessment.participants(company.actor("pm"), cycle.id())).extracting(EmployeeId::value)
                .containsExactly("manager");
    }

    @Test
    void theEvaluatorsRoleFollowsFromWhoTheyAre() {
        var cycle = assessments.openJanuary();
        assertThat(assessments.evaluate(cycle, "manager", "staff", 80, 80, 80).role()).isEqualTo(EvaluatorRole.SUPERIOR);
        assertThat(assessments.evaluate(cycle, "staff", "staff", 80, 80, 80).role()).isEqualTo(EvaluatorRole.SELF);
        assertThat(assessments.evaluate(cycle, "colleague", "staff", 80, 80, 80).role()).isEqualTo(EvaluatorRole.PEER);
        assertThat(assessments.evaluate(cycle, "pm", "manager", 80, 80, 80).role()).isEqualTo(EvaluatorRole.PEER);
        assertThat(events()).filteredOn(e -> e.type().equals("EvaluationSubmitted"))
                .allSatisfy(e -> assertThat(e.attributes()).doesNotContainKey("evaluatorId"));
    }

    @Test
    void nobodyEvaluatesTheSamePersonTwiceInACycle() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "colleague", "staff", 80, 80, 80);
        assertThatThrownBy(() -> assessments.evaluate(cycle, "colleague", "staff", 90, 90, 90))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
        assertThat(company.stores.evaluations().of(cycle.id(), STAFF)).hasSize(1);
    }

    @Test
    void onlyAssessedEmployeesAreEvaluated() {
        var cycle = assessments.openJanuary();
        assertThatThrownBy(() -> assessments.evaluate(cycle, "staff", "pm", 80, 80, 80))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.ruleId()).isEqualTo("assessment.evaluation.participant");
                    assertThat(e.field()).contains("employeeId");
                });
    }

    @Test
    void anOnboardingEmployeeIsNotAssessed() {
        company.policy.people().hire(company.actor("hr"), new NewEmployee("newcomer", "newcomer",
                EmployeeCategory.STAFF, "manager", "service", 1, LocalDate.of(2026, 1, 2), EmploymentStatus.ONBOARDING,
                null, null));
        var cycle = assessments.openJanuary();
        assertThat(assessment.participants(company.actor("hr"), cycle.id())).doesNotContain(EmployeeId.of("newcomer"));
    }

    @Test
    void anUnknownCycleOrEmployeeIsReported() {
        var cycle = assessments.openJanuary();
        assertThatThrownBy(() -> assessment.cycle(company.actor("staff"), AssessmentCycleId.of("nope")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessment.finalizeCycle(company.actor("hr"), AssessmentCycleId.of("nope")))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessments.evaluate(cycle, "staff", "ghost", 50, 50, 50))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("employeeId"));
    }

    @Test
    void onlyEmployeesOfTheCompanyEvaluate() {
        var cycle = assessments.openJanuary();
        var outsider = new Actor(EmployeeId.of("outsider"), Set.of(Role.HR), Optional.empty());
        assertThatThrownBy(() -> assessment.evaluate(outsider, cycle.id(),
                new SubmitEvaluation("staff", 50, 50, 50, "seen from outside")))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theLibraryNeedsTheAssessmentPorts() {
        assertThatThrownBy(() -> ServicePolicy.builder().ports(IncompletePorts.without(company.stores,
                AssessmentCycleStore.class, EvaluationStore.class, CycleGradeStore.class, TaskStore.class,
                RewardStore.class, SuggestionStore.class)).build())
                .isInstanceOf(IllegalStateException.class)
                .hasMessageEndingWith(": assessmentCycles, cycleGrades, evaluations, rewards, suggestions, tasks");
    }

    @Test
    void everyProblemOfAnEvaluationIsListedAtOnce() {
        var cycle = assessments.openJanuary();
        assertThatThrownBy(() -> assessment.evaluate(company.actor("colleague"), cycle.id(),
                new SubmitEvaluation(null, -1, 101, null, " ")))
                .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactlyInAnyOrder("employeeId", "taskAcceptance",
                                "taskExecution", "rulesAndDiscipline", "comment"));
    }

    @Test
    void theEvaluatedEmployeeNeverSeesWhoTheirPeersAre() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "manager", "staff", 80, 80, 80);
        assessments.evaluate(cycle, "colleague", "staff", 70, 70, 70);
        assessments.evaluate(cycle, "temp", "staff", 60, 60, 60);
        assessments.evaluate(cycle, "staff", "staff", 90, 90, 90);
        var own = assessment.evaluations(company.actor("staff"), cycle.id(), STAFF);
        assertThat(own).extracting(EvaluationView::role)
                .containsExactly(EvaluatorRole.SUPERIOR, EvaluatorRole.PEER, EvaluatorRole.PEER, EvaluatorRole.SELF);
        assertThat(own).filteredOn(v -> v.role() == EvaluatorRole.PEER)
                .allSatisfy(v -> assertThat(v.evaluator()).isEmpty());
        assertThat(own.get(0).evaluator()).contains(EmployeeId.of("manager"));
        assertThat(assessment.evaluations(company.actor("manager"), cycle.id(), STAFF))
                .filteredOn(v -> v.role() == EvaluatorRole.PEER).extracting(v -> v.evaluator().orElseThrow().value())
                .containsExactlyInAnyOrder("colleague", "temp");
        assertThat(assessment.evaluations(company.actor("hr"), cycle.id(), STAFF))
                .allSatisfy(v -> assertThat(v.evaluator()).isPresent());
        assertThatThrownBy(() -> assessment.evaluations(company.actor("colleague"), cycle.id(), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessment.evaluations(company.actor("pm"), cycle.id(), STAFF))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void aManagerDoesNotSeeWhoTheirPeersAreEither() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "pm", "manager", 80, 80, 80);
        assertThat(assessment.evaluations(company.actor("manager"), cycle.id(), EmployeeId.of("manager")))
                .singleElement().satisfies(v -> assertThat(v.evaluator()).isEmpty());
    }

    // ---------------------------------------------------------------- missing and preview

    @Test
    void missingListsEveryEvaluationStillNeeded() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "colleague", "staff", 80, 80, 80);
        var missing = assessment.missing(company.actor("hr"), cycle.id());
        assertThat(missing).filteredOn(m -> m.employee().equals(STAFF)).containsExactly(
                MissingEvaluation.superior(STAFF, new SuperiorEvaluator(EmployeeId.of("manager"), Optional.empty(),
                        List.of(EmployeeId.of("manager")))),
                new MissingEvaluation(STAFF, EvaluatorRole.PEER, Optional.empty(), 1),
                new MissingEvaluation(STAFF, EvaluatorRole.SELF, Optional.of(STAFF), 1));
        assertThat(missing).filteredOn(m -> m.employee().value().equals("manager"))
                .extracting(MissingEvaluation::role).containsExactly(EvaluatorRole.PEER, EvaluatorRole.SELF);
        assertThat(assessment.missing(company.actor("manager"), cycle.id())).isEqualTo(missing);
        assertThat(assessment.missing(company.actor("pm"), cycle.id())).isEmpty();
        assertThatThrownBy(() -> assessment.missing(company.actor("staff"), cycle.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreviewGradesACompleteCycleWithoutStoringAnything() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, Map.of("manager", 95, "staff", 80, "colleague", 65, "temp", 40));
        var preview = assessment.preview(company.actor("hr"), cycle.id());
        assertThat(preview.missing()).isEmpty();
        assertThat(preview.policyVersion()).isEqualTo("standard");
        assertThat(preview.grades()).extracting(g -> g.result().employee().value() + "=" + g.result().grade())
                .containsExactly("colleague=QUALIFIED", "manager=EXCELLENT", "staff=GOOD", "temp=UNQUALIFIED");
        assertThat(preview.grades().get(0).reasons()).extracting(Reason::ruleId).startsWith("assessment.fairness");
        assertThat(company.stores.cycleGrades().inCycle(cycle.id())).isEmpty();
        assertThat(company.stores.decisions().about(STAFF)).isEmpty();
        assertThat(company.stores.rewards().all()).isEmpty();
        assertThat(assessment.preview(company.actor("pm"), cycle.id()).grades()).isEmpty();
        assertThatThrownBy(() -> assessment.preview(company.actor("staff"), cycle.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void thePreviewOfAnIncompleteCycleGradesOnlyTheCompleteAndListsTheRest() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "manager", "staff", 80, 80, 80);
        assessments.evaluate(cycle, "colleague", "staff", 80, 80, 80);
        assessments.evaluate(cycle, "temp", "staff", 80, 80, 80);
        assessments.evaluate(cycle, "staff", "staff", 80, 80, 80);
        var preview = assessment.preview(company.actor("hr"), cycle.id());
        assertThat(preview.grades()).extracting(g -> g.result().employee()).containsExactly(STAFF);
        assertThat(preview.missing()).extracting(m -> m.employee().value()).doesNotContain("staff")
                .contains("manager", "colleague", "temp");
    }

    // ---------------------------------------------------------------- finalizing

    @Test
    void onlyHrFinalizes() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, everyone(80));
        assessments.after(cycle);
        assertThatThrownBy(() -> assessment.finalizeCycle(company.actor("manager"), cycle.id()))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aCycleIsFinalizedOnlyAfterItsPeriod() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, everyone(80));
        assertThatThrownBy(() -> assessment.finalizeCycle(company.actor("hr"), cycle.id()))
                .isInstanceOfSatisfying(PolicyRefusalException.class,
                        e -> assertThat(e.ruleId()).isEqualTo("assessment.finalize.period"));
    }

    @Test
    void missingEvaluationsBlockFinalizingAndAreEachListed() {
        var cycle = assessments.openJanuary();
        assessments.evaluate(cycle, "colleague", "staff", 80, 80, 80);
        assessments.after(cycle);
        assertThatThrownBy(() -> assessment.finalizeCycle(company.actor("hr"), cycle.id()))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.3.1");
                    assertThat(e.ruleId()).isEqualTo("assessment.finalize.missing-evaluations");
                    assertThat(e.getMessage()).contains("staff: the evaluation by the direct superior manager")
                            .contains("staff: 1 more peer evaluation(s)").contains("staff: the self-evaluation")
                            .contains("manager: 2 more peer evaluation(s)").contains("temp: the self-evaluation")
                            .contains("14 evaluation(s) missing");
                });
        assertThat(assessment.cycle(company.actor("hr"), cycle.id()).status()).isEqualTo(CycleStatus.OPEN);
        assertThat(company.stores.cycleGrades().inCycle(cycle.id())).isEmpty();
    }

    @Test
    void finalizingStoresEachGradeWithADecisionThatExplainsIt() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, Map.of("manager", 95, "staff", 80, "colleague", 65, "temp", 40));
        assessments.after(cycle);
        var finalized = assessment.finalizeCycle(company.actor("hr"), cycle.id());
        assertThat(finalized.cycle().status()).isEqualTo(CycleStatus.FINALIZED);
        assertThat(finalized.cycle().finalizedBy()).contains(EmployeeId.of("hr"));
        assertThat(finalized.grades()).extracting(g -> g.employee().value() + "=" + g.grade())
                .containsExactly("colleague=QUALIFIED", "manager=EXCELLENT", "staff=GOOD", "temp=UNQUALIFIED");
        var staff = finalized.grades().get(2);
        assertThat(staff.total()).isEqualByComparingTo("80");
        assertThat(staff.salaryAdjustment()).isEqualByComparingTo("0.05");
        assertThat(staff.policyVersion()).isEqualTo("standard");
        var decision = company.policy.decisions().decision(company.actor("staff"), staff.decision());
        assertThat(decision.kind()).isEqualTo(AssessmentService.GRADE);
        assertThat(decision.outcome()).isEqualTo("GOOD");
        assertThat(decision.policyVersion()).isEqualTo("standard");
        assertThat(decision.factAt()).isEqualTo(cycle.lastInstant());
        assertThat(decision.reasons()).extracting(Reason::clause).contains("§1.3.3", "§3.3.1");
        assertThat(decision.reasons()).extracting(Reason::ruleId).contains("assessment.fairness",
                "assessment.evaluations.superior", "assessment.evaluations.peer", "assessment.evaluations.self",
                "assessment.total", "assessment.band", "assessment.salary-adjustment");
        assertThat(decision.reasons()).allSatisfy(r -> assertThat(r.facts().values())
                .doesNotContain("colleague", "temp"));
        assertThat(events()).filteredOn(e -> e.type().equals("GradeAssigned")).hasSize(4);
        assertThat(events()).extracting(PublishedEvent::type).contains("AssessmentCycleFinalized");
    }

    @Test
    void finalizingTwiceChangesNothing() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, everyone(95));
        assessments.after(cycle);
        var first = assessment.finalizeCycle(company.actor("hr"), cycle.id());
        var events = events().size();
        var decisions = company.stores.decisions().about(STAFF);
        var second = assessment.finalizeCycle(company.actor("hr2"), cycle.id());
        assertThat(second).isEqualTo(first);
        assertThat(events()).hasSize(events);
        assertThat(company.stores.decisions().about(STAFF)).isEqualTo(decisions);
        assertThat(company.stores.rewards().of(STAFF)).hasSize(1);
    }

    @Test
    void aFinalizedCycleTakesNoMoreEvaluations() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, everyone(80));
        assessments.after(cycle);
        assessment.finalizeCycle(company.actor("hr"), cycle.id());
        assertThatThrownBy(() -> assessments.evaluate(cycle, "pm", "staff", 10, 10, 10))
                .isInstanceOfSatisfying(ConflictException.class,
                        e -> assertThat(e.reason()).isEqualTo("illegal-transition"));
    }

    @Test
    void theFactsOfThePeriodAreDeducted() {
        var cycle = assessments.openJanuary();
        var late = company.late("staff", 10);
        var tasks = company.policy.tasks();
        var task = tasks.assign(company.actor("manager"), new NewTask("staff", "Quarterly report", "Summarise Q4",
                List.of("every branch covered"), "reviewed by finance", Assessments.january(10), List.of(), List.of(),
                null));
        tasks.accept(company.actor("staff"), task.id());
        company.clock.set(Assessments.january(20));
        tasks.reportCompletion(company.actor("staff"), task.id(), new ReportCompletion("done",
                List.of(new SelfCheck(1, true, "all twelve branches"))));
        company.clock.set(Assessments.january(31).plusSeconds(86_400));
        tasks.review(company.actor("manager"), task.id(), new ReviewCompletion(ReviewOutcome.RETURNED, null,
                "two branches are missing"));
        assessments.evaluateEveryone(cycle, everyone(80));
        assessments.after(cycle);
        var staff = assessment.finalizeCycle(company.actor("hr"), cycle.id()).grades().stream()
                .filter(g -> g.employee().equals(STAFF)).findFirst().orElseThrow();
        assertThat(staff.components().taskExecution()).isEqualByComparingTo("75");
        assertThat(staff.components().rulesAndDiscipline()).isEqualByComparingTo("78");
        var reasons = company.stores.decisions().find(staff.decision()).orElseThrow().reasons();
        assertThat(reasons).filteredOn(r -> r.ruleId().startsWith("assessment.deduction"))
                .extracting(r -> r.facts().get("factId"))
                .containsExactly(task.id().value(), late.violation().id().value());
    }

    @Test
    void aSeriousViolationInThePeriodCapsTheGradeAtQualified() {
        var cycle = assessments.openJanuary();
        company.companyRule("staff", Severity.SERIOUS);
        assessments.evaluateEveryone(cycle, everyone(100));
        assessments.after(cycle);
        var staff = assessment.finalizeCycle(company.actor("hr"), cycle.id()).grades().stream()
                .filter(g -> g.employee().equals(STAFF)).findFirst().orElseThrow();
        assertThat(staff.total()).isEqualByComparingTo("97");
        assertThat(staff.grade()).isEqualTo(Grade.QUALIFIED);
        assertThat(company.stores.decisions().find(staff.decision()).orElseThrow().reasons())
                .extracting(Reason::ruleId).contains("assessment.cap.violation");
    }

    @Test
    void aDemotionIssuedInThePeriodCapsTheGradeAtQualified() {
        var cycle = assessments.openJanuary();
        company.companyRule("staff", Severity.MODERATE);
        company.companyRule("staff", Severity.MODERATE);
        var third = company.companyRule("staff", Severity.MODERATE);
        company.policy.discipline().issue(company.actor("hr"), third.penalty().orElseThrow().id());
        assessments.evaluateEveryone(cycle, everyone(100));
        assessments.after(cycle);
        var staff = assessment.finalizeCycle(company.actor("hr"), cycle.id()).grades().stream()
                .filter(g -> g.employee().equals(STAFF)).findFirst().orElseThrow();
        assertThat(staff.total()).isEqualByComparingTo("95.5");
        assertThat(staff.grade()).isEqualTo(Grade.QUALIFIED);
    }

    @Test
    void anExcellentGradeProposesACertificateABonusAndACommendation() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, Map.of("manager", 80, "staff", 95, "colleague", 80, "temp", 80));
        assessments.after(cycle);
        assessment.finalizeCycle(company.actor("hr"), cycle.id());
        assertThat(company.stores.rewards().all()).singleElement().satisfies(reward -> {
            assertThat(reward.employee()).isEqualTo(STAFF);
            assertThat(reward.status()).isEqualTo(RewardStatus.PROPOSED);
            assertThat(reward.kinds()).containsExactly(RewardKind.HONOUR_CERTIFICATE, RewardKind.BONUS,
                    RewardKind.PUBLIC_COMMENDATION);
            assertThat(reward.bonus().orElseThrow().amount()).isEqualByComparingTo(new BigDecimal("2000"));
            assertThat(reward.citation()).contains("EXCELLENT").contains("2026-01");
            assertThat(company.stores.decisions().find(reward.decisionId()).orElseThrow().reasons())
                    .extracting(Reason::clause).containsOnly("§3.3.2");
        });
    }

    @Test
    void excellentInTwoConsecutiveCyclesProposesAPromotionOpportunity() {
        var january = assessments.openJanuary();
        assessments.evaluateEveryone(january, everyone(95));
        assessments.after(january);
        assessment.finalizeCycle(company.actor("hr"), january.id());
        var february = assessments.open("2026-02", LocalDate.of(2026, 2, 1), LocalDate.of(2026, 2, 28));
        assessments.evaluateEveryone(february, everyone(95));
        assessments.after(february);
        assessment.finalizeCycle(company.actor("hr"), february.id());
        assertThat(company.stores.rewards().of(STAFF)).extracting(r -> r.ruleId())
                .containsExactly("excellent-grade", "excellent-grade", "excellent-consecutive");
        assertThat(company.stores.rewards().of(STAFF).get(2).kinds()).containsExactly(RewardKind.PROMOTION_OPPORTUNITY);
    }

    @Test
    void gradesAreSeenByTheEmployeeTheirManagerAndHr() {
        var cycle = assessments.openJanuary();
        assessments.evaluateEveryone(cycle, everyone(80));
        assessments.after(cycle);
        assessment.finalizeCycle(company.actor("hr"), cycle.id());
        assertThat(assessment.grades(company.actor("staff"), STAFF)).hasSize(1);
        assertThat(assessment.grades(company.actor("manager"), STAFF)).hasSize(1);
        assertThat(assessment.grades(company.actor("hr"), STAFF)).hasSize(1);
        assertThatThrownBy(() -> assessment.grades(company.actor("colleague"), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> assessment.grades(company.actor("inspector"), STAFF))
                .isInstanceOf(NotFoundException.class);
        assertThat(assessment.gradesIn(company.actor("manager"), cycle.id())).hasSize(4);
        assertThat(assessment.gradesIn(company.actor("pm"), cycle.id())).isEmpty();
        assertThatThrownBy(() -> assessment.gradesIn(company.actor("staff"), cycle.id()))
                .isInstanceOf(AccessDeniedException.class);
    }
}
