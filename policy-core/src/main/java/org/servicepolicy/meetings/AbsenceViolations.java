package org.servicepolicy.meetings;

import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.discipline.RecordedViolation;
import org.servicepolicy.kernel.Actor;

/**
 * Port: records the MEETING_OR_TRAINING_ABSENCE violation an unexcused absence from a compulsory
 * meeting is (§3.1.1, §5.1.2), with its ladder decision and any proposed penalty, inside the
 * caller's transaction. The library wires it to the discipline capability.
 */
@FunctionalInterface
public interface AbsenceViolations {
    /** Records {@code violation}, established by {@code actor}'s record of attendance. */
    RecordedViolation record(Actor actor, RecordViolation violation);
}
