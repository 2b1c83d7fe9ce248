package org.servicepolicy.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * What deciding a command gives: a {@link Refusal}, or everything the command changes (records,
 * decisions, events, audit lines) and how to build the answer from the stored records. A decide
 * step is a pure function that returns an outcome; the {@link UnitOfWork} commits it.
 *
 * @param <S> the area's stores
 * @param <R> the answer's type
 */
public sealed interface Outcome<S, R> {
    /** The refusal of a command. */
    static <S, R> Outcome<S, R> refused(Refusal refusal) {
        return new Refused<>(refusal);
    }

    /** {@code refusal}'s outcome if there is one, else the outcome {@code decided} gives. */
    static <S, R> Outcome<S, R> unless(Optional<Refusal> refusal, Supplier<Outcome<S, R>> decided) {
        return refusal.<Outcome<S, R>>map(Outcome::refused).orElseGet(decided);
    }

    /** A new, empty list of what a command changes. */
    static <S> Draft<S> draft() {
        return new Draft<>();
    }

    /**
     * The command is refused; nothing is written.
     *
     * @param refusal why
     */
    record Refused<S, R>(Refusal refusal) implements Outcome<S, R> {
        /** Requires the refusal. */
        public Refused {
            Objects.requireNonNull(refusal, "refusal");
        }
    }

    /**
     * The command is decided: this is what it writes, in order, and what it answers.
     *
     * @param changes   records to add or change, in order
     * @param decisions decisions to store, with their reasons
     * @param events    domain events to publish
     * @param audit     audit lines to record
     * @param answer    the answer, from what the stores answered to the changes
     */
    record Decided<S, R>(List<Change<S, ?>> changes, List<Decision> decisions, List<DomainEvent> events,
                         List<AuditEntry> audit, Function<Stored, R> answer) implements Outcome<S, R> {
        /** Copies the lists. */
        public Decided {
            changes = List.copyOf(changes);
            decisions = List.copyOf(decisions);
            events = List.copyOf(events);
            audit = List.copyOf(audit);
            Objects.requireNonNull(answer, "answer");
        }
    }

    /**
     * What a decide step collects before it answers; {@link #answer} closes it into a
     * {@link Decided} outcome.
     *
     * @param <S> the area's stores
     */
    final class Draft<S> {
        private final List<Change<S, ?>> changes = new ArrayList<>();
        private final List<Decision> decisions = new ArrayList<>();
        private final List<DomainEvent> events = new ArrayList<>();
        private final List<AuditEntry> audit = new ArrayList<>();

        private Draft() {
        }

        /** Adds {@code change} and returns it, so that the answer can ask what the store answered. */
        public <T> Change<S, T> change(Change<S, T> change) {
            changes.add(Objects.requireNonNull(change, "change"));
            return change;
        }

        /** Adds a decision to store. */
        public Draft<S> decision(Decision decision) {
            decisions.add(Objects.requireNonNull(decision, "decision"));
            return this;
        }

        /** Adds an event to publish. */
        public Draft<S> event(DomainEvent event) {
            events.add(Objects.requireNonNull(event, "event"));
            return this;
        }

        /** Adds an audit line. */
        public Draft<S> audit(AuditEntry entry) {
            audit.add(Objects.requireNonNull(entry, "entry"));
            return this;
        }

        /** The outcome: everything collected, answering with {@code answer}. */
        public <R> Outcome<S, R> answer(Function<Stored, R> answer) {
            return new Decided<>(changes, decisions, events, audit, answer);
        }
    }
}
