package org.servicepolicy.kernel;

import java.util.Objects;
import java.util.function.Function;

/**
 * One record to add or change, as a decide step describes it: what to do with an area's stores
 * {@code S}, and what the store answers (the record as stored, at its new version). Only the
 * {@link UnitOfWork} applies changes, in the order the outcome lists them, inside its
 * transaction.
 *
 * @param <S> the area's stores
 * @param <T> what the store answers
 */
public final class Change<S, T> {
    private final Function<S, T> write;

    private Change(Function<S, T> write) {
        this.write = Objects.requireNonNull(write, "write");
    }

    /** The change that {@code write} makes; e.g. {@code Change.of(s -> s.penalties().update(issued))}. */
    public static <S, T> Change<S, T> of(Function<S, T> write) {
        return new Change<>(write);
    }

    T applyTo(S stores) {
        return write.apply(stores);
    }
}
