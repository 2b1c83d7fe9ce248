package org.servicepolicy.service.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.field;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.policy.ServiceDimension;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.service.FindingSource;
import org.servicepolicy.service.ServiceFinding;

/**
 * §2.3.3, §5.2.2: invariants of the service score over generated inputs: a higher score never
 * falls in a lower band, under any valid bands; better inputs never give a lower score; and the
 * order of the inputs never changes the result. Each property runs once per element of one
 * Instancio list drawn from a fixed seed, so every run checks a different input.
 */
class ServiceScoringProperties {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final Instant IN_PERIOD = Instant.parse("2026-02-10T09:00:00Z");

    /** Inputs drawn from generated numbers: customer scores, the two roles' scores, findings. */
    private record Inputs(List<CustomerScore> customers, List<InternalScore> internal, List<ServiceFinding> findings) {
        static Inputs of(long seed) {
            var random = new Random(seed);
            var customers = new ArrayList<CustomerScore>();
            for (int i = 0, n = random.nextInt(6); i < n; i++) {
                customers.add(new CustomerScore("c" + i, STAFF, 1 + random.nextInt(5),
                        CustomerScoreSource.values()[random.nextInt(2)], "ref-" + i,
                        IN_PERIOD.plus(Duration.ofHours(random.nextInt(500))), IN_PERIOD));
            }
            var internal = new ArrayList<InternalScore>();
            for (var role : ScorerRole.values()) {
                if (random.nextBoolean() || customers.isEmpty() && role == ScorerRole.SUPERIOR) {
                    var scores = new EnumMap<ServiceDimension, Integer>(ServiceDimension.class);
                    for (var d : ServiceDimension.values()) {
                        scores.put(d, random.nextInt(101));
                    }
                    internal.add(new InternalScore(ServiceEvaluationPeriodId.of("p"), STAFF, role,
                            EmployeeId.of("scorer-" + role), scores, IN_PERIOD));
                }
            }
            var findings = new ArrayList<ServiceFinding>();
            for (int i = 0, n = random.nextInt(8); i < n; i++) {
                findings.add(new ServiceFinding("f" + i, STAFF, ServiceStandard.values()[random.nextInt(8)],
                        Severity.values()[random.nextInt(4)], IN_PERIOD.plus(Duration.ofHours(random.nextInt(500))),
                        FindingSource.SUPERVISION, "o" + i, IN_PERIOD));
            }
            return new Inputs(customers, internal, findings);
        }

        ServiceScoring.Scored score(PolicyDefinition policy) {
            return ServiceScoring.score(STAFF, customers, internal, findings, policy.serviceEvaluation());
        }
    }

    /**
     * Two scores and two band limits, as generated numbers folded into range.
     *
     * @param first     the lower score's hundredths
     * @param second    how far above it the higher score is, in hundredths
     * @param standard  where the STANDARD band starts
     * @param excellent where the EXCELLENT band starts, above STANDARD
     */
    record Bands(int first, int second, int standard, int excellent) {
    }

    /**
     * The seed of one set of generated inputs.
     *
     * @param seed drives {@link Inputs#of(long)}
     */
    record Draw(long seed) {
    }

    static Stream<Bands> bands() {
        return Instancio.ofList(Bands.class).size(200).withSeed(20261130L).create().stream();
    }

    private static Stream<Draw> draws(long seed, int count) {
        return Instancio.ofList(Draw.class).size(count).withSeed(seed)
                .generate(field(Draw::seed), gen -> gen.longs().range(0L, 1L << 48))
                .create().stream();
    }

    static Stream<Draw> improvedInputs() {
        return draws(7301L, 200);
    }

    static Stream<Draw> reorderedInputs() {
        return draws(1130L, 200);
    }

    static Stream<Draw> scoredInputs() {
        return draws(2303L, 50);
    }

    @ParameterizedTest
    @MethodSource("bands")
    void aHigherScoreNeverFallsInALowerBand(Bands bands) {
        int standardFrom = 1 + Math.floorMod(bands.standard(), 98);
        int excellentFrom = standardFrom + 1 + Math.floorMod(bands.excellent(), 100 - standardFrom);
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("service.evaluation.band.STANDARD.fromScore", Integer.toString(standardFrom));
        settings.put("service.evaluation.band.EXCELLENT.fromScore", Integer.toString(excellentFrom));
        var policy = PolicyDefinition.of("bands", Instant.EPOCH, settings).serviceEvaluation();
        var lower = BigDecimal.valueOf(Math.floorMod(bands.first(), 10001), 2);
        var higher = lower.add(BigDecimal.valueOf(Math.floorMod(bands.second(), 10001 - lower.movePointRight(2).intValue()), 2));

        assertThat(policy.band(higher).atLeast(policy.band(lower))).isTrue();
    }

    @ParameterizedTest
    @MethodSource("improvedInputs")
    void betterInputsNeverGiveALowerScoreOrBand(Draw draw) {
        long seed = draw.seed();
        var policy = StandardPolicy.definition();
        var inputs = Inputs.of(seed);
        var fewerFindings = new Inputs(inputs.customers(), inputs.internal(),
                inputs.findings().isEmpty() ? List.of() : inputs.findings().subList(1, inputs.findings().size()));
        var happierCustomers = new Inputs(inputs.customers().stream().map(c -> new CustomerScore(c.id(), c.employee(),
                Math.min(5, c.score() + 1), c.source(), c.sourceReference(), c.givenAt(), c.recordedAt())).toList(),
                inputs.internal(), inputs.findings());

        var base = inputs.score(policy);
        for (var better : List.of(fewerFindings.score(policy), happierCustomers.score(policy))) {
            assertThat(better.score().orElseThrow()).isGreaterThanOrEqualTo(base.score().orElseThrow());
            assertThat(better.band().orElseThrow().atLeast(base.band().orElseThrow())).isTrue();
        }
    }

    @ParameterizedTest
    @MethodSource("reorderedInputs")
    void theOrderOfTheInputsNeverChangesTheResult(Draw draw) {
        long seed = draw.seed();
        var policy = StandardPolicy.definition();
        var inputs = Inputs.of(seed);
        var random = new Random(~seed);
        var customers = new ArrayList<>(inputs.customers());
        var internal = new ArrayList<>(inputs.internal());
        var findings = new ArrayList<>(inputs.findings());
        Collections.shuffle(customers, random);
        Collections.shuffle(internal, random);
        Collections.shuffle(findings, random);

        assertThat(new Inputs(customers, internal, findings).score(policy)).isEqualTo(inputs.score(policy));
    }

    @ParameterizedTest
    @MethodSource("scoredInputs")
    void everyScoreIsBetweenZeroAndAHundredAndFallsInItsBand(Draw draw) {
        long seed = draw.seed();
        var policy = StandardPolicy.definition();
        var scored = Inputs.of(seed).score(policy);

        assertThat(scored.score().orElseThrow()).isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100));
        assertThat(scored.dimensionScores().values()).allSatisfy(v -> assertThat(v)
                .isBetween(BigDecimal.ZERO, BigDecimal.valueOf(100)));
        assertThat(scored.band()).contains(policy.serviceEvaluation().band(scored.score().get()));
        assertThat(scored.band().get() == ServiceBand.EXCELLENT)
                .isEqualTo(scored.score().get().compareTo(BigDecimal.valueOf(90)) >= 0);
    }
}
