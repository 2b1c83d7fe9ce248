package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.StorageException;
import org.servicepolicy.policy.PenaltyStep;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.RuleOnRefusal;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskStatus;

/**
 * §3.1.1 on JDBC: ruling a refusal unjustified stores the ruling, the violation it records, the
 * ladder's decision and the proposed penalty (§3.3.3) in one transaction. When the last of those
 * writes fails, or the first, none is kept, and the refusal still awaits its ruling. The
 * failures are real ones: constraints the database enforces.
 */
abstract class UnjustifiedRefusalScenario {
    private static final RuleOnRefusal UNJUSTIFIED = new RuleOnRefusal(false, "the audit ends on Monday");

    private TestDatabase database;
    private JdbcStores stores;
    private Company company;
    private TaskId task;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void refuseATask() {
        database = newDatabase();
        stores = database.migratedStores();
        company = Company.hiredOn(stores);
        var tasks = company.policy.tasks();
        task = tasks.assign(company.hr, new NewTask(Company.STAFF.value(), "Quarterly figures", "Close the books",
                List.of("Figures reconciled with the ledger"), "As the finance template",
                Company.NOW.plus(Duration.ofDays(5)), null, null, null)).id();
        tasks.refuse(company.policy.people().actorFor(Company.STAFF).orElseThrow(), task, "I am on the audit all week");
    }

    @AfterEach
    void dropTheDatabase() {
        database.close();
    }

    @Test
    void anUnjustifiedRulingStoresTheRulingTheViolationItsDecisionAndThePenaltyTogether() {
        var before = database.rowCounts();

        var ruled = company.policy.tasks().ruleOnRefusal(company.hr, task, UNJUSTIFIED);

        assertThat(grown(before, database.rowCounts())).containsOnlyKeys("servicepolicy_task_transition",
                "servicepolicy_violation", "servicepolicy_decision", "servicepolicy_penalty",
                "servicepolicy_penalty_transition", "servicepolicy_event", "servicepolicy_audit_entry");
        var recorded = ruled.violation().orElseThrow();
        var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
        var stored = reader.policy.tasks().task(reader.hr, task);
        assertThat(stored).isEqualTo(ruled.task());
        assertThat(stored.status()).isEqualTo(TaskStatus.ASSIGNED);
        assertThat(stored.refusals()).singleElement().satisfies(r -> {
            assertThat(r.unjustified()).isTrue();
            assertThat(r.ruling().orElseThrow().violation()).contains(recorded.violation().id());
        });
        assertThat(reader.policy.discipline().violations(reader.hr, Company.STAFF)).singleElement().satisfies(v -> {
            assertThat(v.id()).isEqualTo(recorded.violation().id());
            assertThat(v.type()).isEqualTo(ViolationType.TASK_REFUSED_WITHOUT_VALID_REASON);
            assertThat(v.severity()).isEqualTo(Severity.MODERATE);
        });
        assertThat(reader.policy.discipline().penalties(reader.hr, Company.STAFF)).singleElement().satisfies(p -> {
            assertThat(p.violation()).isEqualTo(recorded.violation().id());
            assertThat(p.step()).isEqualTo(PenaltyStep.WARNING);
            assertThat(p.status()).isEqualTo(PenaltyStatus.PROPOSED);
            assertThat(p.decisionId()).isEqualTo(recorded.proposal().id());
        });
        assertThat(reader.policy.decisions().decision(reader.hr, recorded.proposal().id()))
                .isEqualTo(recorded.proposal());
        assertThat(eventTypes()).contains("ViolationRecorded", "PenaltyProposed", "TaskRefusalUnjustified");
    }

    @Test
    void whenThePenaltyCannotBeStoredTheRulingAndTheViolationAreNotKeptEither() {
        database.execute("ALTER TABLE servicepolicy_penalty ADD CONSTRAINT test_refuses_penalties CHECK (step = 'NONE')");

        assertNothingKeptWhenTheRulingFails();
    }

    @Test
    void whenTheRulingCannotBeStoredTheViolationAndThePenaltyAreNotKeptEither() {
        database.execute("ALTER TABLE servicepolicy_task_refusal ADD CONSTRAINT test_refuses_rulings"
                + " CHECK (ruled_at IS NULL)");

        assertNothingKeptWhenTheRulingFails();
    }

    private void assertNothingKeptWhenTheRulingFails() {
        var before = database.rowCounts();
        var events = eventTypes();
        var refused = stores.tasks().find(task).orElseThrow();

        assertThatThrownBy(() -> company.policy.tasks().ruleOnRefusal(company.hr, task, UNJUSTIFIED))
                .isInstanceOf(StorageException.class);

        assertThat(database.rowCounts()).isEqualTo(before);
        assertThat(stores.tasks().find(task)).contains(refused);
        assertThat(refused.refusalAwaitingRuling()).isPresent();
        assertThat(stores.violations().of(Company.STAFF)).isEmpty();
        assertThat(stores.penalties().of(Company.STAFF)).isEmpty();
        assertThat(stores.decisions().about(Company.STAFF)).isEmpty();
        assertThat(eventTypes()).isEqualTo(events);
    }

    private List<String> eventTypes() {
        return stores.eventLog().after(0, 1000).stream().map(PublishedEvent::type).toList();
    }

    private static Map<String, Long> grown(Map<String, Long> before, Map<String, Long> after) {
        var grown = new TreeMap<String, Long>();
        after.forEach((table, rows) -> {
            if (rows > before.get(table)) {
                grown.put(table, rows - before.get(table));
            }
        });
        return grown;
    }
}
