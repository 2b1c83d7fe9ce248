package org.servicepolicy.career;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;
import org.servicepolicy.assessment.CycleGrade;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.discipline.PenaltyTransition;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.ServiceBand;
import org.servicepolicy.service.evaluation.ServiceEvaluationResult;
import org.servicepolicy.training.ObligationSource;
import org.servicepolicy.training.ObligationStatus;
import org.servicepolicy.training.TrainingObligation;
import org.servicepolicy.training.TrainingObligations;

/**
 * §4.3.2: promotion on the premise of compliance and good performance, for those who meet the
 * promotion conditions. Pure. The conditions, all configurable in the policy's career section:
 * <ol>
 *   <li>{@code recent-grades}: the latest finalised grades (two by default) are each GOOD or
 *       better (§3.3.1: the grade is a basis for promotion);</li>
 *   <li>{@code no-penalty-in-force}: no FINE or heavier penalty is in force that was issued within
 *       the look-back (12 months by default) (§3.3.3);</li>
 *   <li>{@code time-at-level}: the employee has been at their level long enough (12 months);</li>
 *   <li>{@code not-dismissed}: the employee still works here, not dismissed (§3.3.3);</li>
 *   <li>{@code good-service}: the latest finalised service evaluation is STANDARD or better
 *       (§4.3.2 with §2.3.3); someone never evaluated meets it, the reason saying so, because
 *       the absence of an evaluation is no evidence of poor service;</li>
 *   <li>{@code training-current}: no training obligation is overdue, and every recurring
 *       programme is current (§4.1.2, §4.2.2): its last completion has not expired, or it was
 *       never completed and is still within its first period.</li>
 * </ol>
 *
 * <p>The time at the level is the record's {@link Employee#levelSince()}: the start of the hire
 * date, or the latest change of level (HR's, or a demotion's). A revoked demotion restores the
 * level together with its clock, as if it had never happened (§1.3.3).
 */
public final class PromotionRule {
    private PromotionRule() {
    }

    /** Whether {@code employee} meets the conditions at {@code at}. */
    public static PromotionEligibility assess(Employee employee, List<CycleGrade> grades, List<Penalty> penalties,
                                              List<ServiceEvaluationResult> services,
                                              List<TrainingObligation> training, PolicyDefinition policy,
                                              Instant at) {
        var career = policy.career();
        var zone = policy.company().zone();
        var conditions = new ArrayList<PromotionCondition>();

        var finalised = grades.stream().filter(g -> !g.finalizedAt().isAfter(at))
                .sorted(Comparator.comparing(CycleGrade::periodTo).thenComparing(g -> g.cycle().value())).toList();
        var recent = finalised.subList(Math.max(0, finalised.size() - career.recentGrades()), finalised.size());
        var described = recent.isEmpty() ? "none" : recent.stream()
                .map(g -> g.grade() + " (" + g.periodFrom() + " to " + g.periodTo() + ")").collect(Collectors.joining(", "));
        boolean enoughGrades = recent.size() == career.recentGrades();
        boolean goodEnough = recent.stream().allMatch(g -> g.grade().atLeast(career.minimumGrade()));
        conditions.add(new PromotionCondition("recent-grades", enoughGrades && goodEnough, Reason.of("§4.3.2",
                "career.promotion.recent-grades", !enoughGrades
                        ? "needs %d finalised grade(s), has %d: %s".formatted(career.recentGrades(), recent.size(), described)
                        : "the latest %d finalised grade(s) %s %s or better: %s".formatted(career.recentGrades(),
                        goodEnough ? "are all" : "are not all", career.minimumGrade(), described),
                "met", enoughGrades && goodEnough, "required", career.recentGrades() + " x " + career.minimumGrade(),
                "grades", described)));

        var lookbackStart = at.atZone(zone).minus(career.penaltyLookback()).toInstant();
        var blocking = penalties.stream()
                .filter(p -> p.step().compareTo(career.blockingPenalty()) >= 0 && p.status().inForce())
                .filter(p -> p.entered(PenaltyStatus.ISSUED).map(PenaltyTransition::at)
                        .filter(issued -> issued.isAfter(lookbackStart) && !issued.isAfter(at)).isPresent())
                .sorted(Comparator.comparing(Penalty::proposedAt).thenComparing(p -> p.id().value()))
                .toList();
        conditions.add(new PromotionCondition("no-penalty-in-force", blocking.isEmpty(), Reason.of("§4.3.2",
                "career.promotion.penalties", blocking.isEmpty()
                        ? "no %s or heavier penalty issued since %s is in force".formatted(career.blockingPenalty(),
                        lookbackStart)
                        : "%s or heavier penalty in force, issued since %s: %s".formatted(career.blockingPenalty(),
                        lookbackStart, blocking.stream().map(p -> p.id() + " (" + p.step() + ", " + p.status() + ")")
                                .collect(Collectors.joining(", "))),
                "met", blocking.isEmpty(), "blockingFrom", career.blockingPenalty(), "since", lookbackStart,
                "penalties", blocking.isEmpty() ? "none" : blocking.stream().map(p -> p.id().value())
                        .collect(Collectors.joining(",")))));

        var since = employee.levelSince();
        var due = since.atZone(zone).plus(career.timeAtLevel()).toInstant();
        boolean longEnough = !due.isAfter(at);
        conditions.add(new PromotionCondition("time-at-level", longEnough, Reason.of("§4.3.2",
                "career.promotion.time-at-level", "at level %d since %s: %s %s at the level (from %s)".formatted(
                        employee.level(), since, longEnough ? "has served" : "has not yet served", career.timeAtLevel(), due),
                "met", longEnough, "level", employee.level(), "levelSince", since, "required", career.timeAtLevel(),
                "eligibleFrom", due)));

        boolean working = employee.status().employed();
        conditions.add(new PromotionCondition("not-dismissed", working, Reason.of("§3.3.3",
                "career.promotion.employed", working ? "employed (" + employee.status() + "), not dismissed"
                        : employee.status() == EmploymentStatus.DISMISSED ? "dismissed: not promoted"
                        : "no longer employed (" + employee.status() + ")",
                "met", working, "status", employee.status())));

        conditions.add(goodService(services, policy.serviceEvaluation().promotionMinimum(), at));
        conditions.add(trainingCurrent(training));

        return new PromotionEligibility(employee.id(), conditions.stream().allMatch(PromotionCondition::met),
                conditions, policy.version(), at);
    }

