package org.servicepolicy.service;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports the service records read and write (§2.1.3, §2.1.4).
 *
 * @param records     the cases, their return trips and visits, and the marks
 * @param supervision the findings in employees' service records
 * @param employees   the employees handling cases, held while their findings are counted
 * @param policies    the policy versions
 * @param scores      the customer-score ledger, which a done return visit's satisfaction enters
 */
public record ServiceRecordStores(ServiceRecordStore records, SupervisionStore supervision, EmployeeStore employees,
                                  PolicyService policies, ReturnVisitScores scores) {
    /** Requires every port. */
    public ServiceRecordStores {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(supervision, "supervision");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(policies, "policies");
        Objects.requireNonNull(scores, "scores");
    }
}
