package org.servicepolicy.assessment;

import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * §3.3.1: who gave a superior evaluation in the place of a direct superior who is no longer
 * employed (dismissed or left), and on what ground, so that a departed superior does not block
 * the cycle and the grade's explanation says who evaluated in whose place.
 *
 * @param evaluator who evaluated
 * @param inPlaceOf the direct superior, no longer employed, in whose place they evaluated
 * @param basis     why they stand in
 */
public record StandIn(EmployeeId evaluator, EmployeeId inPlaceOf, Basis basis) {
    /** Requires every part and two different people. */
    public StandIn {
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(inPlaceOf, "inPlaceOf");
        Objects.requireNonNull(basis, "basis");
        if (evaluator.equals(inPlaceOf)) {
            throw new IllegalArgumentException("a stand-in evaluates in someone else's place");
        }
    }

    /** "e-7 (the nearest employed superior up the line) in place of the direct superior e-3, no longer employed". */
    public String describe() {
        return evaluator + " (" + basis.description() + ") in place of the direct superior " + inPlaceOf
                + ", no longer employed";
    }

    /** Who stands in for a direct superior no longer employed, in the order they are looked for. */
    public enum Basis {
        /** The nearest superior further up the reporting line who is still employed. */
        NEXT_SUPERIOR("the nearest employed superior up the line"),
        /** A manager of the evaluated employee's department, when nobody up the line is employed. */
        DEPARTMENT_MANAGER("a manager of the department"),
        /** A member of HR, when the line and the department have nobody to give it. */
        HR("a member of HR");

        private final String description;

        Basis(String description) {
            this.description = description;
        }

        /** The ground in words. */
        public String description() {
            return description;
        }
    }
}
