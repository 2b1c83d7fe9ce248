package org.servicepolicy.service;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * What a peer service problem report is about (§2.3.1).
 *
 * @param kind      a colleague, a process or a department
 * @param reference the colleague's employee id, the process in words, or the department's id
 */
public record ServiceReportSubject(ServiceReportSubjectKind kind, String reference) {
    /** Requires every part; a colleague is named by a valid employee id. */
    public ServiceReportSubject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        if (kind == ServiceReportSubjectKind.EMPLOYEE) {
            EmployeeId.of(reference);
        }
    }

    /** The colleague reported on, when the report is about one. */
    public Optional<EmployeeId> employee() {
        return kind == ServiceReportSubjectKind.EMPLOYEE ? Optional.of(EmployeeId.of(reference)) : Optional.empty();
    }
}
