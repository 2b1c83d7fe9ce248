package org.servicepolicy.discipline;

import java.util.List;
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
}
