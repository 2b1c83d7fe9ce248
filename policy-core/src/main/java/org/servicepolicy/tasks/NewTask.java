package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: assign a task (§3.1.1: its objective, requirements, deadline and quality standard).
 * Checked by {@link TaskService#assign}, which lists every problem at once.
 *
 * @param assigneeId          who does the work
 * @param title               a short name, at most 200 characters
 * @param objective           what the task is for
 * @param requirements        what the result must satisfy; at least one
 * @param qualityStandard     the standard the result is judged by
 * @param deadline            when the result is due; in the future
 * @param copiedEmployeeIds   the people to copy on completion (§3.1.3); null means none
 * @param copiedDepartmentIds the departments to copy on completion (§3.1.3); null means none
 * @param progressReportEvery how often progress is reported; null means the policy's default
 *                            (weekly for a task that runs longer than a week, otherwise none)
 */
public record NewTask(String assigneeId, String title, String objective, List<String> requirements,
                      String qualityStandard, Instant deadline, List<String> copiedEmployeeIds,
                      List<String> copiedDepartmentIds, Period progressReportEvery) {
    /** Keeps {@code deadline} at the stores' precision, so that it reads back as given. */
    public NewTask {
        deadline = StoredPrecision.truncate(deadline);
    }
}
