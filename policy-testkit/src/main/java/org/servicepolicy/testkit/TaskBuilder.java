package org.servicepolicy.testkit;

import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskId;
import org.servicepolicy.tasks.TaskStatus;
import org.servicepolicy.tasks.TaskTerms;
import org.servicepolicy.tasks.TaskTransition;

/**
 * Builds a newly assigned {@link Task}; start from {@link Fixtures#task(String)}. Take the task
 * further with its own lifecycle methods ({@link Task#accept}, {@link Task#refuse}, ...), so
 * that every state a test stores is one the aggregate can reach.
 */
public final class TaskBuilder {
    private final TaskId id;
    private String title = "Quarterly figures 季度报表";
    private EmployeeId assigner = Fixtures.HR;
    private EmployeeId assignee = Fixtures.EMPLOYEE;
    private List<EmployeeId> copiedPeople = List.of();
    private List<DepartmentId> copiedDepartments = List.of();
    private String policyVersion = "standard";
    private Optional<Period> progressInterval = Optional.empty();
    private String objective = "Close the quarter's books — 结账";
    private List<String> requirements = List.of("Figures reconciled with the ledger", "A chart per region 每区一图");
    private String qualityStandard = "As the finance template";
    private Instant assignedAt = Fixtures.T0;
    private Instant deadline = Fixtures.minutesAfterT0(7 * 24 * 60);
    private long version;

    TaskBuilder(TaskId id) {
        this.id = id;
    }

    /** Sets the title. */
    public TaskBuilder title(String value) {
        this.title = value;
        return this;
    }

    /** Sets who assigned it; they also set the first terms. */
    public TaskBuilder assigner(EmployeeId value) {
        this.assigner = value;
        return this;
    }

    /** Sets who does the work. */
    public TaskBuilder assignee(EmployeeId value) {
        this.assignee = value;
        return this;
    }

    /** Sets the people copied on its completion. */
    public TaskBuilder copiedPeople(EmployeeId... values) {
        this.copiedPeople = List.of(values);
        return this;
    }

    /** Sets the departments copied on its completion. */
    public TaskBuilder copiedDepartments(DepartmentId... values) {
        this.copiedDepartments = List.of(values);
        return this;
    }

    /** Sets the policy version in force at assignment. */
    public TaskBuilder policyVersion(String value) {
        this.policyVersion = value;
        return this;
    }

    /** Sets how often progress is reported. */
    public TaskBuilder progressInterval(Period value) {
        this.progressInterval = Optional.of(value);
        return this;
    }

    /** Sets the objective of the first terms. */
    public TaskBuilder objective(String value) {
        this.objective = value;
        return this;
    }

    /** Sets the requirements of the first terms. */
    public TaskBuilder requirements(List<String> values) {
        this.requirements = List.copyOf(values);
        return this;
    }

    /** Sets the quality standard of the first terms. */
    public TaskBuilder qualityStandard(String value) {
        this.qualityStandard = value;
        return this;
    }

    /** Sets when it was assigned: the instant of the ASSIGNED status and of the first terms. */
    public TaskBuilder assignedAt(Instant value) {
        this.assignedAt = value;
        return this;
    }

    /** Sets the deadline of the first terms. */
    public TaskBuilder deadline(Instant value) {
        this.deadline = value;
        return this;
    }

    /** Sets the optimistic-locking version. */
    public TaskBuilder version(long value) {
        this.version = value;
        return this;
    }

    /** The task, ASSIGNED, with one version of its terms and nothing else on record. */
    public Task build() {
        var terms = new TaskTerms(1, objective, requirements, qualityStandard, deadline, assignedAt, assigner,
                Optional.empty());
        return new Task(id, title, assigner, assignee, copiedPeople, copiedDepartments, policyVersion,
                progressInterval, List.of(terms),
                List.of(new TaskTransition(TaskStatus.ASSIGNED, assignedAt, assigner, Optional.empty())), List.of(),
                List.of(), List.of(), List.of(), List.of(), List.of(), version);
    }
}
