package org.servicepolicy.tasks;

import java.time.Instant;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.StoredPrecision;

/**
 * Command: assign a task (§3.1.1: its objective, requirements, deadline and quality standard).
 * It checks itself ({@link #validate}), listing every problem at once.
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

    /** Throws an {@code InvalidInputException} listing every problem of the command at {@code now}. */
    public void validate(Instant now) {
        var inputs = new Inputs();
        inputs.present(assigneeId, "assigneeId")
                .require(assigneeId == null || Ids.isValid(assigneeId), "assigneeId", "is not a valid id");
        TaskInputs.text(inputs, title, "title", TaskInputs.TITLE_MAX);
        TaskInputs.text(inputs, objective, "objective", TaskInputs.TEXT_MAX);
        inputs.present(requirements, "requirements")
                .require(requirements == null || !requirements.isEmpty(), "requirements",
                        "must list at least one requirement");
        TaskInputs.items(inputs, requirements, "requirements");
        TaskInputs.text(inputs, qualityStandard, "qualityStandard", TaskInputs.REASON_MAX);
        inputs.present(deadline, "deadline")
                .require(deadline == null || deadline.isAfter(now), "deadline",
                        "must be in the future (now is " + now + ")")
                .require(progressReportEvery == null || !progressReportEvery.isNegative()
                        && !progressReportEvery.isZero(), "progressReportEvery", "must be a positive period");
        TaskInputs.validIds(inputs, copiedEmployeeIds, "copiedEmployeeIds");
        TaskInputs.validIds(inputs, copiedDepartmentIds, "copiedDepartmentIds");
        inputs.throwIfAny();
    }

    /** The people copied, each once, in the order given. */
    public List<EmployeeId> copiedPeople() {
        return distinct(copiedEmployeeIds, EmployeeId::of);
    }

    /** The departments copied, each once, in the order given. */
    public List<DepartmentId> copiedDepartments() {
        return distinct(copiedDepartmentIds, DepartmentId::of);
    }

    private static <T> List<T> distinct(List<String> ids, Function<String, T> id) {
        return ids == null ? List.of() : List.copyOf(new LinkedHashSet<>(ids.stream().map(id).toList()));
    }
}
