package org.servicepolicy.service;

import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.ServiceStandard;
import org.servicepolicy.policy.Severity;

/**
 * Command: the service supervision group records an observation (§2.3.1). A nonconformity takes
 * the severity the policy in force at {@code observedAt} gives its standard, unless the recorder
 * states another with a reason. {@link #requireValid} lists every problem at once.
 *
 * @param standard       the standard checked
 * @param method         how it was checked
 * @param outcome        conforming or a nonconformity
 * @param observedAt     when; not in the future
 * @param severity       a severity other than the standard's, for a nonconformity only; may be null
 * @param severityReason why, required with {@code severity}
 * @param evidence       what was observed
 * @param employeeIds    the employees concerned: at least one for a nonconformity, at most {@link #CONCERNED_MAX}
 */
public record RecordObservation(ServiceStandard standard, ObservationMethod method, ObservationOutcome outcome,
                                Instant observedAt, Severity severity, String severityReason, String evidence,
                                List<String> employeeIds) {
    /** The most employees one observation concerns. */
    public static final int CONCERNED_MAX = 50;

    /** Keeps {@code observedAt} at the stores' precision and copies the ids. */
    public RecordObservation {
        observedAt = StoredPrecision.truncate(observedAt);
        employeeIds = employeeIds == null ? List.of() : employeeIds.stream().toList();
    }

    /** A nonconformity with the standard's own severity. */
    public static RecordObservation nonconformity(ServiceStandard standard, ObservationMethod method,
                                                  Instant observedAt, String evidence, List<String> employeeIds) {
        return new RecordObservation(standard, method, ObservationOutcome.NONCONFORMITY, observedAt, null, null,
                evidence, employeeIds);
    }

    /** A conforming observation. */
    public static RecordObservation conforming(ServiceStandard standard, ObservationMethod method,
                                               Instant observedAt, String evidence, List<String> employeeIds) {
        return new RecordObservation(standard, method, ObservationOutcome.CONFORMING, observedAt, null, null,
                evidence, employeeIds);
    }

    /** This nonconformity at {@code stated} severity, for {@code reason}. */
    public RecordObservation withSeverity(Severity stated, String reason) {
        return new RecordObservation(standard, method, outcome, observedAt, stated, reason, evidence, employeeIds);
    }

    /**
     * Throws {@code InvalidInputException} listing every problem of the command as of {@code now}.
     */
    public void requireValid(Instant now) {
        new Inputs().present(standard, "standard").present(method, "method").present(outcome, "outcome")
                .present(observedAt, "observedAt")
                .require(observedAt == null || !observedAt.isAfter(now), "observedAt",
                        "must not be in the future (now is " + now + ")")
                .text(evidence, "evidence")
                .require(employeeIds.size() <= CONCERNED_MAX, "employeeIds",
                        "names at most " + CONCERNED_MAX + " employees")
                .require(employeeIds.stream().allMatch(id -> id != null && Ids.isValid(id)), "employeeIds",
                        "holds an id that is not valid")
                .require(new HashSet<>(employeeIds).size() == employeeIds.size(), "employeeIds",
                        "names an employee twice")
                .require(outcome != ObservationOutcome.NONCONFORMITY || !employeeIds.isEmpty(), "employeeIds",
                        "a nonconformity concerns at least one employee")
                .require(severity == null || outcome == ObservationOutcome.NONCONFORMITY, "severity",
                        "only a nonconformity has a severity")
                .require(severity == null || severityReason != null && !severityReason.isBlank(), "severityReason",
                        "is required when a severity is stated: the standard's severity applies otherwise")
                .require(severity != null || severityReason == null, "severityReason",
                        "goes with a stated severity only")
                .optionalText(severityReason, "severityReason")
                .throwIfAny();
    }
}
