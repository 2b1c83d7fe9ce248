package org.servicepolicy.training.sponsorship;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.assessment.AssessmentCycleId;
import org.servicepolicy.assessment.ComponentValues;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** Employees, requests and policies for the sponsorship rules' tests. */
final class Sponsorships {
    static final Instant NOW = Instant.parse("2026-03-02T10:00:00Z");
    static final EmployeeId STAFF = EmployeeId.of("staff");

    private Sponsorships() {
    }

    /** An employee of the service department hired on {@code hired}. */
    static Employee employee(EmployeeId id, LocalDate hired, EmploymentStatus status) {
        var since = hired.atStartOfDay().toInstant(ZoneOffset.UTC);
        return new Employee(id, id.value(), EmployeeCategory.STAFF, Optional.empty(), DepartmentId.of("service"), 3,
                hired, status, Optional.empty(), Set.of(), since, since, 1);
    }

    /** A request of {@code employee} for a course from 1 to 10 April 2026 costing {@code cost} CNY. */
    static Sponsorship request(String id, EmployeeId employee, String cost) {
        return Sponsorship.requested(SponsorshipId.of(id), employee, new RequestSponsorship("Service design",
                "Open Academy", LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10), new BigDecimal(cost)),
                Money.of(cost, "CNY"), NOW.minusSeconds(3_600)).atVersion(1);
    }

    /** A finalised grade of {@code employee} for the last quarter of 2025. */
    static CycleGrade grade(EmployeeId employee, Grade grade) {
        var zero = BigDecimal.ZERO;
        return new CycleGrade(AssessmentCycleId.of("2025-q4"), employee, DepartmentId.of("service"),
                LocalDate.of(2025, 10, 1), LocalDate.of(2025, 12, 31), grade, zero, new ComponentValues(zero, zero, zero),
                zero, DecisionId.of("d-grade"), "standard", Instant.parse("2026-01-05T00:00:00Z"));
    }

    /** The standard policy with {@code changes}. */
    static PolicyDefinition policy(Map<String, String> changes) {
        var settings = StandardPolicy.settings();
        settings.putAll(changes);
        return PolicyDefinition.of("test", Instant.EPOCH, settings);
    }
}
