package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;

/**
 * An employee's report of a service problem about a colleague, a process or a department
 * (§2.3.1: employees supervise each other and report service problems to the group or their
 * superior). The service supervision group rules on it once.
 *
 * @param id          identifier
 * @param reporter    who reported it; empty where the reader is the colleague reported on, or
 *                    their manager, from whom the reporter is hidden
 * @param addressedTo the group, or the reporter's superior
 * @param superior    the superior it was addressed to; hidden with the reporter
 * @param subject     what it is about
 * @param standard    the service standard it concerns, if the reporter named one
 * @param description what happened
 * @param happenedAt  when it happened
 * @param reportedAt  when it was reported
 * @param ruling      the group's ruling, once made
 * @param version     optimistic-locking version, 0 before the first save
 */
public record ServiceReport(ServiceReportId id, Optional<EmployeeId> reporter, ServiceReportAddressee addressedTo,
                            Optional<EmployeeId> superior, ServiceReportSubject subject,
                            Optional<ServiceStandard> standard, String description, Instant happenedAt,
                            Instant reportedAt, Optional<ServiceReportRuling> ruling, long version) {
    /** Requires every part; only a report addressed to a superior names one. */
    public ServiceReport {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(reporter, "reporter");
        Objects.requireNonNull(addressedTo, "addressedTo");
        Objects.requireNonNull(superior, "superior");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(happenedAt, "happenedAt");
        Objects.requireNonNull(reportedAt, "reportedAt");
        Objects.requireNonNull(ruling, "ruling");
        if (superior.isPresent() && addressedTo != ServiceReportAddressee.SUPERIOR) {
            throw new IllegalArgumentException("only a report addressed to a superior names one");
        }
    }

    /** OPEN until ruled, then the ruling's outcome. */
    public ServiceReportStatus status() {
        return ruling.map(ServiceReportRuling::outcome).orElse(ServiceReportStatus.OPEN);
    }

    /** This report with {@code decided} as its ruling. */
    public ServiceReport ruled(ServiceReportRuling decided) {
        return new ServiceReport(id, reporter, addressedTo, superior, subject, standard, description, happenedAt,
                reportedAt, Optional.of(decided), version);
    }

    /**
     * This report as the colleague reported on, or their manager, reads it: without the reporter,
     * the superior it was addressed to (who would point at the reporter) or who ruled on it.
     */
    public ServiceReport withoutReporter() {
        return new ServiceReport(id, Optional.empty(), addressedTo, Optional.empty(), subject, standard, description,
                happenedAt, reportedAt, ruling.map(ServiceReportRuling::withoutRuler), version);
    }

    /** This report stored at {@code storedVersion}. */
    public ServiceReport atVersion(long storedVersion) {
        return new ServiceReport(id, reporter, addressedTo, superior, subject, standard, description, happenedAt,
                reportedAt, ruling, storedVersion);
    }
}
