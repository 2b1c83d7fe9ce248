package org.servicepolicy.career;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.EmployeeId;

/**
 * §4.3.1: invariants of a plan's progress over generated plans and completions: the completed and
 * outstanding programmes are the plan's, each once, in its order; the share is between 0 and 1 and
 * is 1 exactly when nothing is outstanding.
 */
class DevelopmentPlanProperties {
    private static final Instant AT = Instant.parse("2026-03-02T10:00:00Z");
    private static final List<String> PROGRAMMES = List.of("NEW_HIRE_SERVICE", "NEW_HIRE_RULES", "PERIODIC_SERVICE",
            "RULES_REFRESHER", "COMPLIANCE_AWARENESS", "REMEDIAL", "EXTERNAL");

    /**
     * One sample: a plan and the programmes its employee completed, listed or not.
     *
     * @param plan      the plan
     * @param completed the completed programmes
     */
    record Sample(DevelopmentPlan plan, Set<String> completed) {
    }

    static Stream<Sample> samples() {
        return Instancio.ofList(Sample.class).size(100).withSeed(4_310_001L)
                .supply(Select.all(Sample.class), DevelopmentPlanProperties::sample).create().stream();
    }

    private static Sample sample(Random random) {
        var listed = new ArrayList<String>();
        for (var programme : PROGRAMMES) {
            if (random.trueOrFalse()) {
                listed.add(programme);
            }
        }
        if (listed.isEmpty()) {
            listed.add(random.oneOf(PROGRAMMES));
        }
        var completed = new HashSet<String>();
        PROGRAMMES.stream().filter(p -> random.trueOrFalse()).forEach(completed::add);
        var plan = new DevelopmentPlan(DevelopmentPlanId.of("DP-1"), EmployeeId.of("staff"), EmployeeId.of("manager"),
                List.of("Lead the desk"), Optional.of(random.intRange(1, 9)), Optional.empty(), listed,
                DevelopmentPlanStatus.AGREED, AT, Optional.of(AT), 1);
        return new Sample(plan, completed);
    }

    @ParameterizedTest
    @MethodSource("samples")
    void progressSplitsThePlansProgrammesAndItsShareIsBetweenZeroAndOne(Sample sample) {
        var progress = DevelopmentPlanRules.progress(sample.plan(), sample.completed(), AT);

        var together = new ArrayList<>(progress.completed());
        together.addAll(progress.outstanding());
        assertThat(together).containsExactlyInAnyOrderElementsOf(sample.plan().programmes());
        assertThat(progress.completed()).allMatch(sample.completed()::contains)
                .isSubsetOf(sample.plan().programmes());
        assertThat(progress.outstanding()).noneMatch(sample.completed()::contains);
        assertThat(progress.share()).isBetween(BigDecimal.ZERO, BigDecimal.ONE);
        assertThat(progress.share().compareTo(BigDecimal.ONE) == 0).isEqualTo(progress.outstanding().isEmpty());
    }
}
