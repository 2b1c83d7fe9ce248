package org.servicepolicy.service;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;

/**
 * The ports the service area reads and writes (§2.3.1).
 *
 * @param supervision the observations and findings
 * @param employees   the employees concerned, held while their findings are counted
 */
public record ServiceStores(SupervisionStore supervision, EmployeeStore employees) {
    /** Requires every port. */
    public ServiceStores {
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(employees, "employees");
    }
}
