package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of peer service problem reports load before they decide. */
public final class ServiceReportFacts {
    private ServiceReportFacts() {
    }

    /**
     * The facts of filing a report.
     *
     * @param reporter         the reporter's own record, absent when the actor is nobody the company employs
     * @param colleague        the colleague reported on, when the subject names an existing employee
     * @param departmentExists whether the department reported on exists, when the subject is one
     */
    public record Filing(Optional<Employee> reporter, Optional<Employee> colleague, boolean departmentExists) {
        /** Requires every part. */
        public Filing {
            Objects.requireNonNull(reporter, "reporter");
            Objects.requireNonNull(colleague, "colleague");
        }
    }

    /**
     * The facts of ruling on a report.
     *
     * @param report    the report, if it exists
     * @param colleague the colleague it is about, held for the decision, when it is about one
     * @param findings  the colleague's findings so far, counted for escalation
     * @param policy    the policy version in force when the reported problem happened
     */
    public record Ruling(Optional<ServiceReport> report, Optional<Employee> colleague, List<ServiceFinding> findings,
                         PolicyDefinition policy) {
        /** Requires every part and copies the findings. */
        public Ruling {
            Objects.requireNonNull(report, "report");
            Objects.requireNonNull(colleague, "colleague");
            findings = List.copyOf(findings);
            Objects.requireNonNull(policy, "policy");
        }
    }
}
