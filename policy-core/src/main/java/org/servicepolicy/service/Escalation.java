package org.servicepolicy.service;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Reason;

/**
 * A finding that, by the policy, proposes a discipline violation (§2.3.1, §3.3.3), and why.
 *
 * @param finding the finding
 * @param reasons why it proposes one, clause by clause
 */
public record Escalation(ServiceFinding finding, List<Reason> reasons) {
    /** Requires every part and at least one reason. */
    public Escalation {
        Objects.requireNonNull(finding, "finding");
        reasons = List.copyOf(reasons);
        if (reasons.isEmpty()) {
            throw new IllegalArgumentException("an escalation gives its reasons");
        }
    }
}
