package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.groups.Tuple;
import org.instancio.Instancio;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;

/** Invariants of finalizing generated cycles of the service department (§3.3.1, §1.3.3). */
class AssessmentServiceProperties {
    /** Who evaluates whom in the service department: each member themself, the manager, and their peers. */
    private static final List<List<String>> PAIRS = pairs();

    /** One evaluation to submit: evaluator, evaluated and the three scores. */
    record Submission(String evaluator, String evaluated, ComponentScores scores) {
    }

    /**
     * The scores of every evaluation of a cycle, one per evaluator and evaluated, and each
     * submission's place when they are submitted in another order.
     */
    record Cycle(List<ComponentScores> scores, List<Integer> ranks) {
        List<Submission> submissions() {
            var submissions = new ArrayList<Submission>();
            for (int i = 0; i < PAIRS.size(); i++) {
                submissions.add(new Submission(PAIRS.get(i).get(0), PAIRS.get(i).get(1), scores.get(i)));
            }
            return submissions;
        }

        List<Submission> reordered() {
            var submissions = submissions();
            var order = new ArrayList<Integer>();
            for (int i = 0; i < submissions.size(); i++) {
                order.add(i);
            }
            order.sort(Comparator.comparing(ranks::get));
            return order.stream().map(submissions::get).toList();
        }
    }

    private static List<List<String>> pairs() {
        var pairs = new ArrayList<List<String>>();
        for (var evaluated : Assessments.SERVICE) {
            var evaluators = new ArrayList<String>();
            evaluators.add(evaluated);
            if (!evaluated.equals("manager")) {
                evaluators.add("manager");
            }
            evaluators.addAll(Assessments.PEERS.get(evaluated));
            for (var evaluator : evaluators) {
                pairs.add(List.of(evaluator, evaluated));
            }
        }
        return pairs;
    }

    private static Stream<Cycle> cycles(long seed) {
        return Instancio.ofList(Cycle.class).size(40).withSeed(seed)
                .generate(Select.field(Cycle::scores), gen -> gen.collection().size(PAIRS.size()))
                .generate(Select.field(Cycle::ranks), gen -> gen.collection().size(PAIRS.size()))
                .generate(Select.allInts(), gen -> gen.ints().range(0, 100))
                .create().stream();
    }

    static Stream<Cycle> finalizedCycles() {
        return cycles(20261201L);
    }

    static Stream<Cycle> reorderedCycles() {
        return cycles(20261202L);
    }

    static Stream<Cycle> previewedCycles() {
        return cycles(20261203L);
    }

    private static FinalizedCycle finalizeWith(Company company, List<Submission> submissions) {
        var assessments = new Assessments(company);
        var cycle = assessments.openJanuary();
        for (var s : submissions) {
            assessments.evaluate(cycle, s.evaluator(), s.evaluated(), s.scores().taskAcceptance(),
                    s.scores().taskExecution(), s.scores().rulesAndDiscipline());
        }
        assessments.after(cycle);
        return company.policy.assessment().finalizeCycle(company.actor("hr"), cycle.id());
    }

    @ParameterizedTest
    @MethodSource("finalizedCycles")
    void finalizingTwiceChangesNothing(Cycle generated) {
        var company = new Company();
        var first = finalizeWith(company, generated.submissions());
        var events = company.stores.eventLog().after(0, 100_000);
        var rewards = company.stores.rewards().all();
        var decisions = Assessments.SERVICE.stream().map(id -> company.stores.decisions().about(EmployeeId.of(id)))
                .toList();
        var second = company.policy.assessment().finalizeCycle(company.actor("hr2"), first.cycle().id());
        assertThat(second).isEqualTo(first);
        assertThat(company.stores.eventLog().after(0, 100_000)).isEqualTo(events);
        assertThat(company.stores.rewards().all()).isEqualTo(rewards);
        assertThat(Assessments.SERVICE.stream().map(id -> company.stores.decisions().about(EmployeeId.of(id))).toList())
                .isEqualTo(decisions);
    }

    @ParameterizedTest
    @MethodSource("reorderedCycles")
    void theOrderOfSubmissionNeverChangesAGrade(Cycle generated) {
        var submissions = generated.submissions();
        var shuffled = generated.reordered();
        var inOrder = finalizeWith(new Company(), submissions).grades();
        var reordered = finalizeWith(new Company(), shuffled).grades();
        assertThat(reordered).extracting(CycleGrade::employee, CycleGrade::grade, CycleGrade::total,
                        CycleGrade::components, CycleGrade::salaryAdjustment)
                .isEqualTo(inOrder.stream().map(g -> Tuple.tuple(g.employee(), g.grade(),
                        g.total(), g.components(), g.salaryAdjustment())).toList());
    }

    @ParameterizedTest
    @MethodSource("previewedCycles")
    void theStoredGradeIsTheGradePreviewed(Cycle generated) {
        var company = new Company();
        var assessments = new Assessments(company);
        var cycle = assessments.openJanuary();
        for (var s : generated.submissions()) {
            assessments.evaluate(cycle, s.evaluator(), s.evaluated(), s.scores().taskAcceptance(),
                    s.scores().taskExecution(), s.scores().rulesAndDiscipline());
        }
        assessments.after(cycle);
        var preview = company.policy.assessment().preview(company.actor("hr"), cycle.id());
        var finalized = company.policy.assessment().finalizeCycle(company.actor("hr"), cycle.id());
        assertThat(finalized.grades()).extracting(CycleGrade::grade)
                .isEqualTo(preview.grades().stream().map(g -> g.result().grade()).toList());
        for (var grade : finalized.grades()) {
            var previewed = preview.grades().stream().filter(g -> g.result().employee().equals(grade.employee()))
                    .findFirst().orElseThrow();
            assertThat(company.stores.decisions().find(grade.decision()).orElseThrow().reasons())
                    .isEqualTo(previewed.reasons());
        }
        assertThat(finalized.grades()).hasSize(Assessments.SERVICE.size());
    }
}
