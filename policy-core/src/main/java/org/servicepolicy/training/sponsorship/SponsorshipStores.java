package org.servicepolicy.training.sponsorship;

import java.util.Objects;
import org.servicepolicy.assessment.CycleGradeStore;
import org.servicepolicy.discipline.PenaltyStore;
import org.servicepolicy.people.EmployeeStore;
import org.servicepolicy.policy.PolicyService;

/**
 * The ports the sponsorship of external training reads and writes (§4.1.2).
 *
 * @param sponsorships the requests
 * @param employees    the employees: hire date, status, departure
 * @param grades       the finalised compliance grades (§3.3.1)
 * @param penalties    the penalties (§3.3.3)
 * @param policies     the policy versions
 */
public record SponsorshipStores(SponsorshipStore sponsorships, EmployeeStore employees, CycleGradeStore grades,
                                PenaltyStore penalties, PolicyService policies) {
    /** Requires every port. */
    public SponsorshipStores {
        Objects.requireNonNull(sponsorships, "sponsorships");
        Objects.requireNonNull(employees, "employees");
        Objects.requireNonNull(grades, "grades");
        Objects.requireNonNull(penalties, "penalties");
        Objects.requireNonNull(policies, "policies");
    }
}
