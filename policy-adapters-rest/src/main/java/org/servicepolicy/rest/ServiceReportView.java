package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReport;
import org.servicepolicy.service.ServiceReportAddressee;
import org.servicepolicy.service.ServiceReportRuling;
import org.servicepolicy.service.ServiceReportStatus;
import org.servicepolicy.service.ServiceReportSubjectKind;

/**
 * A peer's service problem report (§2.3.1), as the caller may read it.
 *
 * @param id               identifier
 * @param reporterId       who reported it; absent for the colleague reported on and their manager
 * @param addressedTo      SUPERVISION_GROUP or SUPERIOR
 * @param superiorId       the superior it was addressed to; absent with the reporter
 * @param subjectKind      EMPLOYEE, PROCESS or DEPARTMENT
 * @param subjectReference the colleague's id, the process, or the department's id
 * @param standard         the standard the reporter named
 * @param description      what happened
 * @param happenedAt       when it happened
 * @param reportedAt       when it was reported
 * @param status           OPEN, CONFIRMED or DISMISSED
 * @param ruledAt          when it was ruled on
 * @param ruledBy          who ruled; absent with the reporter
 * @param rulingNote       the reason for a dismissal, or the note of a confirmation
 * @param findingStandard  the standard of the confirmed problem
 * @param findingSeverity  the severity of the colleague's finding
 * @param findingId        the finding a confirmation entered in the colleague's record
 */
public record ServiceReportView(String id, String reporterId, ServiceReportAddressee addressedTo, String superiorId,
                                ServiceReportSubjectKind subjectKind, String subjectReference,
                                ServiceStandard standard, String description, Instant happenedAt, Instant reportedAt,
                                ServiceReportStatus status, Instant ruledAt, String ruledBy, String rulingNote,
                                ServiceStandard findingStandard, Severity findingSeverity, String findingId) {
    /** The view of {@code report}. */
    public static ServiceReportView of(ServiceReport report) {
        var ruling = report.ruling();
        return new ServiceReportView(report.id().value(), report.reporter().map(EmployeeId::value).orElse(null),
                report.addressedTo(), report.superior().map(EmployeeId::value).orElse(null),
                report.subject().kind(), report.subject().reference(), report.standard().orElse(null),
                report.description(), report.happenedAt(), report.reportedAt(), report.status(),
                ruling.map(ServiceReportRuling::at).orElse(null),
                ruling.flatMap(ServiceReportRuling::by).map(EmployeeId::value).orElse(null),
                ruling.flatMap(ServiceReportRuling::note).orElse(null),
                ruling.flatMap(ServiceReportRuling::standard).orElse(null),
                ruling.flatMap(ServiceReportRuling::severity).orElse(null),
                ruling.flatMap(ServiceReportRuling::finding).orElse(null));
    }
}
