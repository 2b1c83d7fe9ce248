package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A reason keeps its facts and renders its words when read, and is still a plain value. */
class ReasonTest {
    private static final Instant AT = Instant.parse("2026-06-01T09:00:00Z");

    @Test
    @DisplayName("§1.3.3: a reason rendered when read equals the same reason given as text, as a store reads it back")
    void aDeferredReasonEqualsItsText() {
        var deferred = Reason.of("§3.3.3", "discipline.ladder.points", () -> "%d point(s) up to %s".formatted(4, AT),
                "points", 4, "at", AT, "none", null);
        var facts = new LinkedHashMap<String, String>();
        facts.put("points", "4");
        facts.put("at", "2026-06-01T09:00:00Z");
        facts.put("none", "null");
        var asText = new Reason("§3.3.3", "discipline.ladder.points", "4 point(s) up to 2026-06-01T09:00:00Z", facts);

        assertThat(deferred).isEqualTo(asText).hasSameHashCodeAs(asText).hasToString(asText.toString());
        assertThat(asText).isEqualTo(deferred);
        assertThat(deferred.facts()).containsExactlyEntriesOf(facts);
        assertThat(deferred.toString()).isEqualTo("Reason[clause=§3.3.3, ruleId=discipline.ladder.points, "
                + "message=4 point(s) up to 2026-06-01T09:00:00Z, facts={points=4, at=2026-06-01T09:00:00Z, none=null}]");
    }

    @Test
    void reasonsThatDifferInAnyPartAreNotEqual() {
        var reason = Reason.of("§3.3.3", "r", () -> "m", "k", "v");
        assertThat(reason).isNotEqualTo(Reason.of("§3.3.1", "r", "m", "k", "v"))
                .isNotEqualTo(Reason.of("§3.3.3", "s", "m", "k", "v"))
                .isNotEqualTo(Reason.of("§3.3.3", "r", "n", "k", "v"))
                .isNotEqualTo(Reason.of("§3.3.3", "r", "m", "k", "w"))
                .isNotEqualTo(Reason.of("§3.3.3", "r", "m"));
    }

    @Test
    @DisplayName("§1.3.3: the message and each deferred fact are rendered once, when first read, and kept")
    void wordsAreRenderedOnceWhenRead() {
        var messages = new AtomicInteger();
        var described = new AtomicInteger();
        var reason = Reason.of("§3.3.3", "discipline.ladder.points", () -> "rendered " + messages.incrementAndGet(),
                "counted", Reason.later(() -> "described " + described.incrementAndGet()));
        assertThat(messages).hasValue(0);
        assertThat(described).hasValue(0);

        assertThat(reason.message()).isEqualTo("rendered 1");
        assertThat(reason.message()).isEqualTo("rendered 1");
        assertThat(reason.facts()).containsExactly(Map.entry("counted", "described 1"));
        assertThat(reason.facts()).containsExactly(Map.entry("counted", "described 1"));
        assertThat(messages).hasValue(1);
        assertThat(described).hasValue(1);
    }

    @Test
    void readersOnManyThreadsSeeTheSameWords() throws Exception {
        var reason = Reason.of("§3.3.3", "r", () -> "the same " + "words", "at", AT);
        var pool = Executors.newFixedThreadPool(4);
        try {
            var reads = pool.invokeAll(java.util.Collections.nCopies(16,
                    (Callable<List<Object>>) () -> List.of(reason.message(), reason.facts())));
            for (var read : reads) {
                assertThat(read.get()).containsExactly("the same words", Map.of("at", "2026-06-01T09:00:00Z"));
            }
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void theFactsCannotBeChanged() {
        var reason = Reason.of("§3.3.3", "r", () -> "m", "k", "v");
        assertThatThrownBy(() -> reason.facts().put("k", "w")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void factsComeInPairs() {
        assertThatThrownBy(() -> Reason.of("§3.3.3", "r", () -> "m", "lonely"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
        assertThatThrownBy(() -> Reason.of("§3.3.3", "r", "m", "lonely"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("pairs");
    }

    @ParameterizedTest(name = "clause \"{0}\" is refused")
    @ValueSource(strings = {"", "§", "3.3.3", "§3.", "§.3", "§3..3", "§3.3a", "§ 3", "§٣"})
    void aClauseMustLookLikeOne(String clause) {
        assertThatThrownBy(() -> Reason.of(clause, "r", () -> "m")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("§3.3.3");
        assertThatThrownBy(() -> new Reason(clause, "r", "m", Map.of())).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "clause \"{0}\" is accepted")
    @ValueSource(strings = {"§1", "§3.3.3", "§10.2", "§1.3.3.4"})
    void wellFormedClausesAreAccepted(String clause) {
        assertThat(Reason.of(clause, "r", () -> "m").clause()).isEqualTo(clause);
    }
}
