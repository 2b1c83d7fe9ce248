package org.servicepolicy.discipline;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.ViolationId;

/** Port: violations, with optimistic locking. */
public interface ViolationStore {
    /** Stores a new violation at version 1 and returns it. */
    Violation add(Violation violation);

    /** Replaces the violation stored at {@code violation.version()}; returns it at the next version. */
    Violation update(Violation violation);

    /** The violation with {@code id}. */
    Optional<Violation> find(ViolationId id);

    /** The violations of {@code employee}, by time of occurrence then of recording. */
    List<Violation> of(EmployeeId employee);

    /**
     * The violations of each of {@code employees}, read set-based so that a whole assessment cycle
     * costs a bounded number of reads. The map has one entry per distinct employee, in the order
     * they were given, an employee without violations mapping to an empty list; each list is what
     * {@link #of} returns for that employee.
     */
    Map<EmployeeId, List<Violation>> ofAll(Collection<EmployeeId> employees);
}
