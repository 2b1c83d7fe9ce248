package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.tasks.RequestAdjustment;

/**
 * Body of {@code POST /api/v1/tasks/{id}/request-adjustment} (§3.1.1: explain in advance,
 * propose a reasonable alternative, change only after the superior approves). At least one of
 * {@code newDeadline} and {@code newRequirements} is given. A request made with less than the
 * policy's notice (24 hours by default) before the deadline is accepted but marked late.
 *
 * @param newDeadline         the deadline asked for (ISO-8601 instant, in the future); omitted to keep it
 * @param newRequirements     the full list of requirements asked for; omitted or empty to keep them
 * @param reason              why the change is needed
 * @param proposedAlternative what the assignee proposes instead
 */
public record RequestAdjustmentBody(Instant newDeadline, List<String> newRequirements, String reason,
                                    String proposedAlternative) {
    /** The core command. */
    public RequestAdjustment toCommand() {
        return new RequestAdjustment(newDeadline, newRequirements, reason, proposedAlternative);
    }
}
