package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.NotFoundException;

/** The in-memory task store keeps the conventions every store follows. */
class InMemoryTaskStoreTest {
    private final TaskFixture company = new TaskFixture();
    private final TaskStore store = company.stores.tasks();

    @Test
    void anUpdateFromAStaleVersionIsAConflictAndTheWinnerIsKept() {
        var task = company.assigned(Duration.ofDays(2));
        var accepted = store.update(task.accept(company.clock.instant(), task.assignee()));

        assertThat(accepted.version()).isEqualTo(2);
        assertThatThrownBy(() -> store.update(task.refuse(company.clock.instant(), task.assignee(), "late")))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("stale-version"));
        assertThat(store.find(task.id())).contains(accepted);
    }

    @Test
    void addingAnExistingTaskIsADuplicateAndUpdatingAMissingOneIsNotFound() {
        var task = company.assigned(Duration.ofDays(2));

        assertThatThrownBy(() -> store.add(task))
                .isInstanceOfSatisfying(ConflictException.class, e -> assertThat(e.reason()).isEqualTo("duplicate"));
        var other = new Task(TaskId.of("other"), task.title(), task.assigner(), task.assignee(), task.copiedPeople(),
                task.copiedDepartments(), task.policyVersion(), task.progressInterval(), task.terms(), task.history(),
                task.refusals(), task.adjustments(), task.progressReports(), task.escalations(), task.completions(),
                task.reviews(), 1);
        assertThatThrownBy(() -> store.update(other)).isInstanceOf(NotFoundException.class);
    }

    @Test
    void aMarkIsRecordedOncePerKey() {
        var task = company.assigned(Duration.ofDays(2));
        var at = Instant.parse("2030-02-01T00:00:00Z");
        var mark = new SweepMark(task.id(), SweepMark.Kind.MISSED_PROGRESS_REPORT, 1, at, at);

        assertThat(store.markOnce(mark)).isTrue();
        assertThat(store.markOnce(new SweepMark(task.id(), SweepMark.Kind.MISSED_PROGRESS_REPORT, 1, at,
                at.plusSeconds(60)))).isFalse();
        assertThat(store.markOnce(new SweepMark(task.id(), SweepMark.Kind.OVERDUE, 1, at, at))).isTrue();
        assertThat(store.marks(task.id())).extracting(SweepMark::kind)
                .containsExactly(SweepMark.Kind.MISSED_PROGRESS_REPORT, SweepMark.Kind.OVERDUE);
        assertThat(store.marks(task.id()).get(0).markedAt()).isEqualTo(at);
    }

    @Test
    void theSweepSeesOnlyUnfinishedTasksAndTheSuperiorsOnlyOpenEscalations() {
        var closed = company.refused(Duration.ofDays(2));
        company.tasks().ruleOnRefusal(company.actor("lead"), closed.id(), new RuleOnRefusal(true, ""));
        var open = company.inProgress(Duration.ofDays(2));
        company.tasks().escalate(company.actor("staff"), open.id(), "stuck");

        assertThat(store.unfinished()).extracting(Task::id).containsExactly(open.id());
        assertThat(store.withOpenEscalations()).extracting(Task::id).containsExactly(open.id());
    }
}
