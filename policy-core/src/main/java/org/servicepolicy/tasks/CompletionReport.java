package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The assignee reported the task complete and submitted the result (§3.1.3).
 *
 * @param number       the report's number on its task, from 1 (rework leads to further reports)
 * @param submittedAt  when
 * @param termsVersion the terms the result was checked against
 * @param summary      the result in words
 * @param checks       the self-check, one per requirement of those terms, in requirement order
 * @param late         submitted after those terms' deadline
 */
public record CompletionReport(int number, Instant submittedAt, int termsVersion, String summary,
                               List<RequirementCheck> checks, boolean late) {
    /** Requires every part. */
    public CompletionReport {
        Objects.requireNonNull(submittedAt, "submittedAt");
        Objects.requireNonNull(summary, "summary");
        checks = List.copyOf(checks);
    }

    /** Whether the assignee found every requirement met. */
    public boolean allRequirementsMet() {
        return checks.stream().allMatch(RequirementCheck::met);
    }
}
