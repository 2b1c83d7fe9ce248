package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: ask for new terms (§3.1.1: explain in advance, propose a reasonable alternative).
 *
 * @param newDeadline         the deadline asked for, or null to keep it
 * @param newRequirements     the requirements asked for, or null or empty to keep them
 * @param reason              why the change is needed
 * @param proposedAlternative what the assignee proposes instead
 */
public record RequestAdjustment(Instant newDeadline, List<String> newRequirements, String reason,
                                String proposedAlternative) {
    /** Keeps {@code newDeadline} at the stores' precision, so that it reads back as given. */
    public RequestAdjustment {
        newDeadline = StoredPrecision.truncate(newDeadline);
    }
}
