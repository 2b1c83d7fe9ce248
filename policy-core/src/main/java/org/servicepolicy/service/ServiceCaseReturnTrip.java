package org.servicepolicy.service;

import java.time.Instant;
import java.util.Objects;
import org.servicepolicy.kernel.EmployeeId;

/**
 * A customer came back for a case (§2.1.3): why, and who recorded it.
 *
 * @param cause      why the customer came back
 * @param note       what happened, in words
 * @param recordedAt when it was recorded
 * @param recordedBy who recorded it: never the employee handling the case
 */
public record ServiceCaseReturnTrip(Cause cause, String note, Instant recordedAt, EmployeeId recordedBy) {
    /** Why a customer came back. */
    public enum Cause {
        /**
         * A document or step the customer was not told about (§2.1.3: tell the customer every
         * required document and step in one go): a nonconformity of the employee handling the case.
         */
        UNANNOUNCED_DOCUMENT(true),
        /** The customer chose to come back (to add to or change their business): no nonconformity. */
        CUSTOMER_CHOICE(false),
        /** The customer did not bring what they were told to bring: no nonconformity. */
        CUSTOMER_OVERSIGHT(false);

        private final boolean nonconformity;

        Cause(boolean nonconformity) {
            this.nonconformity = nonconformity;
        }

        /** Whether a return trip for this cause is a nonconformity of the employee handling the case. */
        public boolean nonconformity() {
            return nonconformity;
        }
    }

    /** Requires every part. */
    public ServiceCaseReturnTrip {
        Objects.requireNonNull(cause, "cause");
        Objects.requireNonNull(note, "note");
        Objects.requireNonNull(recordedAt, "recordedAt");
        Objects.requireNonNull(recordedBy, "recordedBy");
    }
}