    /** §4.3.2, §2.3.3: the latest service evaluation finalised by {@code at} reaches {@code minimum}, if there is one. */
    private static PromotionCondition goodService(List<ServiceEvaluationResult> services, ServiceBand minimum,
                                                  Instant at) {
        var latest = services.stream().filter(r -> !r.finalisedAt().isAfter(at))
                .max(Comparator.comparing(ServiceEvaluationResult::periodTo).thenComparing(ServiceEvaluationResult::id));
        if (latest.isEmpty()) {
            return new PromotionCondition("good-service", true, Reason.of("§4.3.2", "career.promotion.good-service",
                    "never evaluated for service: no evidence of service below " + minimum, "met", true,
                    "required", minimum, "latest", "none"));
        }
        var result = latest.get();
        boolean good = result.band().atLeast(minimum);
        return new PromotionCondition("good-service", good, Reason.of("§4.3.2", "career.promotion.good-service",
                "the latest service evaluation (%s to %s) is %s (%s), %s %s".formatted(result.periodFrom(),
                        result.periodTo(), result.band(), result.score().toPlainString(),
                        good ? "at least" : "below", minimum),
                "met", good, "required", minimum, "latest", result.band(), "period", result.period()));
    }

    /** §4.1.2, §4.2.2: no overdue obligation, and every recurring programme current. */
    private static PromotionCondition trainingCurrent(List<TrainingObligation> training) {
        var overdue = training.stream().filter(o -> o.status() == ObligationStatus.OVERDUE)
                .map(o -> o.programme() + " (" + o.source() + ", due " + o.due() + ")").toList();
        var lapsed = training.stream().filter(o -> o.source() == ObligationSource.RECURRING)
                .filter(o -> !TrainingObligations.current(o)).map(TrainingObligation::programme).toList();
        var current = training.stream().filter(o -> o.source() == ObligationSource.RECURRING)
                .filter(TrainingObligations::current).map(TrainingObligation::programme).toList();
        boolean met = overdue.isEmpty() && lapsed.isEmpty();
        return new PromotionCondition("training-current", met, Reason.of("§4.1.2", "career.promotion.training-current",
                met ? "no training obligation is overdue; recurring programmes current: " + listed(current)
                        : "overdue training: %s; recurring programmes not current: %s".formatted(listed(overdue),
                        listed(lapsed)),
                "met", met, "overdue", listed(overdue), "notCurrent", listed(lapsed), "current", listed(current)));
    }

    private static String listed(List<String> items) {
        return items.isEmpty() ? "none" : String.join(", ", items);
    }
}
