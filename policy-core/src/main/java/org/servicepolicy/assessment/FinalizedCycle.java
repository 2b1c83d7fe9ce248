package org.servicepolicy.assessment;

import java.util.List;
import java.util.Objects;

/**
 * A finalized cycle and its stored grades.
 *
 * @param cycle  the cycle, FINALIZED
 * @param grades its grades, by employee id
 */
public record FinalizedCycle(AssessmentCycle cycle, List<CycleGrade> grades) {
    /** Requires both parts and copies the grades. */
    public FinalizedCycle {
        Objects.requireNonNull(cycle, "cycle");
        grades = List.copyOf(grades);
    }
}
