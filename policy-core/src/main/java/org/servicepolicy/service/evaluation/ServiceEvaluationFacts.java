package org.servicepolicy.service.evaluation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.service.ServiceFinding;

/** What the use cases of the service evaluation load before they decide. */
public final class ServiceEvaluationFacts {
    private ServiceEvaluationFacts() {
    }

    /**
     * The facts of opening a period.
     *
     * @param departments every department there is
     * @param periods     every period there is, read under the register's lock
     * @param policy      the policy in force now
     */
    public record Opening(Set<DepartmentId> departments, List<ServiceEvaluationPeriod> periods,
                          PolicyDefinition policy) {
        /** Copies the collections. */
        public Opening {
            departments = Set.copyOf(departments);
            periods = List.copyOf(periods);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of scoring an employee.
     *
     * @param period   the period, held for the score
     * @param employee the employee scored
     */
    public record Scoring(ServiceEvaluationPeriod period, Employee employee) {
        /** Requires every part. */
        public Scoring {
            Objects.requireNonNull(period, "period");
            Objects.requireNonNull(employee, "employee");
        }
    }

    /**
     * The facts of recording a customer's score.
     *
     * @param employee the employee scored
     */
    public record CustomerScoring(Employee employee) {
        /** Requires the employee. */
        public CustomerScoring {
            Objects.requireNonNull(employee, "employee");
        }
    }

    /**
     * The facts of finalising a period, each read at once for every employee evaluated.
     *
     * @param period         the period, held for the finalisation
     * @param evaluated      the employees evaluated, in id order
     * @param customerScores the customer scores given in the period
     * @param internalScores the internal scores of the period
     * @param findings       each employee's service findings observed in the period
     * @param earlier        each employee's results of earlier periods, oldest first
     * @param stored         the period's results when it is finalised already
     * @param policy         the policy in force at the period's last instant
     */
    public record Finalising(ServiceEvaluationPeriod period, List<Employee> evaluated,
                             List<CustomerScore> customerScores, List<InternalScore> internalScores,
                             Map<EmployeeId, List<ServiceFinding>> findings,
                             Map<EmployeeId, List<ServiceEvaluationResult>> earlier,
                             List<ServiceEvaluationResult> stored, PolicyDefinition policy) {
        /** Copies the collections. */
        public Finalising {
            Objects.requireNonNull(period, "period");
            evaluated = List.copyOf(evaluated);
            customerScores = List.copyOf(customerScores);
            internalScores = List.copyOf(internalScores);
            findings = Map.copyOf(findings);
            earlier = Map.copyOf(earlier);
            stored = List.copyOf(stored);
            Objects.requireNonNull(policy, "policy");
        }
    }
}
