package org.servicepolicy.feedback;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.calendar.Pause;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §2.3.2: invariants of an item's clocks over generated items (severity, receipt, waits on the
 * customer, a rejected round) on the standard calendar and on one with holidays and a worked
 * Saturday.
 */
class FeedbackClockProperties {
    private static final Instant FIRST = Instant.parse("2026-04-27T00:00:00Z");
    private static final PolicyDefinition STANDARD = FeedbackItems.policy();
    private static final PolicyDefinition HOLIDAYS = FeedbackItems.policy(Map.of(
            "company.calendar.holidays", "2026-05-01..2026-05-05 Labour Day; 2026-05-13",
            "company.calendar.workdays", "2026-05-09 09:00-12:00"));

    /**
     * One sample: an item handled by {@link FeedbackItems#HANDLER}, the same item after it waited
     * on the customer, and the policy counting both.
     */
    record Sample(FeedbackItem unpaused, FeedbackItem paused, PolicyDefinition policy) {
    }

    private static Stream<Sample> samples(long seed, int count) {
        return Instancio.ofList(Sample.class).size(count).withSeed(seed)
                .supply(Select.all(Sample.class), FeedbackClockProperties::sample)
                .create().stream();
    }

    private static Sample sample(Random random) {
        var receivedAt = FIRST.plusSeconds(random.longRange(0, Duration.ofDays(21).toSeconds()));
        var item = FeedbackItems.handled(random.oneOf("LOW", "MEDIUM", "HIGH", "CRITICAL"), receivedAt);
        if (random.trueOrFalse()) {
            var reportedAt = receivedAt.plusSeconds(random.longRange(60, Duration.ofDays(3).toSeconds()));
            item = item.resultReported("Done.", reportedAt).rejectedWith("No.",
                    reportedAt.plusSeconds(random.longRange(60, Duration.ofDays(2).toSeconds())));
        }
        var paused = item;
        var at = item.roundStartedAt().minusSeconds(random.longRange(0, 3_600));
        for (int i = random.intRange(1, 3); i > 0; i--) {
            var from = later(at, item.receivedAt()).plusSeconds(random.longRange(1, Duration.ofHours(30).toSeconds()));
            var until = from.plusSeconds(random.longRange(1, Duration.ofHours(50).toSeconds()));
            paused = paused.waitingOn("?", from).answered("!", until);
            at = until;
        }
        return new Sample(item, paused, random.trueOrFalse() ? STANDARD : HOLIDAYS);
    }

    private static Instant later(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    @ParameterizedTest
    @MethodSource("waits")
    void waitingOnTheCustomerNeverMakesAnItemDueEarlier(Sample sample) {
        var policy = sample.policy();

        assertThat(FeedbackClock.firstResponseDue(sample.paused(), policy).at().orElseThrow())
                .isAfterOrEqualTo(FeedbackClock.firstResponseDue(sample.unpaused(), policy).at().orElseThrow());
        assertThat(FeedbackClock.resolutionDue(sample.paused(), policy).at().orElseThrow())
                .isAfterOrEqualTo(FeedbackClock.resolutionDue(sample.unpaused(), policy).at().orElseThrow());
    }

    static Stream<Sample> waits() {
        return samples(2_302, 300);
    }

    @ParameterizedTest
    @MethodSource("dueTimes")
    void aCheckpointIsNeverInClosedTimeOrAWait(Sample sample) {
        var calendar = sample.policy().company().calendar();
        for (var item : List.of(sample.unpaused(), sample.paused())) {
            assertThat(FeedbackClock.checkpoints(item, sample.policy())).isNotEmpty().allSatisfy(checkpoint -> {
                var justBefore = checkpoint.at().minus(1, ChronoUnit.MICROS);
                assertThat(calendar.isOpen(checkpoint.at()) || calendar.isOpen(justBefore))
                        .as("%s is inside or at the end of a working window", checkpoint).isTrue();
                assertThat(inside(item.pauses(), justBefore) && inside(item.pauses(), checkpoint.at()))
                        .as("%s is not inside a wait", checkpoint).isFalse();
            });
        }
    }

    static Stream<Sample> dueTimes() {
        return samples(2_303, 300);
    }

    @ParameterizedTest
    @MethodSource("orders")
    void eachClockWarnsBeforeItBreachesAndEscalatesToHrAfter(Sample sample) {
        var byClock = new TreeMap<String, List<FeedbackCheckpoint>>();
        for (var checkpoint : FeedbackClock.checkpoints(sample.paused(), sample.policy())) {
            byClock.computeIfAbsent(checkpoint.clock(), c -> new ArrayList<>()).add(checkpoint);
        }

        assertThat(byClock.values()).allSatisfy(clock -> assertThat(clock).extracting(FeedbackCheckpoint::stage)
                .containsExactly(FeedbackClock.WARNING, FeedbackClock.BREACH, FeedbackClock.HR));
    }

    static Stream<Sample> orders() {
        return samples(2_304, 200);
    }

    private static boolean inside(List<Pause> pauses, Instant at) {
        return pauses.stream().anyMatch(p -> !at.isBefore(p.from()) && p.until().map(at::isBefore).orElse(true));
    }
}
