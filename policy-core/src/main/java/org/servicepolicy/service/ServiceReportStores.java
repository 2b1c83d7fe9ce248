package org.servicepolicy.service;

import java.util.Objects;
import org.servicepolicy.people.DepartmentStore;
import org.servicepolicy.people.EmployeeStore;

/**
 * The ports peer service problem reports read and write (§2.3.1).
 *
 * @param reports     the reports
 * @param supervision the findings a confirmed report about a colleague adds to
 * @param employees   the reporter, their superior and the colleague reported on
 * @param departments the departments reported on
 */
public record ServiceReportStores(ServiceReportStore reports, SupervisionStore supervision, EmployeeStore employees,
                                  DepartmentStore departments) {
    /** Requires every port. */
    public ServiceReportStores {
        Objects.requireNonNull(reports, "reports");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(departments, "departments");
    }
}
