package org.servicepolicy.career;

import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.ChangeEmployment;
import org.servicepolicy.people.Employee;

/**
 * Port: changes an employee's terms of employment (§1.2) inside the caller's transaction, as the
 * people capability does for HR, with its own decision: the library wires it to it, so that the
 * applicant chosen in an internal selection moves to the position's level and department with
 * the selection's decision, or not at all.
 */
@FunctionalInterface
public interface EmploymentChanges {
    /** Changes {@code employee}'s terms as {@code change} says, on behalf of {@code actor}; answers the record as changed. */
    Employee change(Actor actor, EmployeeId employee, ChangeEmployment change);
}
