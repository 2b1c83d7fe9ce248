package org.servicepolicy.kernel;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditTrail {
    /** Appends {@code entry} as part of the current transaction. */
    void record(AuditEntry entry);

    /** The entries about one record, oldest first. */
    List<AuditEntry> about(String subjectType, String subjectId);
}
