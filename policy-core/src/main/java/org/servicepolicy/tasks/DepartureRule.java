package org.servicepolicy.tasks;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.DecisionKind;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.people.Employee;

/**
 * §1.2: the tasks of an employee who leaves. A task is the assignee's own undertaking, accepted
 * on its terms and graded against them (§3.1), so it is not passed to someone else who never
 * accepted it: every task the leaver still owes is withdrawn with the reason, and whoever
 * directs it may assign the work anew. Tasks the leaver assigned stay with their assignees,
 * directed by the assignees' superiors, department managers and HR. Pure.
 */
final class DepartureRule {
    /** The tasks an employee still owed were withdrawn when they left. */
    static final DecisionKind WITHDRAWAL = DecisionKind.of("tasks.withdrawal-on-departure");

    private DepartureRule() {
    }

    /**
     * The facts of a departure for the tasks area.
     *
     * @param tasks         every task assigned to the leaver
     * @param policyVersion the policy version in force now
     */
    record Assigned(List<Task> tasks, String policyVersion) {
        Assigned {
            tasks = List.copyOf(tasks);
            Objects.requireNonNull(policyVersion, "policyVersion");
        }
    }

    /** Withdraws every unfinished task assigned to {@code leaver}. */
    static Outcome<TaskStores, List<Task>> withdrawOwed(Employee leaver, Assigned facts, Stamp stamp) {
        var policyVersion = facts.policyVersion();
        var owed = facts.tasks().stream().filter(t -> !t.status().finished()).toList();
        var draft = Outcome.<TaskStores>draft();
        if (owed.isEmpty()) {
            return draft.answer(stored -> List.of());
        }
        var now = stamp.now();
        var why = leaver.id() + " left the company on " + leaver.effectiveFrom() + " (§1.2)";
        draft.decision(stamp.decision(WITHDRAWAL, leaver.id(), "WITHDRAWN", List.of(Reason.of("§1.2",
                "tasks.departure.withdraw", "%s left on %s: the %d unfinished task(s) they owed are withdrawn (%s)"
                        .formatted(leaver.id(), leaver.effectiveFrom(), owed.size(),
                                owed.stream().map(t -> t.id() + " " + t.status()).collect(Collectors.joining(", "))),
                "tasks", owed.stream().map(t -> t.id().value()).collect(Collectors.joining(",")))),
                policyVersion, leaver.effectiveFrom()));
        var withdrawn = owed.stream().map(task -> {
            var moved = task.withdraw(now, stamp.actor().id(), why);
            var stored = draft.change(Change.of(s -> s.tasks().update(moved)));
            draft.event(new TaskEvent.TaskWithdrawn(task.id(), task.assignee(), task.assigner(), task.status(), now));
            draft.audit(stamp.audit("task.withdraw", "task", task.id().value(), why));
            return stored;
        }).toList();
        return draft.answer(stored -> withdrawn.stream().map(stored::of).toList());
    }
}
