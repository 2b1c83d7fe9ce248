package org.servicepolicy.kernel;

import java.util.function.Supplier;

/**
 * Port: runs one use case as one transaction. When {@code work} throws, nothing it wrote is kept
 * and the exception propagates unchanged.
 */
@FunctionalInterface
public interface Transactions {
    /** Runs {@code work} atomically and returns its result. */
    <T> T inTransaction(Supplier<T> work);
}
