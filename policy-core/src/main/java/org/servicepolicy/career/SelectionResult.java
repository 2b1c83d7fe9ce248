package org.servicepolicy.career;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.people.Employee;

/**
 * What deciding an internal selection gives (§4.3.2).
 *
 * @param selection the selection as decided
 * @param decisions the decision about each applicant, in the order of the applications
 * @param moved     the chosen applicant's record after the move to the position; empty when HR chose none
 */
public record SelectionResult(Selection selection, List<Decision> decisions, Optional<Employee> moved) {
    /** Requires every part and copies the decisions. */
    public SelectionResult {
        Objects.requireNonNull(selection, "selection");
        decisions = List.copyOf(decisions);
        Objects.requireNonNull(moved, "moved");
    }
}
