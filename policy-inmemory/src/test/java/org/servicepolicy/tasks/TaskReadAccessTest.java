package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;

/** Staff see their own tasks, assigners those they assigned, managers their department's, HR all. */
class TaskReadAccessTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");

    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    private Task uncopied(String assigner) {
        var base = TaskFixture.newTask("staff", Duration.ofDays(2), company.clock.instant());
        return tasks.assign(company.actor(assigner), new NewTask(base.assigneeId(), base.title(), base.objective(),
                base.requirements(), base.qualityStandard(), base.deadline(), null, null, null));
    }

    @ParameterizedTest
    @ValueSource(strings = {"staff", "lead", "boss", "ceo", "hr"})
    void theAssigneeTheAssignerTheirSuperiorsTheManagerAndHrSeeATask(String reader) {
        var task = uncopied("lead");

        assertThat(tasks.task(company.actor(reader), task.id())).isEqualTo(task);
    }

    @ParameterizedTest
    @ValueSource(strings = {"peer", "salesboss", "seller"})
    void othersDoNotSeeATask(String reader) {
        var task = uncopied("lead");

        assertThatThrownBy(() -> tasks.task(company.actor(reader), task.id())).isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> tasks.marks(company.actor(reader), task.id()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void somebodyCopiedOnATaskSeesIt() {
        var task = company.assigned(Duration.ofDays(2));

        assertThat(tasks.task(company.actor("peer"), task.id())).isEqualTo(task);
    }

    @Test
    void anUnknownTaskIsNotFound() {
        assertThatThrownBy(() -> tasks.task(company.actor("hr"), TaskId.of("nope")))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void theTasksOfAnEmployeeAreListedOldestFirstAndFilteredByStatus() {
        var first = company.assigned(Duration.ofDays(2));
        company.clock.advance(Duration.ofMinutes(1));
        var second = company.inProgress(Duration.ofDays(2));

        assertThat(tasks.tasksOf(company.actor("staff"), STAFF, Optional.empty()))
                .extracting(Task::id).containsExactly(first.id(), second.id());
        assertThat(tasks.tasksOf(company.actor("boss"), STAFF, Optional.of(TaskStatus.IN_PROGRESS)))
                .extracting(Task::id).containsExactly(second.id());
        assertThat(tasks.tasksOf(company.actor("ceo"), STAFF, Optional.of(TaskStatus.COMPLETED))).isEmpty();
    }

    @Test
    void somebodyCopiedSeesOnlyTheTasksTheyAreCopiedOnAndOutsidersNone() {
        uncopied("lead");
        var copied = company.assigned(Duration.ofDays(2));

        assertThat(tasks.tasksOf(company.actor("peer"), STAFF, Optional.empty()))
                .extracting(Task::id).containsExactly(copied.id());
        assertThatThrownBy(() -> tasks.tasksOf(company.actor("seller"), STAFF, Optional.empty()))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anAssignerListsTheTasksTheyAssigned() {
        var fromHr = uncopied("hr");
        var fromLead = uncopied("lead");

        assertThat(tasks.assignedBy(company.actor("hr"))).extracting(Task::id).containsExactly(fromHr.id());
        assertThat(tasks.assignedBy(company.actor("lead"))).extracting(Task::id).containsExactly(fromLead.id());
        assertThat(tasks.assignedBy(company.actor("staff"))).isEmpty();
    }
}
