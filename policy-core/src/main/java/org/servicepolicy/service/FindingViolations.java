package org.servicepolicy.service;

import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Actor;

/**
 * Port: records the violation service findings propose (§2.3.1, §3.3.3), with its ladder
 * decision and any proposed penalty, inside the caller's transaction. The library wires it to
 * the discipline capability.
 */
@FunctionalInterface
public interface FindingViolations {
    /** Records {@code violation}, established by {@code actor}'s observation. */
    RecordedViolation record(Actor actor, RecordViolation violation);
}
