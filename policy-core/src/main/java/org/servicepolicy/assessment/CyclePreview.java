package org.servicepolicy.assessment;

import java.util.List;
import java.util.Objects;

/**
 * What finalizing an open cycle would give now, without storing anything: the grades of the
 * employees whose evaluations are complete, and what the others still miss.
 *
 * @param cycle         the cycle
 * @param policyVersion the policy version that grades it
 * @param grades        the computed grades, by employee id
 * @param missing       the evaluations still missing
 */
public record CyclePreview(AssessmentCycle cycle, String policyVersion, List<PreviewedGrade> grades,
                           List<MissingEvaluation> missing) {
    /** Requires every part and copies the lists. */
    public CyclePreview {
        Objects.requireNonNull(cycle, "cycle");
        Objects.requireNonNull(policyVersion, "policyVersion");
        grades = List.copyOf(grades);
        missing = List.copyOf(missing);
    }
}
