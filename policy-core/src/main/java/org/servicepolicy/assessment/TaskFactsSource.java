package org.servicepolicy.assessment;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: the task facts of a period (§3.1), which lower the assessment's components. The task
 * capability provides them; a whole cycle is asked for at once, so an adapter can answer with
 * one set-based query.
 */
@FunctionalInterface
public interface TaskFactsSource {
    /**
     * The task facts of each of {@code employees} that happened from {@code from} (inclusive) to
     * {@code to} (exclusive). An employee without facts may be missing from the map.
     */
    Map<EmployeeId, List<TaskFact>> factsOf(Set<EmployeeId> employees, Instant from, Instant to);
}
