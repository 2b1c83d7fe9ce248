package org.servicepolicy.assessment;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: finalized grades, append-only. One grade per cycle and employee: adding a second is a
 * {@code ConflictException} (duplicate).
 */
public interface CycleGradeStore {
    /** Stores a finalized grade. */
    void add(CycleGrade grade);

    /** The grade of {@code employee} in {@code cycle}. */
    Optional<CycleGrade> find(AssessmentCycleId cycle, EmployeeId employee);

    /** The grades of {@code cycle}, by employee id. */
    List<CycleGrade> inCycle(AssessmentCycleId cycle);

    /** The grades of {@code employee}, oldest period first (by last day, then cycle id). */
    List<CycleGrade> of(EmployeeId employee);
}
