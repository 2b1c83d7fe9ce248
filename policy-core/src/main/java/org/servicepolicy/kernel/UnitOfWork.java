package org.servicepolicy.kernel;

import java.time.Clock;
import java.time.Instant;
import java.util.IdentityHashMap;
import java.util.Objects;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The one place that commits: every use case is {@code load} the facts, {@code decide} in a pure
 * function, then this component applies the outcome in one transaction. It alone owns the
 * transaction, the clock, new identifiers, the decision store, the event outbox and the audit
 * trail, so no use case can forget one of them or write half of what it decided.
 *
 * @param <S> the stores of the area the use cases belong to
 */
public final class UnitOfWork<S> {
    private final S stores;
    private final Transactions transactions;
    private final DecisionStore decisions;
    private final EventPublisher events;
    private final AuditTrail audit;
    private final IdGenerator ids;
    private final Clock clock;

    /** The unit of work of an area with {@code stores}. */
    public UnitOfWork(S stores, Transactions transactions, DecisionStore decisions, EventPublisher events,
                      AuditTrail audit, IdGenerator ids, Clock clock) {
        this.stores = Objects.requireNonNull(stores, "stores");
        this.transactions = Objects.requireNonNull(transactions, "transactions");
        this.decisions = Objects.requireNonNull(decisions, "decisions");
        this.events = Objects.requireNonNull(events, "events");
        this.audit = Objects.requireNonNull(audit, "audit");
        this.ids = Objects.requireNonNull(ids, "ids");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** The clock's instant, for checking a command before it runs. */
    public Instant now() {
        return clock.instant();
    }

    /** The area's stores, for reads outside a command. */
    public S stores() {
        return stores;
    }

    /**
     * Runs {@code commands} (several use cases, of this area or others) as one transaction: a
     * use case that completes another's decision (a reward proposed for an adopted suggestion)
     * commits with it or not at all.
     */
    public <T> T together(Supplier<T> commands) {
        return transactions.inTransaction(commands);
    }

    /** Runs a command at the clock's instant; see {@link #run(Actor, Instant, Function, Decide)}. */
    public <F, R> R run(Actor actor, Function<S, F> load, Decide<F, S, R> decide) {
        return run(actor, now(), load, decide);
    }

    /**
     * Runs a command in one transaction: loads its facts, decides, and on a decided outcome
     * stores its decisions, applies its changes in order, publishes its events and records its
     * audit lines, then answers. A refusal is thrown as its exception and writes nothing.
     *
     * @param now the command's instant (the one its input was checked against)
     */
    public <F, R> R run(Actor actor, Instant now, Function<S, F> load, Decide<F, S, R> decide) {
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(now, "now");
        return transactions.inTransaction(() -> commit(decide.apply(load.apply(stores), new Stamp(actor, now, ids))));
    }

    private <R> R commit(Outcome<S, R> outcome) {
        if (outcome instanceof Outcome.Refused<S, R> refused) {
            throw refused.refusal().toException();
        }
        var decided = (Outcome.Decided<S, R>) outcome;
        // Decisions first: the records a decision justifies (a penalty, a grade, a reward) refer to it.
        decisions.appendAll(decided.decisions());
        var answers = new IdentityHashMap<Change<?, ?>, Object>();
        for (var change : decided.changes()) {
            answers.put(change, change.applyTo(stores));
        }
        decided.events().forEach(events::publish);
        audit.recordAll(decided.audit());
        return decided.answer().apply(new Stored() {
            @Override
            @SuppressWarnings("unchecked")
            public <T> T of(Change<?, T> change) {
                if (!answers.containsKey(change)) {
                    throw new IllegalArgumentException("the change is not one of this outcome's");
                }
                return (T) answers.get(change);
            }
        });
    }

    /**
     * A decide step: facts and the stamp in, an outcome out. Pure: no reads, no clock, no I/O.
     *
     * @param <F> the facts
     * @param <S> the area's stores
     * @param <R> the answer
     */
    @FunctionalInterface
    public interface Decide<F, S, R> {
        /** Decides on {@code facts}. */
        Outcome<S, R> apply(F facts, Stamp stamp);
    }
}
