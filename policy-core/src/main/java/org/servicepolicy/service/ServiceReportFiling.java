package org.servicepolicy.service;

import java.time.Instant;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.ServiceStandard;

/**
 * Command: an employee reports a service problem (§2.3.1). {@link #requireValid} lists every
 * problem of its form at once; whether the subject exists, and whom it may be addressed to, the
 * rules decide.
 *
 * @param subjectKind      a colleague, a process or a department
 * @param subjectReference the colleague's employee id, the process in words, or the department's id
 * @param standard         the service standard it concerns; may be null
 * @param description      what happened
 * @param happenedAt       when; not in the future
 * @param addressedTo      the service supervision group or the reporter's superior
 */
public record ServiceReportFiling(ServiceReportSubjectKind subjectKind, String subjectReference,
                                  ServiceStandard standard, String description, Instant happenedAt,
                                  ServiceReportAddressee addressedTo) {
    /** The longest reference to a process, in characters. */
    public static final int REFERENCE_MAX = 200;

    /** Keeps {@code happenedAt} at the stores' precision. */
    public ServiceReportFiling {
        happenedAt = happenedAt == null ? null : StoredPrecision.truncate(happenedAt);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command as of {@code now}. */
    public void requireValid(Instant now) {
        var reference = subjectReference == null ? "" : subjectReference;
        new Inputs().present(subjectKind, "subjectKind")
                .notBlank(subjectReference, "subjectReference")
                .require(reference.length() <= REFERENCE_MAX, "subjectReference",
                        "must be at most " + REFERENCE_MAX + " characters")
                .require(subjectKind == null || subjectKind == ServiceReportSubjectKind.PROCESS
                        || reference.isBlank() || Ids.isValid(reference), "subjectReference",
                        "is not a valid id")
                .text(description, "description")
                .present(happenedAt, "happenedAt")
                .require(happenedAt == null || !happenedAt.isAfter(now), "happenedAt",
                        "must not be in the future (now is " + now + ")")
                .present(addressedTo, "addressedTo")
                .throwIfAny();
    }
}
