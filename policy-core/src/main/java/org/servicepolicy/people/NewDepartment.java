package org.servicepolicy.people;

/**
 * Command: create a department.
 *
 * @param id   the identifier wanted, or null to have one generated
 * @param name the department's name
 */
public record NewDepartment(String id, String name) {
}
