package org.servicepolicy.kernel;

import java.time.Instant;
import java.util.Objects;

/**
 * One line of the audit trail: who did what to which record, when.
 *
 * @param at          when
 * @param actor       who acted
 * @param action      what they did, e.g. {@code penalty.issue}
 * @param subjectType the kind of record acted on
 * @param subjectId   the record acted on
 * @param detail      a short free-text detail (a reason given, an outcome)
 */
public record AuditEntry(Instant at, EmployeeId actor, String action, String subjectType, String subjectId,
                         String detail) {
    /** Requires every part. */
    public AuditEntry {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(subjectType, "subjectType");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(detail, "detail");
    }
}
