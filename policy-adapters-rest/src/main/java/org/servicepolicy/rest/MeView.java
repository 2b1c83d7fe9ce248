package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Role;
import org.servicepolicy.people.Employee;

/**
 * The caller: their employee record and the roles they act with.
 *
 * @param employee the caller's record
 * @param roles    the roles of this request's actor
 */
public record MeView(EmployeeView employee, List<Role> roles) {
    /** The view of {@code actor}, who is {@code employee}. */
    public static MeView of(Actor actor, Employee employee) {
        return new MeView(EmployeeView.of(employee), actor.roles().stream().sorted().toList());
    }
}
