package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.policy.ServiceStandard;

/**
 * A service record that fell short of a standard, marked exactly once (§2.1.2, §2.1.3, §2.1.4):
 * a case not finished in its stipulated time, a promised reply not given by its time, or a return
 * visit not done in the policy's period. The mark is what makes the finding once, whether the
 * sweep or the late act came first; a store keeps at most one mark per {@link #key()}.
 *
 * @param serviceCase the case
 * @param standard    {@code CASE_TIME}, {@code PROMISED_REPLY} or {@code RETURN_VISIT}
 * @param number      for PROMISED_REPLY the commitment's number; 1 otherwise (a case has one due
 *                    time and one return visit)
 * @param dueAt       the time that passed
 * @param markedAt    when the mark was made
 */
public record ServiceRecordMark(ServiceCaseId serviceCase, ServiceStandard standard, int number, Instant dueAt,
                                Instant markedAt) {
    private static final Set<ServiceStandard> MARKED = Set.of(ServiceStandard.CASE_TIME,
            ServiceStandard.PROMISED_REPLY, ServiceStandard.RETURN_VISIT);

    /** Requires every part, a standard a service record is marked for and a positive number. */
    public ServiceRecordMark {
        Objects.requireNonNull(serviceCase, "serviceCase");
        Objects.requireNonNull(standard, "standard");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(markedAt, "markedAt");
        if (!MARKED.contains(standard) || number < 1) {
            throw new IllegalArgumentException("a service record is marked for CASE_TIME, PROMISED_REPLY or "
                    + "RETURN_VISIT, numbered from 1");
        }
    }

    /** The mark of the case's one due time or one return visit (number 1). */
    public ServiceRecordMark(ServiceCaseId serviceCase, ServiceStandard standard, Instant dueAt, Instant markedAt) {
        this(serviceCase, standard, 1, dueAt, markedAt);
    }

    /**
     * The identity of a mark: the case, the standard and the number.
     *
     * @param serviceCase the case
     * @param standard    the standard
     * @param number      the number
     */
    public record Key(ServiceCaseId serviceCase, ServiceStandard standard, int number) {
        /** Requires every part. */
        public Key {
            Objects.requireNonNull(serviceCase, "serviceCase");
            Objects.requireNonNull(standard, "standard");
        }
    }

    /** What identifies the mark. */
    public Key key() {
        return new Key(serviceCase, standard, number);
    }
}
