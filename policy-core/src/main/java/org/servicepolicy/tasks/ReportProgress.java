package org.servicepolicy.tasks;

import java.util.List;

/**
 * Command: report progress (§3.1.2).
 *
 * @param text        the progress in words
 * @param percentDone how much is done, 0 to 100
 * @param blockers    the problems in the way; null means none
 */
public record ReportProgress(String text, Integer percentDone, List<String> blockers) {
}
