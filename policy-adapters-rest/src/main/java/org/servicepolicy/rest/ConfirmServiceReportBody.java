package org.servicepolicy.rest;

import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;
import org.servicepolicy.service.ServiceReportConfirmation;

/**
 * Body of {@code POST /api/v1/service-reports/{id}/confirmation} (§2.3.1).
 *
 * @param standard the standard the problem concerns; required for a report about a colleague that named none
 * @param severity the severity of the colleague's finding; required for a report about a colleague, absent otherwise
 * @param note     a note on the ruling
 */
public record ConfirmServiceReportBody(ServiceStandard standard, Severity severity, String note) {
    /** The core command. */
    public ServiceReportConfirmation toCommand() {
        return new ServiceReportConfirmation(standard, severity, note);
    }
}
