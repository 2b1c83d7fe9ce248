package org.servicepolicy.service;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of the service area load before they decide. */
public final class ServiceFacts {
    private ServiceFacts() {
    }

    /**
     * The facts of recording an observation.
     *
     * @param concerned the employees concerned, held for the decision, in id order
     * @param findings  each one's findings so far
     * @param policy    the policy version in force when the conduct was observed
     */
    public record Recording(List<Employee> concerned, Map<EmployeeId, List<ServiceFinding>> findings,
                            PolicyDefinition policy) {
        /** Requires every part and the findings of every employee concerned. */
        public Recording {
            concerned = List.copyOf(concerned);
            findings = Map.copyOf(findings);
            Objects.requireNonNull(policy, "policy");
            for (var employee : concerned) {
                if (!findings.containsKey(employee.id())) {
                    throw new IllegalArgumentException("no findings loaded for " + employee.id());
                }
            }
        }
    }
}
