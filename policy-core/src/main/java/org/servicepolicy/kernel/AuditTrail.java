package org.servicepolicy.kernel;

import java.util.List;

/** Port: the append-only audit trail. */
public interface AuditTrail {
    /** Appends {@code entry} as part of the current transaction. */
    void record(AuditEntry entry);

    /**
     * Appends {@code entries} in order as part of the current transaction. An adapter that can
     * write them in one round trip overrides this; by default each is {@link #record recorded}.
     */
    default void recordAll(List<AuditEntry> entries) {
        entries.forEach(this::record);
    }

    /** The entries about one record, oldest first. */
    List<AuditEntry> about(String subjectType, String subjectId);
}
