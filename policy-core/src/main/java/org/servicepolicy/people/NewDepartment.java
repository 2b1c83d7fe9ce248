package org.servicepolicy.people;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: create a department.
 *
 * @param id   the identifier wanted, or null to have one generated
 * @param name the department's name
 */
public record NewDepartment(String id, String name) {
    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        new Inputs().notBlank(name, "name")
                .require(id == null || Ids.isValid(id), "id", "must be 1-64 letters, digits, '.', '_' or '-'")
                .require(name == null || name.length() <= 200, "name", "must be at most 200 characters")
                .throwIfAny();
    }
}
