package org.servicepolicy.people;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.PolicyDefinition;

/** What the use cases of the people of the company load before they decide. */
public final class PeopleFacts {
    private PeopleFacts() {
    }

    /**
     * The facts of a change of terms of employment.
     *
     * @param employee           the employee, held so that decisions about them take turns
     * @param newSupervisor      the supervisor the change names, when it names one that exists
     * @param aboveNewSupervisor everyone up the reporting line above that supervisor, nearest
     *                           first: the employee among them would close a cycle
     * @param departmentExists   whether the department the change names exists (true when it names none)
     * @param policy             the policy in force now
     */
    public record Changing(Employee employee, Optional<Employee> newSupervisor, Set<EmployeeId> aboveNewSupervisor,
                           boolean departmentExists, PolicyDefinition policy) {
        /** Copies the set. */
        public Changing {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(newSupervisor, "newSupervisor");
            aboveNewSupervisor = Set.copyOf(aboveNewSupervisor);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of a departure.
     *
     * @param employee      the employee who leaves, held
     * @param directReports the employees who report to them directly, held, ordered by id
     * @param policy        the policy in force now
     */
    public record Departing(Employee employee, List<Employee> directReports, PolicyDefinition policy) {
        /** Copies the list. */
        public Departing {
            Objects.requireNonNull(employee, "employee");
            directReports = List.copyOf(directReports);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of putting a hire on post (§4.1.1).
     *
     * @param employee  the hire, held for the decision
     * @param notPassed the programmes due before post they have not passed, in the policy's order
     */
    public record Posting(Employee employee, List<String> notPassed) {
        /** Requires every part and copies the list. */
        public Posting {
            Objects.requireNonNull(employee, "employee");
            notPassed = List.copyOf(notPassed);
        }
    }
}
