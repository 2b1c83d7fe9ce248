package org.servicepolicy.assessment;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: finalized grades, append-only. One grade per cycle and employee: adding a second is a
 * {@code ConflictException} (duplicate).
 */
public interface CycleGradeStore {
    /** Stores a finalized grade. */
    void add(CycleGrade grade);

    /**
     * Stores the finalized grades of a cycle, as {@link #add} would one by one, so that
     * finalizing a cycle costs a bounded number of writes. This default adds one at a time; an
     * adapter over a database writes them in batches. Within a transaction a duplicate is a
     * {@code ConflictException} (duplicate) and none of them is kept once it rolls back.
     */
    default void addAll(List<CycleGrade> grades) {
        grades.forEach(this::add);
    }

    /** The grade of {@code employee} in {@code cycle}. */
    Optional<CycleGrade> find(AssessmentCycleId cycle, EmployeeId employee);

    /** The grades of {@code cycle}, by employee id. */
    List<CycleGrade> inCycle(AssessmentCycleId cycle);

    /** The grades of {@code employee}, oldest period first (by last day, then cycle id). */
    List<CycleGrade> of(EmployeeId employee);

    /**
     * The grades of each of {@code employees}, read set-based so that finalizing a cycle costs a
     * bounded number of reads. The map has one entry per distinct employee, in the order they
     * were given, an employee without grades mapping to an empty list; each list is what
     * {@link #of} returns for that employee. This default reads one employee at a time; an
     * adapter over a database answers with one query.
     */
    default Map<EmployeeId, List<CycleGrade>> ofAll(Collection<EmployeeId> employees) {
        var grades = new LinkedHashMap<EmployeeId, List<CycleGrade>>();
        for (var employee : employees) {
            grades.computeIfAbsent(employee, this::of);
        }
        return grades;
    }
}
