package org.servicepolicy.career;

import org.servicepolicy.kernel.DecisionKind;

/**
 * §4.3.2: promotion by internal selection and competition, fair and open to every department.
 * Pure: each function decides from the facts loaded and the stamp.
 */
public final class SelectionRules {
    /** The decision kind of the outcome of a selection for one applicant. */
    public static final DecisionKind DECISION = DecisionKind.of("career.selection-decision");

    private SelectionRules() {
    }
}
