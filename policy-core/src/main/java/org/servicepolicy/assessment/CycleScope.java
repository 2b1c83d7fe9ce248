package org.servicepolicy.assessment;

import java.util.Collections;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.DepartmentId;

/**
 * Whom an assessment cycle covers: the whole company, or a list of departments.
 *
 * @param wholeCompany whether every department is covered
 * @param departments  the departments covered; empty exactly when {@code wholeCompany}
 */
public record CycleScope(boolean wholeCompany, Set<DepartmentId> departments) {
    /** Requires departments exactly when the scope is not the whole company; keeps them sorted. */
    public CycleScope {
        Objects.requireNonNull(departments, "departments");
        if (wholeCompany != departments.isEmpty()) {
            throw new IllegalArgumentException("a scope is the whole company or a non-empty list of departments");
        }
        var sorted = new TreeSet<DepartmentId>((a, b) -> a.value().compareTo(b.value()));
        sorted.addAll(departments);
        departments = Collections.unmodifiableSet(sorted);
    }

    /** The whole company. */
    public static CycleScope company() {
        return new CycleScope(true, Set.of());
    }

    /** The given departments. */
    public static CycleScope of(Set<DepartmentId> departments) {
        return new CycleScope(false, departments);
    }

    /** Whether {@code department} is covered. */
    public boolean covers(DepartmentId department) {
        return wholeCompany || departments.contains(department);
    }

    /**
     * Whether this scope and {@code other} cover a department in common: the company overlaps
     * every scope, two lists overlap when they share a department. Cycles whose scopes overlap
     * may not overlap in time, so nobody is graded twice for the same days.
     */
    public boolean overlaps(CycleScope other) {
        return wholeCompany || other.wholeCompany || departments.stream().anyMatch(other.departments::contains);
    }

    @Override
    public String toString() {
        return wholeCompany ? "the whole company"
                : departments.stream().map(DepartmentId::value).collect(Collectors.joining(", ", "departments ", ""));
    }
}
