package org.servicepolicy.people;

import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;

/**
 * A department of the company.
 *
 * @param id   its identifier
 * @param name its name
 */
public record Department(DepartmentId id, String name) {
    /** Requires both parts. */
    public Department {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
    }
}
