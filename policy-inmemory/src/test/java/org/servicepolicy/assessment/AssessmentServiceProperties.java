package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.assertj.core.groups.Tuple;
import org.instancio.Instancio;
import org.instancio.Select;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicepolicy.fixtures.Assessments;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.EmployeeId;

/** Invariants of finalizing generated cycles of the service department (§3.3.1, §1.3.3). */
@ExtendWith(InstancioExtension.class)
class AssessmentServiceProperties {
    /** One evaluation to submit: evaluator, evaluated and the three scores. */
    record Submission(String evaluator, String evaluated, ComponentScores scores) {
    }

    private static List<Submission> generatedSubmissions() {
        var submissions = new ArrayList<Submission>();
        for (var evaluated : Assessments.SERVICE) {
            var evaluators = new ArrayList<String>();
            evaluators.add(evaluated);
            if (!evaluated.equals("manager")) {
                evaluators.add("manager");
            }
            evaluators.addAll(Assessments.PEERS.get(evaluated));
            for (var evaluator : evaluators) {
                submissions.add(new Submission(evaluator, evaluated, Instancio.of(ComponentScores.class)
                        .generate(Select.allInts(), gen -> gen.ints().range(0, 100)).create()));
            }
        }
        return submissions;
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

    @RepeatedTest(40)
    void finalizingTwiceChangesNothing() {
        var company = new Company();
        var first = finalizeWith(company, generatedSubmissions());
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

    @RepeatedTest(40)
    void theOrderOfSubmissionNeverChangesAGrade(@Given long seed) {
        var submissions = generatedSubmissions();
        var shuffled = new ArrayList<>(submissions);
        Collections.shuffle(shuffled, new Random(seed));
        var inOrder = finalizeWith(new Company(), submissions).grades();
        var reordered = finalizeWith(new Company(), shuffled).grades();
        assertThat(reordered).extracting(CycleGrade::employee, CycleGrade::grade, CycleGrade::total,
                        CycleGrade::components, CycleGrade::salaryAdjustment)
                .isEqualTo(inOrder.stream().map(g -> Tuple.tuple(g.employee(), g.grade(),
                        g.total(), g.components(), g.salaryAdjustment())).toList());
    }

    @RepeatedTest(40)
    void theStoredGradeIsTheGradePreviewed() {
        var company = new Company();
        var assessments = new Assessments(company);
        var cycle = assessments.openJanuary();
        for (var s : generatedSubmissions()) {
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
