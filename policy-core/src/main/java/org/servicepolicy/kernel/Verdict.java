package org.servicepolicy.kernel;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What a pure rule returns: an outcome and the ordered reasons for it. Use cases turn a verdict
 * into a stored {@link Decision}.
 *
 * @param <T>     the outcome's type
 * @param outcome the outcome
 * @param reasons why, in order
 */
public record Verdict<T>(T outcome, List<Reason> reasons) {
    /** Copies the reasons. */
    public Verdict {
        Objects.requireNonNull(outcome, "outcome");
        reasons = List.copyOf(reasons);
    }

    /** A verdict with no reasons yet. */
    public static <T> Verdict<T> of(T outcome) {
        return new Verdict<>(outcome, List.of());
    }

    /** This verdict with {@code reason} appended. */
    public Verdict<T> because(Reason reason) {
        var more = new ArrayList<>(reasons);
        more.add(reason);
        return new Verdict<>(outcome, more);
    }

    /** This verdict with {@code more} appended. */
    public Verdict<T> because(List<Reason> more) {
        var all = new ArrayList<>(reasons);
        all.addAll(more);
        return new Verdict<>(outcome, all);
    }
}
