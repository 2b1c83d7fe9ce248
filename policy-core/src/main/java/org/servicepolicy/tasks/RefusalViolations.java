package org.servicepolicy.tasks;

import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Actor;

/**
 * Port: records the violation an unjustified task refusal is (§3.1.1), with its ladder decision
 * and any proposed penalty (§3.3.3), inside the caller's transaction. The library wires it to
 * the discipline capability.
 */
@FunctionalInterface
public interface RefusalViolations {
    /** Records {@code violation}, established by {@code actor}'s ruling. */
    RecordedViolation record(Actor actor, RecordViolation violation);
}
