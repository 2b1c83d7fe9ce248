package org.servicepolicy.rest;

import java.time.Period;
import java.util.List;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.tasks.SweepMark;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskStatus;

/**
 * A work assignment (§3.1) with everything that happened to it. Lists are oldest first and
 * their entries numbered from 1; the last entry of {@code terms} is in force.
 *
 * @param id                  identifier
 * @param title               a short name
 * @param assignerId          who assigned it: a superior of the assignee, or HR
 * @param assigneeId          who does the work
 * @param status              ASSIGNED, REFUSED, IN_PROGRESS, SUBMITTED, COMPLETED or CLOSED
 * @param copiedEmployeeIds   the people copied on completion (§3.1.3)
 * @param copiedDepartmentIds the departments copied on completion (§3.1.3)
 * @param policyVersion       the policy version in force at assignment
 * @param progressReportEvery how often progress is reported from acceptance (ISO-8601 period);
 *                            absent when no reports are due
 * @param terms               every version of the terms
 * @param history             every status entered; the first is ASSIGNED
 * @param refusals            the refusals and their rulings
 * @param adjustments         the adjustment requests and their decisions
 * @param progressReports     the progress reports
 * @param escalations         the escalations and their answers
 * @param completions         the completion reports with their self-checks
 * @param reviews             the reviews of the completion reports
 * @param marks               what the periodic sweep recorded: overdue, missed progress reports
 * @param version             the record's version, increased by every change
 */
public record TaskView(String id, String title, String assignerId, String assigneeId, TaskStatus status,
                       List<String> copiedEmployeeIds, List<String> copiedDepartmentIds, String policyVersion,
                       Period progressReportEvery, List<TaskTermsView> terms, List<TaskTransitionView> history,
                       List<RefusalView> refusals, List<AdjustmentView> adjustments,
                       List<ProgressReportView> progressReports, List<EscalationView> escalations,
                       List<CompletionReportView> completions, List<ReviewView> reviews, List<SweepMarkView> marks,
                       long version) {
    /** The view of {@code task} with the sweep's {@code marks} on it. */
    public static TaskView of(Task task, List<SweepMark> marks) {
        return new TaskView(task.id().value(), task.title(), task.assigner().value(), task.assignee().value(),
                task.status(), task.copiedPeople().stream().map(EmployeeId::value).toList(),
                task.copiedDepartments().stream().map(DepartmentId::value).toList(), task.policyVersion(),
                task.progressInterval().orElse(null), task.terms().stream().map(TaskTermsView::of).toList(),
                task.history().stream().map(TaskTransitionView::of).toList(),
                task.refusals().stream().map(RefusalView::of).toList(),
                task.adjustments().stream().map(AdjustmentView::of).toList(),
                task.progressReports().stream().map(ProgressReportView::of).toList(),
                task.escalations().stream().map(EscalationView::of).toList(),
                task.completions().stream().map(CompletionReportView::of).toList(),
                task.reviews().stream().map(ReviewView::of).toList(),
                marks.stream().map(SweepMarkView::of).toList(), task.version());
    }
}
