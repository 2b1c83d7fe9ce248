package org.servicepolicy.benchmarks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.servicepolicy.assessment.ComponentScores;
import org.servicepolicy.assessment.DistributionRule;
import org.servicepolicy.assessment.GradeResult;
import org.servicepolicy.assessment.GradeRule;
import org.servicepolicy.assessment.GradingInput;
import org.servicepolicy.assessment.PeriodViolation;
import org.servicepolicy.assessment.ScoredEvaluation;
import org.servicepolicy.assessment.TaskFact;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.policy.AssessmentPolicy;
import org.servicepolicy.policy.EvaluatorRole;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.TaskFactKind;
import org.servicepolicy.policy.ViolationType;

/**
 * Grades one assessment cycle (§3.3.1) of 10,000 and of 100,000 employees, each with 20 evaluations (the
 * superior, 18 peers, the self-evaluation) and 50 facts of the period (40 task facts, 10
 * violations), across 50 departments, with the distribution rule on. The input is generated
 * once from a fixed seed; a run measures the pure grading of the whole cycle, with and without
 * building the explanations that finalizing stores, and with rendering every message and fact of
 * them as a store writing them does. Run with {@code -prof gc}, {@code gc.alloc.rate.norm}
 * divided by the employees is what grading allocates per employee: flat as the company grows.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GradeCycleBenchmark {
    private static final Instant PERIOD_START = Instant.parse("2026-10-01T00:00:00Z");
    private static final int PERIOD_SECONDS = 92 * 24 * 3600;

    @Param({"10000", "100000"})
    int employees;

    @Param("20")
    int evaluationsEach;

    @Param("50")
    int factsEach;

    private List<GradingInput> cycle;
    private AssessmentPolicy policy;

    /** Generates the cycle and a policy with the distribution rule on (20% EXCELLENT per department). */
    @Setup
    public void generate() {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("assessment.distribution.maxExcellentShare", "0.2");
        policy = PolicyDefinition.of("benchmark", Instant.EPOCH, settings).assessment();
        var random = new Random(20261126L);
        var kinds = TaskFactKind.values();
        var severities = Severity.values();
        cycle = new ArrayList<>(employees);
        for (int e = 0; e < employees; e++) {
            var evaluations = new ArrayList<ScoredEvaluation>(evaluationsEach);
            evaluations.add(new ScoredEvaluation(EvaluatorRole.SUPERIOR, scores(random)));
            for (int p = 2; p < evaluationsEach; p++) {
                evaluations.add(new ScoredEvaluation(EvaluatorRole.PEER, scores(random)));
            }
            evaluations.add(new ScoredEvaluation(EvaluatorRole.SELF, scores(random)));
            int violationCount = factsEach / 5;
            var facts = new ArrayList<TaskFact>(factsEach - violationCount);
            for (int f = 0; f < factsEach - violationCount; f++) {
                facts.add(new TaskFact(kinds[random.nextInt(kinds.length)], "task-" + e + "-" + f, at(random)));
            }
            var violations = new ArrayList<PeriodViolation>(violationCount);
            for (int v = 0; v < violationCount; v++) {
                violations.add(new PeriodViolation(ViolationId.of("v-" + e + "-" + v), ViolationType.NON_WORK_ACTIVITY,
                        severities[random.nextInt(severities.length)], at(random)));
            }
            cycle.add(new GradingInput(EmployeeId.of("e-" + e), DepartmentId.of("d-" + e % 50), evaluations, facts,
                    violations, List.of()));
        }
    }

    private static ComponentScores scores(Random random) {
        return new ComponentScores(40 + random.nextInt(61), 40 + random.nextInt(61), 40 + random.nextInt(61));
    }

    private static Instant at(Random random) {
        return PERIOD_START.plusSeconds(random.nextInt(PERIOD_SECONDS));
    }

    /** The grades of the whole cycle: components, deductions, total, band, caps, distribution. */
    @Benchmark
    public List<GradeResult> gradeCycle() {
        var results = new ArrayList<GradeResult>(cycle.size());
        for (var input : cycle) {
            results.add(GradeRule.grade(input, policy));
        }
        return DistributionRule.apply(results, policy);
    }

    /** The grades of the whole cycle and the explanation of each, as finalizing stores them. */
    @Benchmark
    public void gradeAndExplainCycle(Blackhole blackhole) {
        for (var result : gradeCycle()) {
            blackhole.consume(GradeRule.explain(result, policy));
        }
    }

    /** The grades and explanations, every message and fact rendered as a store writing them reads them. */
    @Benchmark
    public void gradeExplainAndRenderCycle(Blackhole blackhole) {
        for (var result : gradeCycle()) {
            for (Reason reason : GradeRule.explain(result, policy)) {
                blackhole.consume(reason.message());
                blackhole.consume(reason.facts());
            }
        }
    }
}
