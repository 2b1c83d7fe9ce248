package org.servicepolicy.career;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.training.TrainingObligation;

/** What the use cases of promotion eligibility load before they decide. */
public final class CareerFacts {
    private CareerFacts() {
    }

    /**
     * The facts of one employee's eligibility at an instant.
     *
     * @param employee  the employee, if they exist
     * @param grades    their finalised grades
     * @param penalties their penalties
     * @param services  their finalised service evaluations (§2.3.3)
     * @param training  what they owe of training at the instant (§4.1, §4.2)
     * @param policy    the version in force at the instant of the assessment
     */
    public record Standing(Optional<Employee> employee, List<CycleGrade> grades, List<Penalty> penalties,
                           List<ServiceEvaluationResult> services, List<TrainingObligation> training,
                           PolicyDefinition policy) {
        /** Requires every part and copies the lists. */
        public Standing {
            Objects.requireNonNull(employee, "employee");
            grades = List.copyOf(grades);
            penalties = List.copyOf(penalties);
            services = List.copyOf(services);
            training = List.copyOf(training);
            Objects.requireNonNull(policy, "policy");
        }
    }

    /**
     * The facts of a department's eligible employees at an instant.
     *
     * @param department the department, if it exists
     * @param employees  its employees
     * @param grades     each employee's finalised grades
     * @param penalties  each employee's penalties
     * @param services   each employee's finalised service evaluations
     * @param training   what each employee owes of training at the instant
     * @param policy     the version in force at the instant of the assessment
     */
    public record DepartmentStanding(Optional<Department> department, List<Employee> employees,
                                     Map<EmployeeId, List<CycleGrade>> grades,
                                     Map<EmployeeId, List<Penalty>> penalties,
                                     Map<EmployeeId, List<ServiceEvaluationResult>> services,
                                     Map<EmployeeId, List<TrainingObligation>> training,
                                     PolicyDefinition policy) {
        /** Requires every part and copies the collections. */
        public DepartmentStanding {
            Objects.requireNonNull(department, "department");
            employees = List.copyOf(employees);
            grades = Map.copyOf(grades);
            penalties = Map.copyOf(penalties);
            services = Map.copyOf(services);
            training = Map.copyOf(training);
            Objects.requireNonNull(policy, "policy");
        }

        /** The standing of {@code employee}, one of the department's. */
        Standing of(Employee employee) {
            return new Standing(Optional.of(employee), grades.getOrDefault(employee.id(), List.of()),
                    penalties.getOrDefault(employee.id(), List.of()), services.getOrDefault(employee.id(), List.of()),
                    training.getOrDefault(employee.id(), List.of()), policy);
        }
    }
}
