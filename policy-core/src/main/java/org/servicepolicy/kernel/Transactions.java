package org.servicepolicy.kernel;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Port: runs one use case as one transaction. When {@code work} throws, nothing it wrote is kept
 * and the exception propagates unchanged.
 */
@FunctionalInterface
public interface Transactions {
    /** Runs {@code work} atomically and returns its result. */
    <T> T inTransaction(Supplier<T> work);

    /**
     * Tells the transaction running on this thread what its use case is expected to read, so
     * that the stores may read it ahead ({@link ExpectedRead}). A hint: by default, and outside a
     * transaction, nothing happens.
     */
    default void expect(Collection<ExpectedRead> reads) {
    }
}
