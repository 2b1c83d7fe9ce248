package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.MutableClock;
import org.servicepolicy.inmemory.InMemoryStores;

/** The unit of work commits everything a decided outcome holds in one transaction, or nothing. */
class UnitOfWorkTest {
    private static final Instant NOW = Instant.parse("2026-11-30T09:00:00Z");
    private static final Actor HR = new Actor(EmployeeId.of("hr"), Set.of(Role.HR), Optional.empty());
    private static final DecisionKind KIND = DecisionKind.of("test.counted");

    /** The stores of a made-up area: a list of notes. */
    private record Notes(List<String> lines) {
        String add(String line) {
            lines.add(line);
            return line + " (stored)";
        }
    }

    private final InMemoryStores stores = new InMemoryStores();
    private final Notes notes = new Notes(new ArrayList<>());
    private final AtomicInteger ids = new AtomicInteger();
    private final UnitOfWork<Notes> work = new UnitOfWork<>(notes, stores.transactions(), stores.decisions(),
            stores.eventPublisher(), stores.auditTrail(), () -> "id-" + ids.incrementAndGet(), new MutableClock(NOW));

    private record Noted(String id, Instant occurredAt) implements DomainEvent {
        @Override
        public String aggregateId() {
            return id;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of();
        }
    }

    @Test
    void aDecidedOutcomeStoresItsChangesDecisionsEventsAndAuditAndAnswersWithWhatWasStored() {
        var answer = work.run(HR, stores -> "facts", (facts, stamp) -> {
            var draft = Outcome.<Notes>draft();
            var note = draft.change(Change.of(s -> s.add(facts)));
            draft.decision(stamp.decision(KIND, EmployeeId.of("staff"), "COUNTED",
                    List.of(Reason.of("§1.3.3", "test.rule", "counted")), "standard", stamp.now()));
            draft.event(new Noted(stamp.nextId(), stamp.now()));
            draft.audit(stamp.audit("note.add", "note", "n-1", facts));
            return draft.answer(stored -> stored.of(note));
        });

        assertThat(answer).isEqualTo("facts (stored)");
        assertThat(notes.lines()).containsExactly("facts");
        var decision = stores.decisions().about(EmployeeId.of("staff")).get(0);
        assertThat(decision.kind()).isEqualTo(KIND);
        assertThat(decision.decidedAt()).isEqualTo(NOW);
        assertThat(decision.decidedBy()).contains(HR.id());
        assertThat(stores.eventLog().after(0, 10)).extracting(PublishedEvent::type).containsExactly("Noted");
        assertThat(stores.auditTrail().about("note", "n-1")).singleElement()
                .satisfies(entry -> assertThat(entry.at()).isEqualTo(NOW));
    }

    @Test
    void aRefusalIsThrownAsItsExceptionAndWritesNothing() {
        assertThatThrownBy(() -> work.run(HR, stores -> "facts", (facts, stamp) ->
                Outcome.refused(Refusal.policy("§3.2.2", "test.refused", "not allowed", "field"))))
                .isInstanceOfSatisfying(PolicyRefusalException.class, e -> {
                    assertThat(e.clause()).contains("§3.2.2");
                    assertThat(e.field()).contains("field");
                });
        assertThat(notes.lines()).isEmpty();
        assertThat(stores.eventLog().after(0, 10)).isEmpty();
    }

    @Test
    void everyKindOfRefusalBecomesTheLibrarysTypedError() {
        assertThat(Refusal.access("no").toException()).isInstanceOf(AccessDeniedException.class);
        assertThat(Refusal.missing("penalty", "p-1").toException()).isInstanceOf(NotFoundException.class)
                .hasMessage("penalty p-1 not found");
        assertThat(Refusal.invalid("reason", "is required").toException()).isInstanceOf(InvalidInputException.class);
        assertThat(Refusal.transition("penalty", "p-1", "ISSUED", "withdraw").toException())
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void aChangeThatFailsHalfWayLeavesNothingWritten() {
        assertThatThrownBy(() -> work.run(HR, stores -> "facts", (facts, stamp) -> {
            var draft = Outcome.<Notes>draft();
            draft.change(Change.of(s -> {
                stores.auditTrail().record(stamp.audit("note.add", "note", "n-1", "first"));
                return "first";
            }));
            draft.change(Change.<Notes, String>of(s -> {
                throw new StorageException("the disk is full", null);
            }));
            return draft.answer(stored -> "never");
        })).isInstanceOf(StorageException.class);
        assertThat(stores.auditTrail().about("note", "n-1")).isEmpty();
    }
}
