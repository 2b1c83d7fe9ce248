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
import org.servicepolicy.tasks.ProgressSchedule;
import org.servicepolicy.tasks.ReviewOutcome;
import org.servicepolicy.tasks.Task;
import org.servicepolicy.tasks.TaskStore;

/**
 * The task facts the assessment deducts (§3.3.1), read from the tasks themselves (§3.1): refusals
 * ruled unjustified, completions reported late, progress reports missed, results returned for
 * rework, each dated when it happened. Missed reports are judged as of the period's end or now,
 * whichever is earlier.
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

    private static void collect(Task task, ZoneId zone, Instant asOf, List<TaskFact> into) {
        var id = task.id().value();
        task.refusals().stream().filter(r -> r.unjustified())
                .forEach(r -> into.add(new TaskFact(TaskFactKind.UNJUSTIFIED_REFUSAL, id, r.at())));
        task.completions().stream().filter(c -> c.late())
                .forEach(c -> into.add(new TaskFact(TaskFactKind.LATE_COMPLETION, id, c.submittedAt())));
        ProgressSchedule.due(task, zone, asOf).stream().filter(p -> p.missed())
                .forEach(p -> into.add(new TaskFact(TaskFactKind.MISSED_PROGRESS_REPORT, id, p.end())));
        task.reviews().stream().filter(r -> r.outcome() == ReviewOutcome.RETURNED)
                .forEach(r -> into.add(new TaskFact(TaskFactKind.RETURNED_FOR_REWORK, id, r.at())));
    }
}
