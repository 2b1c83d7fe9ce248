package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.jdbc.internal.Sql;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.testkit.Fixtures;

/**
 * Storage: a decision's reasons with their facts, and an event's attributes, are one
 * JSON document each, in the decision's and the event's own row, and come back bit for bit:
 * the order of reasons and of facts, and every character a column can hold (text beyond the
 * basic plane, control characters, quotes, backslashes, line and paragraph separators). Rows
 * stored before version 9 move into their documents when the schema is migrated.
 */
abstract class CompactStorageScenario {
    /** Text that a JSON document must carry unchanged. */
    private static final List<String> AWKWARD = List.of("", "plain", "罚款 — 200.00 CNY", "𝄞 𝕏 😀 𠜎",
            "tab\there", "lines\nand\r\nreturns", "\u0001\u0008\u000b\u000c\u001f\u007f", "quote \" backslash \\ slash /",
            "\u2028\u2029\ufeff\uffff", "{\"looks\": [\"like\", \"json\"]}", "x".repeat(20_000));

    private TestDatabase database;

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @BeforeEach
    void open() {
        database = newDatabase();
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void aDecisionsReasonsAndFactsComeBackInTheirOrderCharacterForCharacter() {
        var stores = database.migratedStores();
        stores.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        stores.employees().add(Fixtures.employee(Fixtures.EMPLOYEE.value()).build());
        var decision = Fixtures.decision("D-awkward").reason(awkwardReason("§3.3.3", 0))
                .reason(Reason.of("§3.2.2", "z.first-by-name-last-by-order", "no facts"))
                .reason(awkwardReason("§1.3.4", 5)).build();

        stores.decisions().append(decision);

        var read = stores.decisions().find(decision.id()).orElseThrow();
        assertThat(read).isEqualTo(decision);
        assertThat(read.reasons()).extracting(Reason::ruleId).containsExactlyElementsOf(
                decision.reasons().stream().map(Reason::ruleId).toList());
        for (int r = 0; r < decision.reasons().size(); r++) {
            assertThat(new ArrayList<>(read.reasons().get(r).facts().entrySet()))
                    .containsExactlyElementsOf(decision.reasons().get(r).facts().entrySet());
        }
        assertThat(stores.decisions().about(Fixtures.EMPLOYEE)).containsExactly(decision);
    }

    @Test
    void anEventsAttributesComeBackCharacterForCharacter() {
        var stores = database.migratedStores();
        var attributes = new LinkedHashMap<String, String>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            attributes.put(AWKWARD.get((i + 3) % AWKWARD.size()) + "#" + i, AWKWARD.get(i));
        }

        stores.eventPublisher().publish(Fixtures.event("Awkward", "A-1", Fixtures.T0, attributes));

        assertThat(stores.eventLog().after(0, 10)).singleElement()
                .satisfies(e -> assertThat(e.attributes()).isEqualTo(attributes));
    }

    @Test
    void recordingAViolationWritesOneRowPerDecisionAndPerEventAndNoRowPerReasonFactOrAttribute() {
        var stores = database.migratedStores();
        var company = Company.hiredOn(stores);
        var before = database.rowCounts();

        var recorded = company.policy.discipline().record(company.hr, RecordViolation.lateArrival(
                Company.STAFF.value(), Company.NOW.minus(Duration.ofHours(1)), 45, "late"));

        var after = database.rowCounts();
        assertThat(after).doesNotContainKeys("servicepolicy_decision_reason", "servicepolicy_decision_fact",
                "servicepolicy_event_attribute", "servicepolicy_counter");
        assertThat(recorded.proposal().reasons()).isNotEmpty();
        assertThat(after.get("servicepolicy_decision") - before.get("servicepolicy_decision")).isEqualTo(1);
        assertThat(after.get("servicepolicy_event") - before.get("servicepolicy_event"))
                .isEqualTo(stores.eventLog().after(0, 1000).size() - before.get("servicepolicy_event"));
        assertThat(stores.decisions().find(recorded.proposal().id())).contains(recorded.proposal());
    }

