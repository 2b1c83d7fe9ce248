package org.servicepolicy.rest;

import java.util.List;

/**
 * The answer to {@code POST /api/v1/assessment-cycles/{id}/finalize}: the locked cycle and its
 * stored grades.
 *
 * @param cycle  the cycle, FINALIZED
 * @param grades its grades with their decisions, by employee id
 */
public record FinalizedCycleView(AssessmentCycleView cycle, List<CycleGradeView> grades) {
}
