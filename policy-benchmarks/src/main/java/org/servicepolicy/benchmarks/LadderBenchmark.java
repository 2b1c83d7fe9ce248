package org.servicepolicy.benchmarks;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.servicepolicy.discipline.LadderProposal;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyLadder;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.discipline.Voiding;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Verdict;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.testkit.Fixtures;

/**
 * One §3.3.3 ladder decision: the {@link PenaltyLadder} proposing a step for a new violation with
 * its reasons, against a bare Java loop over the same facts in the same run. The employee has ten
 * earlier violations over eighteen months (four outside the 12-month window, one voided) and an
 * issued fine; the new one reaches the FINE band, so the decision carries three reasons.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(1)
public class LadderBenchmark {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");
    private static final Severity[] SEVERITIES = {Severity.MINOR, Severity.MINOR, Severity.MODERATE};

    private Violation violation;
    private List<Violation> history;
    private List<Penalty> penalties;
    private Employee employee;
    private PolicyDefinition policy;

    /** Builds the employee's history: violations every 55 days back from now, one voided. */
    @Setup
    public void history() {
        policy = StandardPolicy.definition();
        employee = Fixtures.employee("E-ladder").build();
        violation = Fixtures.violation("V-new").employee(employee.id()).severity(Severity.MINOR).occurredAt(NOW)
                .build();
        history = new ArrayList<>();
        for (int i = 1; i <= 10; i++) {
            var at = NOW.minus(55L * i, ChronoUnit.DAYS);
            var builder = Fixtures.violation("V-" + i).employee(employee.id()).severity(SEVERITIES[i % 3])
                    .occurredAt(at).recordedAt(at);
            if (i == 2) {
                builder.voiding(new Voiding(at.plusSeconds(3600), Fixtures.HR, "covered by leave"));
            }
            history.add(builder.build());
        }
        history.add(violation);
        var fined = history.get(4);
        penalties = List.of(Fixtures.penalty("P-4", fined.id(), DecisionId.of("D-4")).employee(employee.id())
                .step(PenaltyStep.FINE).proposedAt(fined.occurredAt())
                .then(PenaltyStatus.ISSUED, fined.occurredAt().plusSeconds(7200), Fixtures.HR, Optional.empty())
                .build());
    }

    /** The ladder's decision with its reasons, each message and fact as a decision stores it. */
    @Benchmark
    public Verdict<LadderProposal> ladderWithReasons() {
        return PenaltyLadder.propose(violation, history, penalties, employee, policy);
    }

    /** The ladder's decision, then every message and fact read, as an API response renders them. */
    @Benchmark
    public void ladderWithReasonsRendered(Blackhole blackhole) {
        for (Reason reason : ladderWithReasons().reasons()) {
            blackhole.consume(reason.message());
            blackhole.consume(reason.facts());
        }
    }

    /**
     * The baseline: the same facts in a bare loop. The window start in the company's zone, the
     * points of every earlier, non-voided violation in it, the band they reach, a demotion in
     * force among the penalties, and the fine, without any explanation.
     */
    @Benchmark
    public void bareLoop(Blackhole blackhole) {
        var discipline = policy.discipline();
        var at = violation.occurredAt();
        var windowStart = at.atZone(policy.company().zone()).minus(discipline.window()).toInstant();
        int points = discipline.points().get(violation.severity());
        for (var h : history) {
            if (!h.voided() && h.occurredAt().isAfter(windowStart) && !h.occurredAt().isAfter(at)
                    && !h.id().equals(violation.id())) {
                points += discipline.points().get(h.severity());
            }
        }
        PenaltyStep step = null;
        for (var candidate : PenaltyStep.values()) {
            if (points >= discipline.ladderFrom().get(candidate)) {
                step = candidate;
            }
        }
        for (var penalty : penalties) {
            if (penalty.step() == PenaltyStep.DEMOTION && penalty.status().inForce()
                    && penalty.status() != PenaltyStatus.APPEALED) {
                step = discipline.whileDemoted();
            }
        }
        Money fine = step == PenaltyStep.FINE ? discipline.fines().get(violation.severity()) : null;
        blackhole.consume(points);
        blackhole.consume(step);
        blackhole.consume(fine);
    }
}
