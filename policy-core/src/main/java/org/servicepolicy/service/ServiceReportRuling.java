package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * The service supervision group's one ruling on a peer service problem report (§2.3.1).
 *
 * @param outcome  CONFIRMED (effective information) or DISMISSED
 * @param at       when it was ruled
 * @param by       who ruled; empty where the reader is the colleague reported on
 * @param note     the reason for a dismissal (always present), or the note of a confirmation
 * @param standard the standard the confirmed problem concerns, when one was named
 * @param severity the severity the group gave the finding of a confirmed report about a colleague
 * @param finding  the finding that confirmation entered in the colleague's record
 */
public record ServiceReportRuling(ServiceReportStatus outcome, Instant at, Optional<EmployeeId> by,
                                  Optional<String> note, Optional<ServiceStandard> standard,
                                  Optional<Severity> severity, Optional<String> finding) {
    /** Requires every part; a dismissal has its reason and no finding, a finding has its standard and severity. */
    public ServiceReportRuling {
        Objects.requireNonNull(outcome, "outcome");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(finding, "finding");
        if (outcome == ServiceReportStatus.OPEN) {
            throw new IllegalArgumentException("a ruling confirms or dismisses");
        }
        if (outcome == ServiceReportStatus.DISMISSED && (note.isEmpty() || severity.isPresent()
                || finding.isPresent())) {
            throw new IllegalArgumentException("a dismissal gives its reason and makes no finding");
        }
        if (finding.isPresent() != severity.isPresent() || finding.isPresent() && standard.isEmpty()) {
            throw new IllegalArgumentException("a finding has a standard and a severity, and only a finding has a severity");
        }
    }

    /** This ruling without who made it. */
    public ServiceReportRuling withoutRuler() {
        return new ServiceReportRuling(outcome, at, Optional.empty(), note, standard, severity, finding);
    }
}
