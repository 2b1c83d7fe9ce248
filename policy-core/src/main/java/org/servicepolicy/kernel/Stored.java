package org.servicepolicy.kernel;

/**
 * What the stores answered to the changes of a committed outcome: the records as stored, at
 * their new versions. An outcome builds its answer from it.
 */
@FunctionalInterface
public interface Stored {
    /** What the store answered to {@code change}, which must be one of the outcome's changes. */
    <T> T of(Change<?, T> change);
}
