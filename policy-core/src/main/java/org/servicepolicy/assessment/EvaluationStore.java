package org.servicepolicy.assessment;

import java.util.Collection;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: evaluations, append-only. At most one evaluation per cycle, evaluated employee and
 * evaluator: adding a second is a {@code ConflictException} (duplicate), as is an existing id.
 */
public interface EvaluationStore {
    /** Stores a new evaluation. */
    void add(Evaluation evaluation);

    /** The evaluations of {@code cycle}, by evaluated employee, then submission time, then id. */
    List<Evaluation> inCycle(AssessmentCycleId cycle);

    /**
     * The evaluations of {@code cycle} whose evaluated employee is one of {@code evaluated}, by
     * evaluated employee, then submission time, then id: a part of {@link #inCycle}, read by
     * set, so that finalizing a large cycle holds one part of its evaluations at a time.
     */
    List<Evaluation> inCycleOf(AssessmentCycleId cycle, Collection<EmployeeId> evaluated);

    /** The evaluations of {@code evaluated} in {@code cycle}, by submission time then id. */
    List<Evaluation> of(AssessmentCycleId cycle, EmployeeId evaluated);
}
