package org.servicepolicy.assessment;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.EmployeeId;

/**
 * §3.3.1: who gives an employee's superior evaluation. The direct superior while they are
 * employed; once they are dismissed or have left, the nearest employed superior further up the
 * line; failing one, an employed manager of the employee's department other than the employee;
 * failing that, any HR member other than the employee. When nobody is left to give it the
 * employee is graded as one without a superior.
 *
 * @param directSuperior the direct superior of the evaluated employee
 * @param basis          why others give it in the direct superior's place; empty while the direct
 *                       superior is employed and gives it ({@code HR}, the last resort, when nobody can)
 * @param evaluators     who may give it, ordered by id; empty when nobody can
 */
public record SuperiorEvaluator(EmployeeId directSuperior, Optional<StandIn.Basis> basis, List<EmployeeId> evaluators) {
    /** Requires every part; the direct superior gives it alone. */
    public SuperiorEvaluator {
        Objects.requireNonNull(directSuperior, "directSuperior");
        Objects.requireNonNull(basis, "basis");
        evaluators = List.copyOf(evaluators);
        if (basis.isEmpty() && !evaluators.equals(List.of(directSuperior))) {
            throw new IllegalArgumentException("only the direct superior gives it in their own right");
        }
    }

    /** Whether {@code evaluator} gives it. */
    public boolean givenBy(EmployeeId evaluator) {
        return evaluators.contains(evaluator);
    }

    /** Whether somebody can give it. */
    public boolean possible() {
        return !evaluators.isEmpty();
    }

    /** The stand-in record of {@code evaluator} giving it, empty for the direct superior. */
    public Optional<StandIn> standIn(EmployeeId evaluator) {
        return basis.map(b -> new StandIn(evaluator, directSuperior, b));
    }

    /** The one person who must give it, when there is exactly one. */
    public Optional<EmployeeId> onlyEvaluator() {
        return evaluators.size() == 1 ? Optional.of(evaluators.get(0)) : Optional.empty();
    }

    /** Who gives it, in words: "the direct superior e-3", or who stands in for them and why. */
    public String describe() {
        if (basis.isEmpty()) {
            return "the direct superior " + directSuperior;
        }
        if (evaluators.isEmpty()) {
            return "nobody: the direct superior " + directSuperior + " is no longer employed, and no superior up"
                    + " the line, no manager of the department and no HR member other than the employee is left to"
                    + " stand in";
        }
        var who = evaluators.size() == 1 ? evaluators.get(0).toString()
                : "any of " + evaluators.stream().map(EmployeeId::toString).collect(Collectors.joining(", "));
        return who + " (" + basis.get().description() + ") in place of the direct superior " + directSuperior
                + ", no longer employed";
    }
}
