package org.servicepolicy.training;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Who gives a training session: an employee, or an expert from outside the company named in words.
 *
 * @param employee      the employee who trains, when one does
 * @param outsideExpert the outside expert's name, when no employee trains
 */
public record Trainer(Optional<EmployeeId> employee, Optional<String> outsideExpert) {
    /** Requires exactly one of the two. */
    public Trainer {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(outsideExpert, "outsideExpert");
        if (employee.isPresent() == outsideExpert.isPresent()) {
            throw new IllegalArgumentException("a trainer is an employee or an outside expert, not both or neither");
        }
    }

    /** The employee {@code id} trains. */
    public static Trainer employee(EmployeeId id) {
        return new Trainer(Optional.of(id), Optional.empty());
    }

    /** The outside expert named {@code name} trains. */
    public static Trainer outsideExpert(String name) {
        return new Trainer(Optional.empty(), Optional.of(name));
    }

    /** Whether {@code id} is the training employee. */
    public boolean is(EmployeeId id) {
        return employee.filter(id::equals).isPresent();
    }

    /** The trainer in words: the employee's id or the expert's name. */
    @Override
    public String toString() {
        return employee.map(EmployeeId::value).orElseGet(outsideExpert::orElseThrow);
    }
}
