package org.servicepolicy.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.InstancioApi;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.PenaltyId;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.AssessmentComponent;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskFactKind;
import org.servicepolicy.policy.ViolationType;

/** Invariants of the grade (§3.3.1, §1.3.3) over generated evaluations and facts. */
class GradeRuleProperties {
    private static final Instant PERIOD = Instant.parse("2026-10-01T00:00:00Z");
    private static final AssessmentPolicy STANDARD = StandardPolicy.definition().assessment();

    /** A generated employee: their evaluations and the facts of their period. */
    record Draw(boolean hasSuperior, ComponentScores superior, ComponentScores self, List<ComponentScores> peers,
                List<TaskFactKind> taskFacts, List<Severity> violations, boolean demoted) {
    }

    /** A raise of {@code component} in one evaluation by {@code role}; {@code choice} picks the peer and the amount. */
    record Raise(Draw draw, AssessmentComponent component, EvaluatorRole role, int choice) {
    }

    /** One more task fact and one more violation. */
    record Worse(Draw draw, TaskFactKind extraTask, Severity extraViolation) {
    }

    /** An employee and a reordering of their evaluations and facts: element i moves to the place of {@code ranks[i]}. */
    record Reordered(Draw draw, List<Integer> ranks) {
    }

    /** Two employees of a department whose policy caps grades for a SERIOUS violation and for a demotion. */
    record Capped(Draw draw, Draw other, Severity severity, Grade seriousCap, Grade demotionCap) {
    }

    /** {@code count} different {@code type}s, each holding generated employees, the same for the same {@code seed}. */
    private static <T> InstancioApi<List<T>> samples(Class<T> type, long seed, int count) {
        return Instancio.ofList(type).size(count).withSeed(seed)
                .generate(Select.allInts(), gen -> gen.ints().range(0, 100))
                .generate(Select.field(Draw.class, "peers"), gen -> gen.collection().minSize(2).maxSize(18))
                .generate(Select.field(Draw.class, "taskFacts"), gen -> gen.collection().maxSize(12))
                .generate(Select.field(Draw.class, "violations"), gen -> gen.collection().maxSize(4));
    }

    static Stream<Raise> raises() {
        return samples(Raise.class, 3301L, 300).create().stream();
    }

    static Stream<Worse> worseFacts() {
        return samples(Worse.class, 3302L, 300).create().stream();
    }

    static Stream<Reordered> reorderings() {
        return samples(Reordered.class, 3303L, 300)
                .generate(Select.field(Reordered::ranks), gen -> gen.collection().size(24)).create().stream();
    }

    static Stream<Capped> cappedDepartments() {
        return samples(Capped.class, 3304L, 300).create().stream();
    }

    private static <T> List<T> reordered(List<T> list, List<Integer> ranks) {
        var indexes = new ArrayList<Integer>();
        for (int i = 0; i < list.size(); i++) {
            indexes.add(i);
        }
        indexes.sort(Comparator.comparing(ranks::get));
        return indexes.stream().map(list::get).toList();
    }

    private static GradingInput input(Draw draw) {
        return input(draw, "e");
    }

    private static GradingInput input(Draw draw, String employee) {
        var evaluations = new ArrayList<ScoredEvaluation>();
        if (draw.hasSuperior()) {
            evaluations.add(new ScoredEvaluation(EvaluatorRole.SUPERIOR, draw.superior()));
        }
        draw.peers().forEach(p -> evaluations.add(new ScoredEvaluation(EvaluatorRole.PEER, p)));
        evaluations.add(new ScoredEvaluation(EvaluatorRole.SELF, draw.self()));
        var facts = new ArrayList<TaskFact>();
        for (int i = 0; i < draw.taskFacts().size(); i++) {
            facts.add(new TaskFact(draw.taskFacts().get(i), "t-" + i, PERIOD.plusSeconds(3600L * (i % 5))));
        }
        var violations = new ArrayList<PeriodViolation>();
        for (int i = 0; i < draw.violations().size(); i++) {
            violations.add(new PeriodViolation(ViolationId.of("v-" + i), i % 3 == 0
                    ? ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON : ViolationType.NON_WORK_ACTIVITY,
                    draw.violations().get(i), PERIOD.plusSeconds(7200L * (i % 2))));
        }
        var demotions = draw.demoted() ? List.of(new PeriodDemotion(PenaltyId.of("p-1"), PERIOD))
                : List.<PeriodDemotion>of();
        return new GradingInput(EmployeeId.of(employee), DepartmentId.of("d"), evaluations, facts, violations, demotions);
    }

    private static ComponentScores raised(ComponentScores scores, AssessmentComponent component, int by) {
        return new ComponentScores(
                component == AssessmentComponent.TASK_ACCEPTANCE ? Math.min(100, scores.taskAcceptance() + by)
                        : scores.taskAcceptance(),
                component == AssessmentComponent.TASK_EXECUTION ? Math.min(100, scores.taskExecution() + by)
                        : scores.taskExecution(),
                component == AssessmentComponent.RULES_AND_DISCIPLINE ? Math.min(100, scores.rulesAndDiscipline() + by)
                        : scores.rulesAndDiscipline());
    }

