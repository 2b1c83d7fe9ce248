package org.servicepolicy.idempotency;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.instancio.Select.allStrings;
import static org.instancio.Select.field;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * Over generated keys and sequences of requests by several callers: each caller's command runs
 * once per key, every retry of the same request answers the first response, and another request
 * with a used key is refused without running.
 */
class IdempotencyProperties {
    private static final List<String> CALLERS = List.of("hr", "manager", "staff");
    private static final int KEYS = 4;

    /** Four keys and forty requests using them. */
    record Sequence(List<String> keys, List<Attempt> attempts) {
    }

    static Stream<Sequence> sequences() {
        return Instancio.ofList(Sequence.class).size(50).withSeed(20261131L)
                .generate(field(Sequence::keys), gen -> gen.collection().size(KEYS))
                .generate(allStrings(), gen -> gen.string().minLength(1).maxLength(40))
                .generate(field(Sequence::attempts), gen -> gen.collection().size(40))
                .generate(field(Attempt::caller), gen -> gen.ints().range(0, CALLERS.size() - 1))
                .generate(field(Attempt::key), gen -> gen.ints().range(0, KEYS - 1))
                .generate(field(Attempt::body), gen -> gen.ints().range(0, 1))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("sequences")
    void eachCallersCommandRunsOncePerKeyAndEveryRetryAnswersTheFirstResponse(Sequence sequence) {
        var company = new Company();
        var idempotency = company.policy.idempotency();
        var attempts = sequence.attempts();
        var runs = new AtomicInteger();
        Map<List<String>, Integer> firstBodies = new HashMap<>();
        Map<List<String>, String> firstResponses = new HashMap<>();

        for (int n = 0; n < attempts.size(); n++) {
            var attempt = attempts.get(n);
            var caller = company.actor(CALLERS.get(attempt.caller()));
            var key = sequence.keys().get(attempt.key());
            var id = List.of(caller.id().value(), key);
            var fingerprint = "body-" + attempt.body();
            var response = "response " + n;
            var firstBody = firstBodies.putIfAbsent(id, attempt.body());
            int runsBefore = runs.get();
            if (firstBody != null && firstBody != attempt.body()) {
                assertThatThrownBy(() -> idempotency.run(caller, key, "POST /x", fingerprint, () -> {
                    runs.incrementAndGet();
                    return response;
                })).isInstanceOf(InvalidInputException.class);
                assertThat(runs).hasValue(runsBefore);
                continue;
            }

            var result = idempotency.run(caller, key, "POST /x", fingerprint, () -> {
                runs.incrementAndGet();
                return response;
            });

            firstResponses.putIfAbsent(id, response);
            assertThat(result.response()).isEqualTo(firstResponses.get(id));
            assertThat(result.replayed()).isEqualTo(firstBody != null);
        }
        assertThat(runs).hasValue(firstBodies.size());
    }

    /** One request of a sequence: which caller, which of the keys, which of two bodies. */
    record Attempt(int caller, int key, int body) {
    }
}
