package org.servicepolicy.rest;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import org.servicepolicy.tasks.NewTask;

/**
 * Body of {@code POST /api/v1/tasks}: a task from a superior of the assignee, or from HR
 * (§3.1.1: its objective, requirements, deadline and quality standard). The core checks every
 * member and lists every problem at once.
 *
 * @param assigneeId          who does the work
 * @param title               a short name, at most 200 characters
 * @param objective           what the task is for
 * @param requirements        what the result must satisfy, at least one; numbered from 1 in this order
 * @param qualityStandard     the standard the result is judged by
 * @param deadline            when the result is due (ISO-8601 instant, in the future)
 * @param copiedEmployeeIds   the people copied on completion (§3.1.3); omitted for none
 * @param copiedDepartmentIds the departments copied on completion (§3.1.3); omitted for none
 * @param progressReportEvery how often progress is reported (ISO-8601 period such as {@code P1W});
 *                            omitted for the policy's default: weekly for a task that runs longer
 *                            than a week, otherwise no reports are due
 */
public record NewTaskBody(String assigneeId, String title, String objective, List<String> requirements,
                          String qualityStandard, Instant deadline, List<String> copiedEmployeeIds,
                          List<String> copiedDepartmentIds, Period progressReportEvery) {
    /** The core command. */
    public NewTask toCommand() {
        return new NewTask(assigneeId, title, objective, requirements, qualityStandard, deadline, copiedEmployeeIds,
                copiedDepartmentIds, progressReportEvery);
    }
}
