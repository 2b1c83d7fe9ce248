package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackItemId;
import org.servicepolicy.feedback.FeedbackSweepResult;
import org.servicepolicy.feedback.RecordFeedback;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.testkit.MutableClock;

/**
 * §2.3.2: several instances of the library, each with its own stores over one database, sweep the
 * same overdue feedback at the same moment. Each warning, breach and escalation to HR of every
 * item fires once, by one of them; the responsible employee gets one finding per breach, and
 * their MODERATE findings propose a violation at every third, as a sequential run would.
 */
abstract class ConcurrentFeedbackSweepScenario {
    private static final int ITEMS = 6;
    private static final int INSTANCES = 4;
    /** Each item's two clocks, first response and round 1's result, at their warning, breach and HR. */
    private static final List<String> KEYS = List.of("FIRST_RESPONSE.WARNING", "FIRST_RESPONSE.BREACH",
            "FIRST_RESPONSE.HR", "R1.RESOLUTION.WARNING", "R1.RESOLUTION.BREACH", "R1.RESOLUTION.HR");

    private TestDatabase database;
    private ExecutorService sweepers;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
        sweepers = Executors.newFixedThreadPool(INSTANCES);
    }

    @AfterEach
    void close() {
        sweepers.shutdownNow();
        database.close();
    }

    @Test
    @DisplayName("§2.3.2: four instances sweep six overdue items at once: each checkpoint fires once, each breach is one finding, four violations")
    void eachCheckpointOfOverdueFeedbackFiresOnceAcrossInstances() throws Exception {
        var clock = new MutableClock(Company.NOW);
        var stores = database.migratedStores();
        var company = Company.hiredOn(stores, builder -> builder.clock(clock));
        company.policy.policies().publish(company.hr, "2025.2", clock.instant().plusSeconds(60),
                Map.of("feedback.routing", "*/*/*=service"));
        clock.advance(Duration.ofMinutes(2));
        var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
        var items = new ArrayList<FeedbackItemId>();
        for (int i = 0; i < ITEMS; i++) {
            var intake = company.policy.feedback().record(staff, new RecordFeedback(FeedbackChannel.COMPLAINT_HOTLINE,
                    FeedbackNature.COMPLAINT, "CRITICAL", "general", "Invoice " + i + " charged twice",
                    "The customer was charged twice for invoice " + i + ".", null, null));
            items.add(company.policy.feedback().assign(company.hr, intake.item().id(), Company.STAFF).id());
        }
        // Monday 10:02 plus three days: past each clock's breach and, a further day of business time on, its HR escalation.
        clock.advance(Duration.ofDays(3));

        var results = atOnce(clock);

        var fired = results.stream().flatMap(r -> r.fired().stream()).toList();
        assertThat(fired).hasSize(ITEMS * KEYS.size());
        assertThat(new HashSet<>(fired)).hasSize(ITEMS * KEYS.size());
        for (var item : items) {
            assertThat(fired).filteredOn(f -> f.item().equals(item)).extracting(FeedbackSweepResult.Fired::key)
                    .containsExactlyInAnyOrderElementsOf(KEYS);
            assertThat(stores.feedback().fired(item)).containsOnlyKeys(KEYS);
        }
        var breaches = ITEMS * 2;
        assertThat(results.stream().mapToInt(r -> r.findings().size()).sum()).isEqualTo(breaches);
        assertThat(results.stream().mapToInt(r -> r.violations().size()).sum()).isEqualTo(breaches / 3);
        assertThat(company.policy.supervision().findingsOf(company.hr, Company.STAFF)).hasSize(breaches);
        assertThat(company.policy.discipline().violations(company.hr, Company.STAFF)).hasSize(breaches / 3);
        var again = company.policy.feedback().sweep(clock.instant());
        assertThat(again.fired()).isEmpty();
        assertThat(again.findings()).isEmpty();
    }

    private List<FeedbackSweepResult> atOnce(MutableClock clock) throws Exception {
        return SweepInstances.atOnce(INSTANCES, database.dataSource(), clock, sweepers,
                instance -> instance.feedback().sweep(clock.instant()));
    }
}
