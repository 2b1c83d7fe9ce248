package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;
import static org.servicepolicy.fixtures.Violations.employee;
import static org.servicepolicy.fixtures.Violations.violation;
import static org.servicepolicy.fixtures.Violations.voided;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/** Invariants of the ladder (§3.3.3) over generated histories. */
class PenaltyLadderProperties {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    /**
     * One past violation: its severity, how many hours before now it occurred, and its place in a
     * reordering of the history.
     */
    record Past(Severity severity, int hoursAgo, int rank) {
    }

    /** A generated history and one more violation to add to it. */
    record Draw(List<Past> history, Severity extra) {
    }

    /** {@code count} different histories, the same for the same {@code seed}. */
    private static Stream<Draw> draws(long seed, int count) {
        return Instancio.ofList(Draw.class).size(count).withSeed(seed)
                .generate(field(Past::hoursAgo), gen -> gen.ints().range(1, 24 * 400))
                .create().stream();
    }

    static Stream<Draw> moreViolations() {
        return draws(20261126L, 200);
    }

    static Stream<Draw> voidedHistories() {
        return draws(4242L, 200);
    }

    static Stream<Draw> reorderedHistories() {
        return draws(7L, 200);
    }

    static Stream<Draw> temporaryHires() {
        return draws(99L, 100);
    }

    private static List<Violation> history(List<Past> past) {
        var history = new ArrayList<Violation>();
        for (int i = 0; i < past.size(); i++) {
            var p = past.get(i);
            history.add(violation("h" + i, p.severity(), NOW.minus(Duration.ofHours(p.hoursAgo()))));
        }
        return history;
    }

    @ParameterizedTest
    @MethodSource("moreViolations")
    void moreViolationsNeverGiveALighterStep(Draw draw) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var history = history(draw.history());
        var current = violation("new", Severity.MINOR, NOW);
        var fewer = PenaltyLadder.propose(current, history, List.of(), staff, policy).outcome();
        var more = new ArrayList<>(history);
        more.add(violation("extra", draw.extra(), NOW.minus(Duration.ofMinutes(5))));
        var heavier = PenaltyLadder.propose(current, more, List.of(), staff, policy).outcome();
        assertThat(heavier.points()).isGreaterThanOrEqualTo(fewer.points());
        assertThat(heavier.step().map(Enum::ordinal).orElse(-1))
                .isGreaterThanOrEqualTo(fewer.step().map(Enum::ordinal).orElse(-1));
    }

    @ParameterizedTest
    @MethodSource("voidedHistories")
    void voidedViolationsNeverCount(Draw draw) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var current = violation("new", Severity.MODERATE, NOW);
        var allVoided = history(draw.history()).stream().map(v -> voided(v)).toList();
        var verdict = PenaltyLadder.propose(current, allVoided, List.of(), staff, policy).outcome();
        assertThat(verdict.points()).isEqualTo(2);
        assertThat(verdict.step()).contains(PenaltyStep.WARNING);
    }

    @ParameterizedTest
    @MethodSource("reorderedHistories")
    void theSameFactsInAnyOrderGiveTheSameDecision(Draw draw) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var history = history(draw.history());
        var ranks = draw.history().stream().map(Past::rank).toList();
        var shuffled = new ArrayList<>(history);
        shuffled.sort(Comparator.comparing(v -> ranks.get(history.indexOf(v))));
        var current = violation("new", Severity.SERIOUS, NOW);
        assertThat(PenaltyLadder.propose(current, shuffled, List.of(), staff, policy))
                .isEqualTo(PenaltyLadder.propose(current, history, List.of(), staff, policy));
    }

    @ParameterizedTest
    @MethodSource("temporaryHires")
    void aTemporaryHireIsNeverProposedADemotion(Draw draw) {
        var temp = employee(EmployeeCategory.TEMPORARY, 1);
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), history(draw.history()), List.of(),
                temp, StandardPolicy.definition());
        assertThat(verdict.outcome().step()).isNotEqualTo(Optional.of(PenaltyStep.DEMOTION));
    }
}
