package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.DisciplineService;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.policy.ViolationType;

/**
 * Violations of one employee recorded all at once through the whole library (§3.3.3): the
 * decisions must be what some sequential order of the same recordings gives. Every proposal
 * names the earlier violations it counted; with all violations at the same instant, a
 * sequential run counts every violation recorded before, so ordered by how many they counted,
 * each proposal counts exactly what the one before counted plus that one's own violation, and
 * proposes the step the same position in a sequential run proposes.
 */
abstract class ConcurrentLadderScenario {
    private static final int WRITERS = 20;
    private static final Instant OCCURRED = Company.NOW.minus(Duration.ofDays(1));

    private TestDatabase database;
    private ExecutorService writers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        writers = Executors.newFixedThreadPool(WRITERS);
    }

    @AfterEach
    void close() {
        writers.shutdownNow();
        database.close();
    }

    @Test
    void violationsRecordedAtOnceForOneEmployeeCountTheirHistoriesAsSomeSequentialOrderWould() throws Exception {
        var company = Company.hiredOn(database.migratedStores());
        var start = new CyclicBarrier(WRITERS);
        var recordings = new ArrayList<Future<RecordedViolation>>();
        for (int i = 0; i < WRITERS; i++) {
            var description = "late, writer " + i;
            recordings.add(writers.submit(() -> {
                await(start);
                return company.policy.discipline().record(company.hr, lateness(description));
            }));
        }
        for (var recording : recordings) {
            recording.get(120, TimeUnit.SECONDS);
        }

        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var proposals = reader.policy.decisions().about(reader.hr, Company.STAFF).stream()
                .filter(d -> d.kind().equals(DisciplineService.PROPOSAL))
                .map(Proposal::of)
                .sorted(Comparator.comparingInt(p -> p.counted().size()))
                .toList();

        assertThat(proposals).extracting(p -> p.counted().size()).as("how many earlier violations each proposal counted")
                .containsExactlyElementsOf(IntStream.range(0, WRITERS).boxed().toList());
        for (int i = 1; i < proposals.size(); i++) {
            var before = proposals.get(i - 1);
            var expected = new HashSet<>(before.counted());
            expected.add(before.violation());
            assertThat(proposals.get(i).counted())
                    .as("the history counted by the proposal for %s, which counted more than %d",
                            proposals.get(i).violation(), before.counted().size())
                    .isEqualTo(expected);
        }
        assertThat(proposals).extracting(Proposal::outcome).containsExactlyElementsOf(sequentialOutcomes());
    }

    /** The outcomes of the same recordings made one after another, in order. */
    private static List<String> sequentialOutcomes() {
        var company = Company.hiredInMemory();
        return IntStream.range(0, WRITERS)
                .mapToObj(i -> company.policy.discipline().record(company.hr, lateness("late, in turn " + i)))
                .map(r -> r.proposal().outcome())
                .toList();
    }

    private static RecordViolation lateness(String description) {
        return new RecordViolation(Company.STAFF.value(), ViolationType.LATE_ARRIVAL, OCCURRED, 10, null, description,
                null, null, null, null, null, null);
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (BrokenBarrierException | TimeoutException e) {
            throw new IllegalStateException("not every writer started", e);
        }
    }

    /** A ladder proposal as its stored explanation tells it: its violation and the earlier ones it counted. */
    private record Proposal(String violation, Set<String> counted, String outcome) {
        static Proposal of(Decision decision) {
            var facts = decision.reasons().stream().filter(r -> r.ruleId().equals("discipline.ladder.points"))
                    .findFirst().map(Reason::facts).orElseThrow();
            var counted = facts.get("counted");
            // Listed as "id (type, occurredAt, severity, points); ..." or "none".
            var ids = counted.equals("none") ? Set.<String>of()
                    : Arrays.stream(counted.split("; ")).map(v -> v.substring(0, v.indexOf(" ("))).collect(
                            Collectors.toUnmodifiableSet());
            return new Proposal(facts.get("violation"), ids, decision.outcome());
        }
    }
}
