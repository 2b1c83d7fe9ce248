package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.EventPublisher;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.StorageException;

class TaskSweepTest {
    private final TaskFixture company = new TaskFixture();
    private final TaskService tasks = company.tasks();

    private SweepResult sweepAt(Duration sinceStart) {
        company.clock.set(TaskFixture.START.plus(sinceStart));
        return tasks.sweep(company.clock.instant());
    }

    private List<String> sweepEvents() {
        return company.events().stream().map(PublishedEvent::type)
                .filter(t -> t.equals("TaskOverdue") || t.equals("ProgressReportMissed")).toList();
    }

    @Test
    void aTaskPastItsDeadlineIsMarkedOverdueOnce() {
        var task = company.inProgress(Duration.ofDays(3));

        assertThat(sweepAt(Duration.ofDays(3)).marked()).isEmpty();
        var first = sweepAt(Duration.ofDays(3).plusSeconds(1));
        var second = sweepAt(Duration.ofDays(4));

        assertThat(first.marked()).singleElement().satisfies(m -> {
            assertThat(m.task()).isEqualTo(task.id());
            assertThat(m.kind()).isEqualTo(SweepMark.Kind.OVERDUE);
            assertThat(m.number()).isEqualTo(1);
            assertThat(m.dueAt()).isEqualTo(task.currentTerms().deadline());
        });
        assertThat(second.marked()).isEmpty();
        assertThat(tasks.marks(company.actor("lead"), task.id())).containsExactlyElementsOf(first.marked());
        assertThat(sweepEvents()).containsExactly("TaskOverdue");
    }

    @Test
    void aTaskNotYetAcceptedIsOverdueTooButASubmittedOneIsNot() {
        var notAccepted = company.assigned(Duration.ofDays(3));
        var submitted = company.submitted(Duration.ofDays(3));

        var result = sweepAt(Duration.ofDays(5));

        assertThat(result.marked()).extracting(SweepMark::task).containsExactly(notAccepted.id());
        assertThat(tasks.marks(company.actor("lead"), submitted.id())).isEmpty();
    }

    @Test
    void anApprovedLaterDeadlineCanBeMissedAgainButARequirementsChangeDoesNotRemarkTheSameDeadline() {
        var task = company.inProgress(Duration.ofDays(3));
        sweepAt(Duration.ofDays(3).plusHours(1));
        tasks.requestAdjustment(company.actor("staff"), task.id(), new RequestAdjustment(null,
                List.of("Figures reconciled"), "the charts are dropped", "a table instead"));
        tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(1, true, null));
        assertThat(sweepAt(Duration.ofDays(3).plusHours(2)).marked()).isEmpty();

        var newDeadline = TaskFixture.START.plus(Duration.ofDays(6));
        tasks.requestAdjustment(company.actor("staff"), task.id(), new RequestAdjustment(newDeadline, null,
                "the ledger closed late", "three more days"));
        tasks.decideAdjustment(company.actor("lead"), task.id(), new DecideAdjustment(2, true, null));
        assertThat(sweepAt(Duration.ofDays(5)).marked()).isEmpty();

