package org.servicepolicy.service;

import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * Command: the service supervision group confirms a peer service problem report as effective
 * information (§2.3.1). A report about a colleague becomes a finding in their record: the group
 * chooses its severity, and its standard unless the report named one.
 *
 * @param standard the standard the problem concerns; may be null when the report named one, or
 *                 when it is not about a colleague
 * @param severity the finding's severity: required for a report about a colleague, absent otherwise
 * @param note     a note on the ruling; may be null
 */
public record ServiceReportConfirmation(ServiceStandard standard, Severity severity, String note) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().optionalText(note, "note").throwIfAny();
    }
}
