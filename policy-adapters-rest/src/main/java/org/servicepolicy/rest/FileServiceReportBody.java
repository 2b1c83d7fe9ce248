package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.service.ServiceReportAddressee;
import org.servicepolicy.service.ServiceReportFiling;
import org.servicepolicy.service.ServiceReportSubjectKind;

/**
 * Body of {@code POST /api/v1/service-reports} (§2.3.1). The core checks it and lists every
 * problem at once.
 *
 * @param subjectKind      EMPLOYEE, PROCESS or DEPARTMENT
 * @param subjectReference the colleague's employee id, the process in words, or the department's id
 * @param standard         the service standard it concerns, if any
 * @param description      what happened
 * @param happenedAt       when (ISO-8601 instant, not in the future)
 * @param addressedTo      SUPERVISION_GROUP or SUPERIOR (the reporter's direct supervisor)
 */
public record FileServiceReportBody(ServiceReportSubjectKind subjectKind, String subjectReference,
                                    ServiceStandard standard, String description, Instant happenedAt,
                                    ServiceReportAddressee addressedTo) {
    /** The core command. */
    public ServiceReportFiling toCommand() {
        return new ServiceReportFiling(subjectKind, subjectReference, standard, description, happenedAt, addressedTo);
    }
}
