package org.servicepolicy.service.evaluation;

import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Actor;

/**
 * Port: records the company-rule violation a SUBSTANDARD service evaluation proposes (§2.3.3,
 * §3.3.3), with its ladder decision and any proposed penalty, inside the caller's transaction.
 * The library wires it to the discipline capability, so the ladder decides the penalty.
 */
@FunctionalInterface
public interface ServiceEvaluationViolations {
    /** Records {@code violation}, established by {@code actor}'s finalisation. */
    RecordedViolation record(Actor actor, RecordViolation violation);
}
