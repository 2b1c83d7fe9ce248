package org.servicepolicy.service;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/** Port: supervision observations and the service findings in employees' records, both append-only. */
public interface SupervisionStore {
    /** Stores a new observation and returns it; an existing id is a {@code ConflictException}. */
    Observation add(Observation observation);

    /** The observation with {@code id}, with its recorder. */
    Optional<Observation> find(ObservationId id);

    /** Stores a new finding and returns it; an existing id is a {@code ConflictException}. */
    ServiceFinding add(ServiceFinding finding);

    /** The findings in {@code employee}'s record, oldest observation first (then by id). */
    List<ServiceFinding> findingsOf(EmployeeId employee);

    /**
     * The findings in the records of {@code employees}, read at once for all of them: one entry
     * per employee asked for, each oldest observation first (then by id).
     */
    Map<EmployeeId, List<ServiceFinding>> findingsOfAll(Collection<EmployeeId> employees);
}
