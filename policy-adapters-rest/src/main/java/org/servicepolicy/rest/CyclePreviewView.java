package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.assessment.CyclePreview;

/**
 * What finalizing an open cycle would give now, computed and not stored (what-if, §3.3.1): the
 * grades of the employees whose evaluations are complete, and what the others still miss.
 *
 * @param cycle         the cycle
 * @param policyVersion the policy version that grades it
 * @param grades        the computed grades, by employee id
 * @param missing       the evaluations still missing
 */
public record CyclePreviewView(AssessmentCycleView cycle, String policyVersion, List<PreviewedGradeView> grades,
                               List<MissingEvaluationView> missing) {
    /** The view of {@code preview}. */
    public static CyclePreviewView of(CyclePreview preview) {
        return new CyclePreviewView(AssessmentCycleView.of(preview.cycle()), preview.policyVersion(),
                preview.grades().stream().map(PreviewedGradeView::of).toList(),
                preview.missing().stream().map(MissingEvaluationView::of).toList());
    }
}
