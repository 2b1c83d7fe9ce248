package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Outcome;

/**
 * The decisions of the sweep (§3.1.2: progress is reported regularly; a deadline is kept), as
 * pure functions of a task, the zone its report periods are counted in, and the instant swept for.
 */
final class SweepRules {
    private SweepRules() {
    }

    /**
     * §3.1.2: what the sweep finds on a task as of {@code now}: its deadline passed while the work
     * was still owed, and each report period, counted in the zone of the policy the task was
     * assigned under, that ended without a report. Each mark is recorded only if no sweep, of this
     * or another instance, recorded it before; the answer is the marks this sweep recorded.
     */
    static Outcome<TaskStores, TaskFacts.Marked> markDue(TaskFacts.Swept facts, Instant now) {
        var due = dueMarks(facts, now);
        var draft = Outcome.<TaskStores>draft();
        var changes = due.stream().map(mark -> draft.change(Change.of(s -> s.tasks().markOnce(mark)))).toList();
        return draft.answer(stored -> new TaskFacts.Marked(facts.task(), IntStream.range(0, due.size())
                .filter(i -> stored.of(changes.get(i))).mapToObj(due::get).toList()));
    }

    /** The marks due on the task as of {@code now}, whether or not a sweep recorded them already. */
    static List<SweepMark> dueMarks(TaskFacts.Swept facts, Instant now) {
        var task = facts.task();
        var marks = new ArrayList<SweepMark>();
        var terms = task.currentTerms();
        if (task.status().workOwed() && now.isAfter(terms.deadline())) {
            marks.add(new SweepMark(task.id(), SweepMark.Kind.OVERDUE, firstVersionWithDeadline(task),
                    terms.deadline(), now));
        }
        ProgressSchedule.due(task, facts.zone(), now).stream().filter(ReportPeriod::missed).forEach(period ->
                marks.add(new SweepMark(task.id(), SweepMark.Kind.MISSED_PROGRESS_REPORT, period.number(),
                        period.end(), now)));
        return marks;
    }

    /** §3.1.2: one event for each mark the sweep recorded. */
    static Outcome<TaskStores, List<SweepMark>> announce(TaskFacts.Marked marked) {
        var task = marked.task();
        var draft = Outcome.<TaskStores>draft();
        for (var mark : marked.marks()) {
            draft.event(mark.kind() == SweepMark.Kind.OVERDUE
                    ? new TaskEvent.TaskOverdue(task.id(), task.assignee(), task.assigner(), mark.dueAt(),
                            mark.markedAt())
                    : new TaskEvent.ProgressReportMissed(task.id(), task.assignee(), task.assigner(), mark.number(),
                            mark.dueAt(), mark.markedAt()));
        }
        return draft.answer(stored -> marked.marks());
    }

    /** Terms versions that only changed the requirements keep the deadline; one deadline is overdue once. */
    private static int firstVersionWithDeadline(Task task) {
        var deadline = task.currentTerms().deadline();
        int first = task.currentTerms().version();
        while (first > 1 && task.terms().get(first - 2).deadline().equals(deadline)) {
            first--;
        }
        return first;
    }
}
