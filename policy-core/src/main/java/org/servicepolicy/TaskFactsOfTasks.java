package org.servicepolicy;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.servicepolicy.assessment.TaskFact;
import org.servicepolicy.assessment.TaskFactsSource;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.PolicyService;
import org.servicepolicy.policy.TaskFactKind;
import org.servicepolicy.tasks.Deadlines;
import org.servicepolicy.tasks.ProgressSchedule;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskStore;

/**
 * The task facts the assessment deducts (§3.3.1), read from the tasks themselves (§3.1), not from
 * the sweep's marks, so that a grade does not depend on when the sweep ran: refusals ruled
 * unjustified, assignments left unanswered past their deadline, adjustments asked for late,
 * lateness (delivered late, or still owed), progress reports missed, results returned for rework.
 * Each kind counts what {@link TaskFactKind#counts()} says. Lateness and unanswered assignments
 * are dated at the deadline that passed; the others when they happened. Facts are judged as of
 * the period's end or now, whichever is earlier.
 */
final class TaskFactsOfTasks implements TaskFactsSource {
    private final TaskStore tasks;
    private final PolicyService policies;
    private final Clock clock;

    TaskFactsOfTasks(TaskStore tasks, PolicyService policies, Clock clock) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
        this.policies = Objects.requireNonNull(policies, "policies");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public Map<EmployeeId, List<TaskFact>> factsOf(Set<EmployeeId> employees, Instant from, Instant to) {
        var asOf = clock.instant().isBefore(to) ? clock.instant() : to;
        var zoneOf = policies.zoneByVersion();
        var facts = new LinkedHashMap<EmployeeId, List<TaskFact>>();
        // The tasks of every employee in one set-based read, rather than one read per employee.
        var tasksOf = tasks.assignedToAll(employees.stream().sorted(Comparator.comparing(EmployeeId::value)).toList());
        for (var entry : tasksOf.entrySet()) {
            var employee = entry.getKey();
            var found = new ArrayList<TaskFact>();
            for (var task : entry.getValue()) {
                collect(task, zoneOf.apply(task.policyVersion()), asOf, found);
            }
            found.removeIf(f -> f.at().isBefore(from) || !f.at().isBefore(to));
            found.sort(Comparator.comparing(TaskFact::at).thenComparing(TaskFact::taskId)
                    .thenComparing(TaskFact::kind));
            if (!found.isEmpty()) {
                facts.put(employee, List.copyOf(found));
            }
        }
        return facts;
    }

    /**
     * Every graded fact of {@code task}: each refusal ruled unjustified and each missed report
     * period; the other kinds once per task, at their first occurrence.
     */
    private static void collect(Task task, ZoneId zone, Instant asOf, List<TaskFact> into) {
        var id = task.id().value();
        task.refusals().stream().filter(r -> r.unjustified())
                .forEach(r -> into.add(new TaskFact(TaskFactKind.UNJUSTIFIED_REFUSAL, id, r.at())));
        Deadlines.unansweredAt(task, asOf)
                .ifPresent(d -> into.add(new TaskFact(TaskFactKind.UNANSWERED_ASSIGNMENT, id, d)));
        task.adjustments().stream().filter(a -> a.late()).findFirst()
                .ifPresent(a -> into.add(new TaskFact(TaskFactKind.LATE_ADJUSTMENT_REQUEST, id, a.requestedAt())));
        Deadlines.lateness(task, asOf).ifPresent(l -> into.add(new TaskFact(
                l.delivered() ? TaskFactKind.LATE_COMPLETION : TaskFactKind.OVERDUE, id, l.deadline())));
        ProgressSchedule.due(task, zone, asOf).stream().filter(p -> p.missed())
                .forEach(p -> into.add(new TaskFact(TaskFactKind.MISSED_PROGRESS_REPORT, id, p.end())));
        task.reviews().stream().filter(r -> r.outcome() == ReviewOutcome.RETURNED).findFirst()
                .ifPresent(r -> into.add(new TaskFact(TaskFactKind.RETURNED_FOR_REWORK, id, r.at())));
    }
}