        assertThat(sweepAt(Duration.ofDays(7)).marked()).singleElement().satisfies(m -> {
            assertThat(m.number()).isEqualTo(3);
            assertThat(m.dueAt()).isEqualTo(newDeadline);
        });
    }

    @Test
    void aReportPeriodWithoutAProgressReportIsMarkedMissedOnce() {
        var task = company.inProgress(Duration.ofDays(21));
        assertThat(task.progressInterval()).isPresent();
        company.clock.set(TaskFixture.START.plus(Duration.ofDays(3)));
        tasks.reportProgress(company.actor("staff"), task.id(), new ReportProgress("started", 10, null));

        assertThat(sweepAt(Duration.ofDays(7)).marked()).isEmpty();
        var missed = sweepAt(Duration.ofDays(15)).marked();
        var again = sweepAt(Duration.ofDays(15).plusHours(1)).marked();

        assertThat(missed).singleElement().satisfies(m -> {
            assertThat(m.kind()).isEqualTo(SweepMark.Kind.MISSED_PROGRESS_REPORT);
            assertThat(m.number()).isEqualTo(2);
            assertThat(m.dueAt()).isEqualTo(TaskFixture.START.plus(Duration.ofDays(14)));
        });
        assertThat(again).isEmpty();
        assertThat(company.events()).filteredOn(e -> e.type().equals("ProgressReportMissed")).singleElement()
                .satisfies(e -> assertThat(e.attributes()).containsEntry("period", "2").containsEntry("assigneeId",
                        "staff"));
    }

    @Test
    void aLateSweepCatchesUpOnEveryMissedPeriodAndTheOverdueDeadline() {
        company.inProgress(Duration.ofDays(21));

        var result = sweepAt(Duration.ofDays(30));

        assertThat(result.marked()).extracting(m -> m.kind() + "#" + m.number())
                .containsExactly("OVERDUE#1", "MISSED_PROGRESS_REPORT#1", "MISSED_PROGRESS_REPORT#2",
                        "MISSED_PROGRESS_REPORT#3", "MISSED_PROGRESS_REPORT#4");
        assertThat(sweepAt(Duration.ofDays(31)).marked()).isEmpty();
        assertThat(sweepEvents()).hasSize(5);
    }

    @Test
    void periodsWhileTheResultAwaitsReviewOrAfterCompletionAskForNoReport() {
        var task = company.inProgress(Duration.ofDays(30));
        company.clock.set(TaskFixture.START.plus(Duration.ofDays(6)));
        tasks.reportCompletion(company.actor("staff"), task.id(), TaskFixture.allMet(task));

        assertThat(sweepAt(Duration.ofDays(20)).marked()).isEmpty();

        tasks.review(company.actor("lead"), task.id(), new ReviewCompletion(ReviewOutcome.RETURNED, null, "redo"));
        assertThat(sweepAt(Duration.ofDays(22)).marked()).extracting(SweepMark::number).containsExactly(3);
    }

    @Test
    void theSweepDoesNotRunAhead() {
        assertThatThrownBy(() -> tasks.sweep(company.clock.instant().plusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
    }

    @Test
    void aMarkIsPartOfItsTaskTransactionSoAFailedSweepMarksItNextTime() {
        var failOnce = new AtomicBoolean(true);
        var failing = new TaskFixture((builder, stores) -> builder.port(EventPublisher.class, event -> {
            if (event.type().equals("TaskOverdue") && failOnce.getAndSet(false)) {
                throw new StorageException("outbox unavailable", new IllegalStateException("timeout"));
            }
            stores.eventPublisher().publish(event);
        }));
        var task = failing.inProgress(Duration.ofDays(1));
        failing.clock.advance(Duration.ofDays(2));

        assertThatThrownBy(() -> failing.tasks().sweep(failing.clock.instant())).isInstanceOf(StorageException.class);
        assertThat(failing.stores.tasks().marks(task.id())).isEmpty();

        assertThat(failing.tasks().sweep(failing.clock.instant()).marked()).hasSize(1);
    }

    @Test
    void twoSweepsRunningAtOnceMarkEachItemExactlyOnce() throws Exception {
        for (int i = 0; i < 6; i++) {
            company.inProgress(Duration.ofDays(10 + i));
        }
        // 40 days on: every deadline has passed and five weekly periods have ended without a report.
        company.clock.set(TaskFixture.START.plus(Duration.ofDays(40)));
        var now = company.clock.instant();
        var pool = Executors.newFixedThreadPool(2);
        try {
            var start = new CountDownLatch(1);
            var results = new ArrayList<Future<SweepResult>>();
            for (int i = 0; i < 2; i++) {
                results.add(pool.submit(() -> {
                    start.await();
                    return tasks.sweep(now);
                }));
            }
            start.countDown();
            var marked = new ArrayList<SweepMark>();
            for (var result : results) {
                marked.addAll(result.get(30, TimeUnit.SECONDS).marked());
            }

            var keys = new HashSet<SweepMark.Key>();
            marked.forEach(m -> assertThat(keys.add(m.key())).as("marked once: %s", m.key()).isTrue());
            int overdue = 6;
            int missedPerTask = 5;
            assertThat(marked).hasSize(overdue + 6 * missedPerTask);
            assertThat(sweepEvents()).hasSize(marked.size());
        } finally {
            pool.shutdown();
        }
    }
}
