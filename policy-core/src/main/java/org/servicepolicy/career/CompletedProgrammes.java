package org.servicepolicy.career;

import java.time.Instant;
import java.util.Set;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: the training programmes an employee has completed (§4.1, §4.2), by programme id, as
 * development plans count their progress (§4.3.1). The library wires it to the record of
 * training completions.
 */
@FunctionalInterface
public interface CompletedProgrammes {
    /** The ids of the programmes {@code employee} completed at or before {@code asOf}. */
    Set<String> of(EmployeeId employee, Instant asOf);
}
