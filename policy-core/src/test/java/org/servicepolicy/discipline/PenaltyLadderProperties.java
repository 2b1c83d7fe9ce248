package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Violations.employee;
import static org.servicepolicy.fixtures.Violations.violation;
import static org.servicepolicy.fixtures.Violations.voided;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;

/** Invariants of the ladder (§3.3.3) over generated histories. */
@ExtendWith(InstancioExtension.class)
class PenaltyLadderProperties {
    private static final Instant NOW = Instant.parse("2026-06-01T09:00:00Z");

    private static List<Violation> history(List<Severity> severities, long seed) {
        var random = new Random(seed);
        var history = new ArrayList<Violation>();
        for (int i = 0; i < severities.size(); i++) {
            history.add(violation("h" + i, severities.get(i), NOW.minus(Duration.ofHours(1 + random.nextInt(24 * 400)))));
        }
        return history;
    }

    @RepeatedTest(200)
    @Seed(20261126)
    void moreViolationsNeverGiveALighterStep(@Given List<Severity> severities, @Given Severity extra, @Given long seed) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var history = history(severities, seed);
        var current = violation("new", Severity.MINOR, NOW);
        var fewer = PenaltyLadder.propose(current, history, List.of(), staff, policy).outcome();
        var more = new ArrayList<>(history);
        more.add(violation("extra", extra, NOW.minus(Duration.ofMinutes(5))));
        var heavier = PenaltyLadder.propose(current, more, List.of(), staff, policy).outcome();
        assertThat(heavier.points()).isGreaterThanOrEqualTo(fewer.points());
        assertThat(heavier.step().map(Enum::ordinal).orElse(-1))
                .isGreaterThanOrEqualTo(fewer.step().map(Enum::ordinal).orElse(-1));
    }

    @RepeatedTest(200)
    @Seed(4242)
    void voidedViolationsNeverCount(@Given List<Severity> severities, @Given long seed) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var current = violation("new", Severity.MODERATE, NOW);
        var allVoided = history(severities, seed).stream().map(v -> voided(v)).toList();
        var verdict = PenaltyLadder.propose(current, allVoided, List.of(), staff, policy).outcome();
        assertThat(verdict.points()).isEqualTo(2);
        assertThat(verdict.step()).contains(PenaltyStep.WARNING);
    }

    @RepeatedTest(200)
    @Seed(7)
    void theSameFactsInAnyOrderGiveTheSameDecision(@Given List<Severity> severities, @Given long seed) {
        var staff = employee(EmployeeCategory.STAFF, 3);
        var policy = StandardPolicy.definition();
        var history = history(severities, seed);
        var shuffled = new ArrayList<>(history);
        Collections.shuffle(shuffled, new Random(seed));
        var current = violation("new", Severity.SERIOUS, NOW);
        assertThat(PenaltyLadder.propose(current, shuffled, List.of(), staff, policy))
                .isEqualTo(PenaltyLadder.propose(current, history, List.of(), staff, policy));
    }

    @RepeatedTest(100)
    @Seed(99)
    void aTemporaryHireIsNeverProposedADemotion(@Given List<Severity> severities, @Given long seed) {
        var temp = employee(EmployeeCategory.TEMPORARY, 1);
        var verdict = PenaltyLadder.propose(violation("new", Severity.MINOR, NOW), history(severities, seed), List.of(),
                temp, StandardPolicy.definition());
        assertThat(verdict.outcome().step()).isNotEqualTo(java.util.Optional.of(PenaltyStep.DEMOTION));
    }
}
