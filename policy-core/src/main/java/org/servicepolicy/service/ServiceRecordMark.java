package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.policy.ServiceStandard;

/**
 * A service record that fell short of a standard, marked exactly once (§2.1.3, §2.1.4): a case
 * not finished in its stipulated time, or a return visit not done in the policy's period. The
 * mark is what makes the finding once, whether the sweep or the late act came first; a store
 * keeps at most one mark per {@link #key()}.
 *
 * @param serviceCase the case
 * @param standard    {@code CASE_TIME} or {@code RETURN_VISIT}
 * @param dueAt       the time that passed
 * @param markedAt    when the mark was made
 */
public record ServiceRecordMark(ServiceCaseId serviceCase, ServiceStandard standard, Instant dueAt,
                                Instant markedAt) {
    /** Requires every part and a standard a service record is marked for. */
    public ServiceRecordMark {
        Objects.requireNonNull(serviceCase, "serviceCase");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(markedAt, "markedAt");
        if (standard != ServiceStandard.CASE_TIME && standard != ServiceStandard.RETURN_VISIT) {
            throw new IllegalArgumentException("a service record is marked for CASE_TIME or RETURN_VISIT only");
        }
    }

    /**
     * The identity of a mark: the case and the standard.
     *
     * @param serviceCase the case
     * @param standard    the standard
     */
    public record Key(ServiceCaseId serviceCase, ServiceStandard standard) {
        /** Requires both parts. */
        public Key {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(standard, "standard");
        }
    }

    /** What identifies the mark. */
    public Key key() {
        return new Key(serviceCase, standard);
    }
}
