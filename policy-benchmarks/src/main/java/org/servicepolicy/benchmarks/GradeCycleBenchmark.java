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
 * violations), in departments of 200 employees (a company grows by departments), with the
 * distribution rule on. Each department's input is generated from a fixed seed of its own, so
 * that every benchmark grades the same employees alike.
 *
 * <p>The whole-cycle benchmarks ({@link WholeCycle}) hold the cycle's input, generated once, and
 * grade it at once: their live heap grows with the company. {@link #gradeByDepartment} grades
 * the way {@code AssessmentService.finalizeCycle} does, a department at a time: it generates a
 * department's input (as a store reads a part), grades it, applies the distribution rule,
 * explains and renders every grade (as a store writing them does) and lets the part go before
 * the next one; what it holds at once is one department's. Run with {@code -prof gc},
 * {@code gc.alloc.rate.norm} divided by the employees is what grading allocates per employee;
 * run with a small fixed heap ({@code -jvmArgsAppend -Xmx128m}) to see which of them the
 * company's size can outgrow.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class GradeCycleBenchmark {
    private static final Instant PERIOD_START = Instant.parse("2026-10-01T00:00:00Z");
    private static final int PERIOD_SECONDS = 92 * 24 * 3600;
    private static final long SEED = 20261126L;

    /** The size of the cycle and the policy that grades it, with the distribution rule on (20% EXCELLENT per department). */
    @State(Scope.Benchmark)
    public static class Cycle {
        @Param({"10000", "100000"})
        int employees;

        @Param("200")
        int departmentSize;

        @Param("20")
        int evaluationsEach;

        @Param("50")
        int factsEach;

        AssessmentPolicy policy;

        /** Builds the policy. */
        @Setup
        public void policy() {
            var settings = new HashMap<>(StandardPolicy.settings());
            settings.put("assessment.distribution.maxExcellentShare", "0.2");
            policy = PolicyDefinition.of("benchmark", Instant.EPOCH, settings).assessment();
        }

        int departments() {
            return (employees + departmentSize - 1) / departmentSize;
        }

        /** The input of department {@code d}: the same every time it is asked for. */
        List<GradingInput> department(int d) {
            var random = new Random(SEED + d);
            var kinds = TaskFactKind.values();
            var severities = Severity.values();
            int size = Math.min(departmentSize, employees - d * departmentSize);
            var inputs = new ArrayList<GradingInput>(size);
            for (int e = 0; e < size; e++) {
                var evaluations = new ArrayList<ScoredEvaluation>(evaluationsEach);
                evaluations.add(new ScoredEvaluation(EvaluatorRole.SUPERIOR, scores(random)));
                for (int p = 2; p < evaluationsEach; p++) {
                    evaluations.add(new ScoredEvaluation(EvaluatorRole.PEER, scores(random)));
                }
                evaluations.add(new ScoredEvaluation(EvaluatorRole.SELF, scores(random)));
                int violationCount = factsEach / 5;
                var id = "e-" + d + "-" + e;
                var facts = new ArrayList<TaskFact>(factsEach - violationCount);
                for (int f = 0; f < factsEach - violationCount; f++) {
                    facts.add(new TaskFact(kinds[random.nextInt(kinds.length)], "task-" + id + "-" + f, at(random)));
                }
                var violations = new ArrayList<PeriodViolation>(violationCount);
                for (int v = 0; v < violationCount; v++) {
                    violations.add(new PeriodViolation(ViolationId.of("v-" + id + "-" + v),
                            ViolationType.NON_WORK_ACTIVITY, severities[random.nextInt(severities.length)], at(random)));
                }
                inputs.add(new GradingInput(EmployeeId.of(id), DepartmentId.of("d-" + d), evaluations, facts,
                        violations, List.of()));
            }
            return inputs;
        }
    }

    /** The whole cycle's input, generated once and held: the baseline's way. */
    @State(Scope.Benchmark)
    public static class WholeCycle {
        List<GradingInput> inputs;

        /** Generates every department's input. */
        @Setup
        public void generate(Cycle cycle) {
            inputs = new ArrayList<>(cycle.employees);
            for (int d = 0; d < cycle.departments(); d++) {
                inputs.addAll(cycle.department(d));
            }
        }
    }

    private static ComponentScores scores(Random random) {
        return new ComponentScores(40 + random.nextInt(61), 40 + random.nextInt(61), 40 + random.nextInt(61));
    }

    private static Instant at(Random random) {
        return PERIOD_START.plusSeconds(random.nextInt(PERIOD_SECONDS));
    }

    private static List<GradeResult> grade(List<GradingInput> inputs, AssessmentPolicy policy) {
        var results = new ArrayList<GradeResult>(inputs.size());
        for (var input : inputs) {
            results.add(GradeRule.grade(input, policy));
        }
        return DistributionRule.apply(results, policy);
    }

    /** The grades of the whole cycle at once: components, deductions, total, band, caps, distribution. */
    @Benchmark
    public List<GradeResult> gradeCycle(Cycle cycle, WholeCycle whole) {
        return grade(whole.inputs, cycle.policy);
    }

    /** The grades of the whole cycle and the explanation of each, as finalizing stores them. */
    @Benchmark
    public void gradeAndExplainCycle(Cycle cycle, WholeCycle whole, Blackhole blackhole) {
        for (var result : gradeCycle(cycle, whole)) {
            blackhole.consume(GradeRule.explain(result, cycle.policy));
        }
    }

    /** The grades and explanations, every message and fact rendered as a store writing them reads them. */
    @Benchmark
    public void gradeExplainAndRenderCycle(Cycle cycle, WholeCycle whole, Blackhole blackhole) {
        render(gradeCycle(cycle, whole), cycle.policy, blackhole);
    }

    /**
     * The cycle a department at a time, as finalizing reads, grades and stores it: each
     * department's input read (generated), graded, explained and rendered, then let go.
     */
    @Benchmark
    public void gradeByDepartment(Cycle cycle, Blackhole blackhole) {
        for (int d = 0; d < cycle.departments(); d++) {
            render(grade(cycle.department(d), cycle.policy), cycle.policy, blackhole);
        }
    }

    private static void render(List<GradeResult> results, AssessmentPolicy policy, Blackhole blackhole) {
        for (var result : results) {
            for (Reason reason : GradeRule.explain(result, policy)) {
                blackhole.consume(reason.message());
                blackhole.consume(reason.facts());
            }
        }
    }
}
