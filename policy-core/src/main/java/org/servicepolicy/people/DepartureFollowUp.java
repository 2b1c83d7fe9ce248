package org.servicepolicy.people;

import org.servicepolicy.kernel.Actor;

/**
 * What another area does when an employee leaves (§1.2), e.g. withdrawing the tasks they still
 * owed. Follow-ups run in the departure's own transaction, after the record is changed: the
 * departure and everything it entails are kept together or not at all.
 */
@FunctionalInterface
public interface DepartureFollowUp {
    /** Handles {@code leaver}'s departure, recorded by {@code actor}; {@code leaver} is the record as it now stands. */
    void employeeLeft(Actor actor, Employee leaver);
}
