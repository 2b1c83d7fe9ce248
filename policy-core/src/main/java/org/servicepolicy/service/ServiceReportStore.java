package org.servicepolicy.service;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/** Port: peer service problem reports (§2.3.1), with optimistic locking: a report is ruled once. */
public interface ServiceReportStore {
    /** Stores a new report at version 1 and returns it; an existing id is a {@code ConflictException}. */
    ServiceReport add(ServiceReport report);

    /**
     * Replaces the report stored at {@code report.version()} and returns it at the next version;
     * any other stored version is a {@code ConflictException}.
     */
    ServiceReport update(ServiceReport report);

    /** The report with {@code id}, with its reporter. */
    Optional<ServiceReport> find(ServiceReportId id);

    /** The reports {@code reporter} filed, oldest first (then by id). */
    List<ServiceReport> filedBy(EmployeeId reporter);

    /** The reports addressed to {@code superior}, oldest first (then by id). */
    List<ServiceReport> addressedTo(EmployeeId superior);

    /** Every report, oldest first (then by id). */
    List<ServiceReport> all();
}
