package org.servicepolicy.rest;

import java.math.BigDecimal;
import java.time.Instant;
import org.servicepolicy.tasks.ComplianceFacts;

/**
 * The objective facts of one employee's work assignments in a period [from, to), which the
 * compliance assessment grades (§3.3.1: task acceptance and task execution). Each fact belongs
 * to the period of the act behind it; each number says what it counts and lists its tasks.
 *
 * @param employeeId             whose facts
 * @param from                   the period's start, inclusive
 * @param to                     the period's end, exclusive
 * @param asOf                   when the facts were taken: report periods ending later were not yet due
 * @param assigned               tasks assigned to the employee
 * @param accepted               tasks accepted
 * @param refusedJustified       refusals ruled justified
 * @param refusedUnjustified     refusals ruled unjustified, each also a violation
 * @param refusalsAwaitingRuling refusals not yet ruled on
 * @param unanswered             tasks whose deadline passed while they awaited acceptance or refusal
 * @param adjustmentsRequested   adjustment requests
 * @param adjustmentsApproved    of those, approved
 * @param adjustmentsLate        tasks with an adjustment asked for with less than the policy's notice, each once
 * @param progressReportsDue     report periods that ended while the task was in progress
 * @param progressReportsMissed  of those, without a report
 * @param escalations            escalations raised
 * @param completedOnTime        tasks reported complete, every report of the period by its deadline
 * @param completedLate          tasks reported complete with a report of the period after its deadline
 * @param overdue                tasks whose deadline passed in the period, still owed at {@code asOf}
 * @param returnedForRework      tasks whose result was returned for rework, each once
 * @param qualityScored          tasks whose result was accepted with a quality score
 * @param meanQualityScore       the mean of those scores to two decimals; absent when there are none
 */
public record ComplianceFactsView(String employeeId, Instant from, Instant to, Instant asOf, FactCountView assigned,
                                  FactCountView accepted, FactCountView refusedJustified,
                                  FactCountView refusedUnjustified, FactCountView refusalsAwaitingRuling,
                                  FactCountView unanswered,
                                  FactCountView adjustmentsRequested, FactCountView adjustmentsApproved,
                                  FactCountView adjustmentsLate, FactCountView progressReportsDue,
                                  FactCountView progressReportsMissed, FactCountView escalations,
                                  FactCountView completedOnTime, FactCountView completedLate, FactCountView overdue,
                                  FactCountView returnedForRework, FactCountView qualityScored,
                                  BigDecimal meanQualityScore) {
    /** The view of {@code facts}. */
    public static ComplianceFactsView of(ComplianceFacts facts) {
        return new ComplianceFactsView(facts.employee().value(), facts.from(), facts.to(), facts.asOf(),
                FactCountView.of(facts.assigned()), FactCountView.of(facts.accepted()),
                FactCountView.of(facts.refusedJustified()), FactCountView.of(facts.refusedUnjustified()),
                FactCountView.of(facts.refusalsAwaitingRuling()), FactCountView.of(facts.unanswered()),
                FactCountView.of(facts.adjustmentsRequested()),
                FactCountView.of(facts.adjustmentsApproved()), FactCountView.of(facts.adjustmentsLate()),
                FactCountView.of(facts.progressReportsDue()), FactCountView.of(facts.progressReportsMissed()),
                FactCountView.of(facts.escalations()), FactCountView.of(facts.completedOnTime()),
                FactCountView.of(facts.completedLate()), FactCountView.of(facts.overdue()),
                FactCountView.of(facts.returnedForRework()),
                FactCountView.of(facts.qualityScored()), facts.meanQualityScore().orElse(null));
    }
}
