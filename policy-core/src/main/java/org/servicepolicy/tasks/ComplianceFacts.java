package org.servicepolicy.tasks;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Predicate;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.tasks.FactCount.Unit;

/**
 * The objective facts of one employee's work assignments in a period [from, to), which the
 * compliance assessment grades (§3.3.1: task acceptance and task execution). Every number says
 * what it counts ({@link FactCount#counts()}) and names the tasks it counts: most count tasks,
 * each once however often the same thing happened to it in the period (a task returned for
 * rework and then completed on time is one task completed on time and one returned for rework);
 * refusals, adjustment requests, report periods and escalations count each item. Each fact
 * belongs to the period of the act behind it: an assignment to its assignment, acceptances,
 * refusals, adjustment requests, escalations and completion reports to when the assignee made
 * them (a refusal is sorted by its ruling; an adjustment request by its outcome and notice), a
 * report period to its end, rework and quality scores to the review that gave them, and an
 * unanswered or overdue task to the deadline that passed (see {@link Deadlines}).
 *
 * @param employee               whose facts
 * @param from                   the period's start, inclusive
 * @param to                     the period's end, exclusive
 * @param asOf                   when the facts were taken: report periods ending later were not yet due
 * @param assigned               tasks assigned to the employee
 * @param accepted               tasks accepted
 * @param refusedJustified       refusals ruled justified
 * @param refusedUnjustified     refusals ruled unjustified (each also recorded as a violation)
 * @param refusalsAwaitingRuling refusals not yet ruled on
 * @param unanswered             tasks whose deadline passed while they awaited acceptance or refusal
 * @param adjustmentsRequested   adjustment requests
 * @param adjustmentsApproved    of those, approved
 * @param adjustmentsLate        tasks with an adjustment asked for without the policy's notice
 *                               before the deadline, each once
 * @param progressReportsDue     report periods that ended while the task was in progress
 * @param progressReportsMissed  of those, without a report
 * @param escalations            escalations raised
 * @param completedOnTime        tasks reported complete, every report of the period by its deadline
 * @param completedLate          tasks reported complete with a report of the period after its deadline
 * @param overdue                tasks whose deadline passed and whose work was still owed at {@code asOf}
 * @param returnedForRework      tasks whose result was returned for rework, each once
 * @param qualityScored          tasks whose result was accepted with a quality score
 * @param meanQualityScore       the mean of those scores, to two decimals; empty when there are none
 */