    @ParameterizedTest
    @MethodSource("raises")
    void aHigherScoreNeverGivesALowerGrade(Raise raise) {
        var draw = raise.draw();
        var component = raise.component();
        int choice = raise.choice();
        int by = 1 + Math.floorMod(choice, 40);
        var higher = switch (raise.role()) {
            case SUPERIOR -> new Draw(draw.hasSuperior(), raised(draw.superior(), component, by), draw.self(),
                    draw.peers(), draw.taskFacts(), draw.violations(), draw.demoted());
            case SELF -> new Draw(draw.hasSuperior(), draw.superior(), raised(draw.self(), component, by),
                    draw.peers(), draw.taskFacts(), draw.violations(), draw.demoted());
            case PEER -> {
                var peers = new ArrayList<>(draw.peers());
                int which = Math.floorMod(choice, peers.size());
                peers.set(which, raised(peers.get(which), component, by));
                yield new Draw(draw.hasSuperior(), draw.superior(), draw.self(), peers, draw.taskFacts(),
                        draw.violations(), draw.demoted());
            }
        };
        var before = GradeRule.grade(input(draw), STANDARD);
        var after = GradeRule.grade(input(higher), STANDARD);
        assertThat(after.total()).isGreaterThanOrEqualTo(before.total());
        assertThat(after.component(component).score()).isGreaterThanOrEqualTo(before.component(component).score());
        assertThat(after.band()).isGreaterThanOrEqualTo(before.band());
        assertThat(after.grade()).isGreaterThanOrEqualTo(before.grade());
    }

    @ParameterizedTest
    @MethodSource("worseFacts")
    void moreFactsNeverGiveAHigherGrade(Worse worse) {
        var draw = worse.draw();
        var tasks = new ArrayList<>(draw.taskFacts());
        tasks.add(worse.extraTask());
        var violations = new ArrayList<>(draw.violations());
        violations.add(worse.extraViolation());
        var more = new Draw(draw.hasSuperior(), draw.superior(), draw.self(), draw.peers(), tasks, violations,
                draw.demoted());
        var before = GradeRule.grade(input(draw), STANDARD);
        var after = GradeRule.grade(input(more), STANDARD);
        assertThat(after.total()).isLessThanOrEqualTo(before.total());
        assertThat(after.grade()).isLessThanOrEqualTo(before.grade());
    }

    @ParameterizedTest
    @MethodSource("reorderings")
    void evaluatorOrderNeverChangesTheResult(Reordered reordering) {
        var input = input(reordering.draw());
        var evaluations = reordered(input.evaluations(), reordering.ranks());
        var facts = reordered(input.taskFacts(), reordering.ranks());
        var violations = reordered(input.violations(), reordering.ranks());
        var shuffled = new GradingInput(input.employee(), input.department(), evaluations, facts, violations,
                input.demotions());
        var result = GradeRule.grade(input, STANDARD);
        var again = GradeRule.grade(shuffled, STANDARD);
        assertThat(again).isEqualTo(result);
        assertThat(GradeRule.explain(again, STANDARD)).isEqualTo(GradeRule.explain(result, STANDARD));
    }

    @ParameterizedTest
    @MethodSource("cappedDepartments")
    void aCapNeverRaisesAGrade(Capped capped) {
        var severity = capped.severity();
        var seriousCap = capped.seriousCap();
        var demotionCap = capped.demotionCap();
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.cap.demotion", demotionCap.name());
        settings.put("assessment.cap.violation.MINOR", "EXCELLENT");
        settings.put("assessment.cap.violation.MODERATE", "EXCELLENT");
        settings.put("assessment.cap.violation.SERIOUS", seriousCap.name());
        settings.put("assessment.cap.violation.GROSS", "UNQUALIFIED");
        settings.put("assessment.distribution.maxExcellentShare", "0.5");
        var policy = PolicyDefinition.of("caps", Instant.EPOCH, settings).assessment();
        var draw = capped.draw();
        var violations = new ArrayList<>(draw.violations());
        violations.add(severity);
        var result = GradeRule.grade(input(new Draw(draw.hasSuperior(), draw.superior(), draw.self(), draw.peers(),
                draw.taskFacts(), violations, draw.demoted())), policy);
        assertThat(result.grade()).isLessThanOrEqualTo(result.band());
        for (var cap : result.caps()) {
            assertThat(result.grade()).isLessThanOrEqualTo(cap.ceiling());
        }
        var other = GradeRule.grade(input(capped.other(), "f"), policy);
        var distributed = DistributionRule.apply(List.of(result, other), policy);
        assertThat(distributed.get(0).grade()).isLessThanOrEqualTo(result.grade());
        assertThat(distributed.get(1).grade()).isLessThanOrEqualTo(other.grade());
    }
}