    @Test
    void rowsStoredBeforeVersion9MoveIntoTheirDocumentsAndTheOldTablesAreDropped() throws SQLException {
        var version9 = MigrationVersion.fromVersion("9");
        var lastBefore9 = Arrays.stream(libraryFlyway(MigrationVersion.LATEST).info().pending())
                .map(MigrationInfo::getVersion).filter(v -> v.compareTo(version9) < 0)
                .max(Comparator.naturalOrder()).orElseThrow();
        libraryFlyway(lastBefore9).migrate();
        var old = JdbcStores.builder(database.dataSource()).build();
        old.departments().add(Fixtures.department(Fixtures.DEPARTMENT.value()));
        old.employees().add(Fixtures.employee(Fixtures.EMPLOYEE.value()).build());
        var withReasons = Fixtures.decision("D-old").reason(awkwardReason("§3.3.3", 0))
                .reason(Reason.of("§3.2.2", "discipline.no-facts", "none")).reason(awkwardReason("§3.3.1", 4)).build();
        var withoutFacts = Fixtures.decision("D-plain").reason(Reason.of("§3.2.2", "discipline.plain", "one"))
                .decidedByNobody().build();
        var attributes = Map.of("note", "𝄞\ttab", "empty", "", "quote", "\"\\");
        try (var c = database.dataSource().getConnection()) {
            for (var decision : List.of(withReasons, withoutFacts)) {
                storeAsVersion8Did(c, decision);
            }
            Sql.update(c, "INSERT INTO servicepolicy_event (event_position, event_type, aggregate_id, occurred_at)"
                    + " VALUES (1, 'Old', 'A-1', ?), (2, 'Bare', 'A-2', ?)", Fixtures.T0, Fixtures.T0);
            for (var attribute : attributes.entrySet()) {
                Sql.update(c, "INSERT INTO servicepolicy_event_attribute (event_position, attribute_name, attribute_value)"
                        + " VALUES (1, ?, ?)", attribute.getKey(), attribute.getValue());
            }
            Sql.update(c, "UPDATE servicepolicy_counter SET last_value = 2 WHERE name = 'event'");
        }

        var stores = database.migratedStores();

        assertThat(stores.decisions().about(Fixtures.EMPLOYEE)).containsExactly(withReasons, withoutFacts);
        assertThat(stores.eventLog().after(0, 10)).extracting(PublishedEvent::type, PublishedEvent::attributes)
                .containsExactly(tuple("Old", attributes),
                        tuple("Bare", Map.of()));
        assertThat(database.rowCounts()).doesNotContainKeys("servicepolicy_decision_reason",
                "servicepolicy_decision_fact", "servicepolicy_event_attribute", "servicepolicy_counter");
        stores.eventPublisher().publish(Fixtures.event("New", "A-3", Fixtures.T0, Map.of()));
        assertThat(stores.eventLog().after(2, 10)).extracting(PublishedEvent::type).containsExactly("New");
    }

    /**
     * A reason with every awkward text as a fact, starting at {@code shift}, so that no order is
     * alphabetical; names stay short enough for the columns of version 8.
     */
    private static Reason awkwardReason(String clause, int shift) {
        var facts = new LinkedHashMap<String, String>();
        for (int i = 0; i < AWKWARD.size(); i++) {
            var name = AWKWARD.get((i + shift) % AWKWARD.size());
            facts.put("fact-" + (AWKWARD.size() - i) + name.substring(0, Math.min(name.length(), 40)),
                    AWKWARD.get((i + shift + 1) % AWKWARD.size()));
        }
        return new Reason(clause, "rule " + AWKWARD.get(shift + 2), AWKWARD.get(shift + 3), facts);
    }

    /** Writes {@code decision} into the tables of version 8: one row per reason, one per fact. */
    private static void storeAsVersion8Did(Connection c, Decision decision) throws SQLException {
        Sql.update(c, "INSERT INTO servicepolicy_decision (id, kind, subject_id, outcome, policy_version, fact_at,"
                        + " decided_at, decided_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", decision.id().value(),
                decision.kind().id(), decision.subject().value(), decision.outcome(), decision.policyVersion(),
                decision.factAt(), decision.decidedAt(), decision.decidedBy().map(e -> e.value()));
        for (int r = 0; r < decision.reasons().size(); r++) {
            var reason = decision.reasons().get(r);
            Sql.update(c, "INSERT INTO servicepolicy_decision_reason (decision_id, reason_index, clause, rule_id, message)"
                    + " VALUES (?, ?, ?, ?, ?)", decision.id().value(), r, reason.clause(), reason.ruleId(), reason.message());
            int f = 0;
            for (var fact : reason.facts().entrySet()) {
                Sql.update(c, "INSERT INTO servicepolicy_decision_fact (decision_id, reason_index, fact_index, fact_name,"
                        + " fact_value) VALUES (?, ?, ?, ?, ?)", decision.id().value(), r, f++, fact.getKey(), fact.getValue());
            }
        }
    }

    private Flyway libraryFlyway(MigrationVersion target) {
        return Flyway.configure().dataSource(database.dataSource()).locations("classpath:" + JdbcStores.MIGRATIONS)
                .table(JdbcStores.HISTORY_TABLE).target(target).load();
    }
}
