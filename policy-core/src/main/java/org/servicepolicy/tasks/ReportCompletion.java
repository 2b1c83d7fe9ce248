package org.servicepolicy.tasks;

import java.util.List;

/**
 * Command: report the task complete and submit the result (§3.1.3).
 *
 * @param summary the result in words
 * @param checks  the self-check: exactly one per requirement of the current terms
 */
public record ReportCompletion(String summary, List<SelfCheck> checks) {
}