public record ComplianceFacts(EmployeeId employee, Instant from, Instant to, Instant asOf, FactCount assigned,
                              FactCount accepted, FactCount refusedJustified, FactCount refusedUnjustified,
                              FactCount refusalsAwaitingRuling, FactCount unanswered, FactCount adjustmentsRequested,
                              FactCount adjustmentsApproved, FactCount adjustmentsLate, FactCount progressReportsDue,
                              FactCount progressReportsMissed, FactCount escalations, FactCount completedOnTime,
                              FactCount completedLate, FactCount overdue, FactCount returnedForRework,
                              FactCount qualityScored,
                              Optional<BigDecimal> meanQualityScore) {
    /** Requires every part. */
    public ComplianceFacts {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(asOf, "asOf");
        Objects.requireNonNull(assigned, "assigned");
        Objects.requireNonNull(accepted, "accepted");
        Objects.requireNonNull(refusedJustified, "refusedJustified");
        Objects.requireNonNull(refusedUnjustified, "refusedUnjustified");
        Objects.requireNonNull(refusalsAwaitingRuling, "refusalsAwaitingRuling");
        Objects.requireNonNull(unanswered, "unanswered");
        Objects.requireNonNull(adjustmentsRequested, "adjustmentsRequested");
        Objects.requireNonNull(adjustmentsApproved, "adjustmentsApproved");
        Objects.requireNonNull(adjustmentsLate, "adjustmentsLate");
        Objects.requireNonNull(progressReportsDue, "progressReportsDue");
        Objects.requireNonNull(progressReportsMissed, "progressReportsMissed");
        Objects.requireNonNull(escalations, "escalations");
        Objects.requireNonNull(completedOnTime, "completedOnTime");
        Objects.requireNonNull(completedLate, "completedLate");
        Objects.requireNonNull(overdue, "overdue");
        Objects.requireNonNull(returnedForRework, "returnedForRework");
        Objects.requireNonNull(qualityScored, "qualityScored");
        Objects.requireNonNull(meanQualityScore, "meanQualityScore");
    }

    /**
     * The facts of {@code tasks}, the tasks assigned to {@code employee}. Pure.
     *
     * @param zoneOf the company zone that applies to a task, for its report periods
     */
    public static ComplianceFacts of(EmployeeId employee, Instant from, Instant to, Instant asOf, List<Task> tasks,
                                     Function<Task, ZoneId> zoneOf) {
        Predicate<Instant> inPeriod = at -> !at.isBefore(from) && at.isBefore(to);
        var assigned = new ArrayList<TaskId>();
        var accepted = new ArrayList<TaskId>();
        var justified = new ArrayList<TaskId>();
        var unjustified = new ArrayList<TaskId>();
        var awaiting = new ArrayList<TaskId>();
        var unanswered = new ArrayList<TaskId>();
        var requested = new ArrayList<TaskId>();
        var approved = new ArrayList<TaskId>();
        var late = new ArrayList<TaskId>();
        var due = new ArrayList<TaskId>();
        var missed = new ArrayList<TaskId>();
        var escalated = new ArrayList<TaskId>();
        var onTime = new ArrayList<TaskId>();
        var completedLate = new ArrayList<TaskId>();
        var overdue = new ArrayList<TaskId>();
        var returned = new ArrayList<TaskId>();
        var scored = new ArrayList<TaskId>();
        var scoreSum = 0L;
        for (var task : tasks) {
            var id = task.id();
            if (!task.assignee().equals(employee)) {
                throw new IllegalArgumentException("task " + id + " is not assigned to " + employee);
            }
            if (inPeriod.test(task.assignedAt())) {
                assigned.add(id);
            }
            var history = task.history();
            for (int i = 1; i < history.size(); i++) {
                if (history.get(i - 1).status() == TaskStatus.ASSIGNED && history.get(i).status() == TaskStatus.IN_PROGRESS
                        && inPeriod.test(history.get(i).at())) {
                    accepted.add(id);
                }
            }
            Deadlines.unansweredAt(task, asOf).filter(inPeriod).ifPresent(d -> unanswered.add(id));
            for (var refusal : task.refusals()) {
                if (inPeriod.test(refusal.at())) {
                    (refusal.justified() ? justified : refusal.unjustified() ? unjustified : awaiting).add(id);
                }
            }
            for (var adjustment : task.adjustments()) {
                if (inPeriod.test(adjustment.requestedAt())) {
                    requested.add(id);
                    if (adjustment.approved()) {
                        approved.add(id);
                    }
                    if (adjustment.late() && !late.contains(id)) {
                        late.add(id);
                    }
                }
            }
            for (var period : ProgressSchedule.due(task, zoneOf.apply(task), asOf)) {
                if (inPeriod.test(period.end())) {
                    due.add(id);
                    if (period.missed()) {
                        missed.add(id);
                    }
                }
            }
            task.escalations().stream().filter(e -> inPeriod.test(e.raisedAt())).forEach(e -> escalated.add(id));
            var reported = task.completions().stream().filter(c -> inPeriod.test(c.submittedAt())).toList();
            if (!reported.isEmpty()) {
                (reported.stream().anyMatch(CompletionReport::late) ? completedLate : onTime).add(id);
            }
            Deadlines.lateness(task, asOf).filter(l -> !l.delivered() && inPeriod.test(l.deadline()))
                    .ifPresent(l -> overdue.add(id));
            for (var review : task.reviews()) {
                if (inPeriod.test(review.at())) {
                    if (review.outcome() == ReviewOutcome.RETURNED) {
                        if (!returned.contains(id)) {
                            returned.add(id);
                        }
                    } else {
                        scored.add(id);
                        scoreSum += review.qualityScore().orElseThrow();
                    }
                }
            }
        }
        var mean = scored.isEmpty() ? Optional.<BigDecimal>empty()
                : Optional.of(BigDecimal.valueOf(scoreSum).divide(BigDecimal.valueOf(scored.size()), 2,
                        RoundingMode.HALF_UP));
        return new ComplianceFacts(employee, from, to, asOf, tasks(assigned), tasks(accepted),
                new FactCount(Unit.REFUSALS, justified), new FactCount(Unit.REFUSALS, unjustified),
                new FactCount(Unit.REFUSALS, awaiting), tasks(unanswered),
                new FactCount(Unit.ADJUSTMENT_REQUESTS, requested), new FactCount(Unit.ADJUSTMENT_REQUESTS, approved),
                tasks(late), new FactCount(Unit.REPORT_PERIODS, due), new FactCount(Unit.REPORT_PERIODS, missed),
                new FactCount(Unit.ESCALATIONS, escalated), tasks(onTime), tasks(completedLate), tasks(overdue),
                tasks(returned), tasks(scored), mean);
    }

    private static FactCount tasks(List<TaskId> tasks) {
        return new FactCount(Unit.TASKS, tasks);
    }
}
