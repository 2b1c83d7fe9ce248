package org.servicepolicy.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.Grade;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.rewards.Achievement;

/**
 * §3.3.1, §3.3.2: finalizing a cycle. Once its period has ended and no evaluation is missing,
 * each employee's grade is stored with a decision that explains it (§1.3.3) under the version in
 * force at the cycle's last instant, the cycle is locked, and the achievements the grades are
 * (a grade, EXCELLENT twice in a row) are handed on for the rewards they earn. Finalizing a
 * finalized cycle changes nothing and answers its stored grades. Pure.
 */
public final class FinalizingRule {
    /** The rule that refuses to finalize a cycle while evaluations are missing. */
    public static final String MISSING_EVALUATIONS = "assessment.finalize.missing-evaluations";

    private FinalizingRule() {
    }

    /**
     * Finalizes the cycle of {@code facts} by the stamp's actor, or answers it as it was
     * finalized. A cycle finalized part by part ({@link AssessmentFacts.Progress}) stores each
     * part's grades with their decisions and events as its part is decided; the last part also
     * locks the cycle, or refuses it whole when any part misses evaluations. The parts run in one
     * transaction, so that a refusal keeps none of them.
     */
    public static Outcome<AssessmentStores, Finalized> finalize(AssessmentFacts.Finalizing facts, Stamp stamp) {
        if (facts instanceof AssessmentFacts.Finalizing.Finalized done) {
            return Outcome.<AssessmentStores>draft().answer(stored ->
                    new Finalized(new FinalizedCycle(done.cycle(), done.grades()), List.of()));
        }
        return close((AssessmentFacts.Finalizing.Open) facts, stamp);
    }

    private static Outcome<AssessmentStores, Finalized> close(AssessmentFacts.Finalizing.Open facts, Stamp stamp) {
        var cycle = facts.grading().cycle();
        var now = stamp.now();
        if (now.isBefore(cycle.closesAt())) {
            return Outcome.refused(Refusal.policy("§3.3.1", "assessment.finalize.period",
                    "cycle %s runs until %s; it can be finalized from %s, when every fact of the period is known"
                            .formatted(cycle.name(), cycle.to(), cycle.closesAt())));
        }
        var progress = facts.progress();
        var missing = new ArrayList<>(progress.missing());
        if (!missing.isEmpty()) {
            // A part before misses evaluations, so the cycle is refused: this part only adds what it misses.
            missing.addAll(GradingRules.missing(facts.grading().participation()));
            return refuseOrGoOn(progress, cycle, missing);
        }
        var graded = GradingRules.grade(facts.grading());
        if (!graded.missing().isEmpty()) {
            missing.addAll(graded.missing());
            return refuseOrGoOn(progress, cycle, missing);
        }
        var policy = graded.policy();
        var draft = Outcome.<AssessmentStores>draft();
        var grades = new ArrayList<CycleGrade>();
        var achievements = new ArrayList<Achievement>();
        for (var result : graded.results()) {
            var decision = stamp.decision(AssessmentService.GRADE, result.employee(), result.grade().name(),
                    graded.reasons(result), policy.version(), cycle.lastInstant());
            draft.decision(decision);
            var components = result.components();
            var grade = new CycleGrade(cycle.id(), result.employee(), result.department(), cycle.from(), cycle.to(),
                    result.grade(), result.total(), new ComponentValues(components.get(0).score(),
                    components.get(1).score(), components.get(2).score()), result.salaryAdjustment(), decision.id(),
                    policy.version(), now);
            draft.event(new AssessmentEvent.GradeAssigned(cycle.id(), grade.employee(), grade.grade(), grade.total(),
                    decision.id(), now));
            grades.add(grade);
            achievements.addAll(achievements(cycle, grade, facts));
        }
        // One write of every grade of the part, so that a store can batch them rather than pay a round trip each.
        var finalGrades = List.copyOf(grades);
        if (!finalGrades.isEmpty()) {
            draft.change(Change.of(s -> {
                s.grades().addAll(finalGrades);
                return finalGrades;
            }));
        }
        if (!progress.last()) {
            return draft.answer(stored -> new Finalized(new FinalizedCycle(cycle, finalGrades), achievements));
        }
        int total = progress.graded() + grades.size();
        var finalized = draft.change(Change.of(s -> s.cycles().update(cycle.finalized(now, stamp.actor().id()))));
        draft.event(new AssessmentEvent.AssessmentCycleFinalized(cycle.id(), total, now));
        draft.audit(stamp.audit("assessment.finalize", "assessment-cycle", cycle.id().value(),
                total + " grade(s) under policy version " + policy.version()));
        return draft.answer(stored -> new Finalized(new FinalizedCycle(stored.of(finalized), finalGrades),
                achievements));
    }

    /**
     * A part that stores nothing, since evaluations are missing: the last part refuses the cycle,
     * listing every missing evaluation of every part; an earlier one answers what it misses, for
     * the parts after it.
     */
    private static Outcome<AssessmentStores, Finalized> refuseOrGoOn(AssessmentFacts.Progress progress,
                                                                     AssessmentCycle cycle,
                                                                     List<MissingEvaluation> missing) {
        if (progress.last()) {
            return Outcome.refused(Refusal.policy("§3.3.1", MISSING_EVALUATIONS,
                    "cannot finalize cycle %s: %d evaluation(s) missing: %s".formatted(cycle.name(),
                            missing.stream().mapToInt(MissingEvaluation::missing).sum(),
                            missing.stream().map(MissingEvaluation::describe).collect(Collectors.joining("; ")))));
        }
        var stillMissing = List.copyOf(missing);
        return Outcome.<AssessmentStores>draft().answer(stored ->
                new Finalized(new FinalizedCycle(cycle, List.of()), List.of(), stillMissing));
    }

    /**
     * §3.3.2: the achievements of {@code grade}: the grade itself, and EXCELLENT in two
     * consecutive cycles when the employee's latest grade before this cycle was EXCELLENT too.
     */
    static List<Achievement> achievements(AssessmentCycle cycle, CycleGrade grade,
                                          AssessmentFacts.Finalizing.Open facts) {
        var source = "cycle:" + cycle.id();
        var achievements = new ArrayList<Achievement>();
        achievements.add(new Achievement(RewardTrigger.grade(grade.grade()), grade.employee(), source,
                cycle.lastInstant(), Reason.of("§3.3.2", "assessment.grade",
                        "graded %s in assessment %s (%s to %s), total %s".formatted(grade.grade(), cycle.name(),
                                cycle.from(), cycle.to(), grade.total()),
                        "cycle", cycle.id(), "grade", grade.grade(), "total", grade.total(), "decision", grade.decision())));
        var previous = facts.gradesSoFar().getOrDefault(grade.employee(), List.of()).stream()
                .filter(g -> g.periodTo().isBefore(cycle.from())).reduce((first, second) -> second);
        if (grade.grade() == Grade.EXCELLENT && previous.filter(p -> p.grade() == Grade.EXCELLENT).isPresent()) {
            var before = previous.get();
            var beforeName = facts.cycles().stream().filter(c -> c.id().equals(before.cycle())).findFirst()
                    .map(AssessmentCycle::name).orElse(before.cycle().value());
            achievements.add(new Achievement(RewardTrigger.EXCELLENT_IN_CONSECUTIVE_CYCLES, grade.employee(), source,
                    cycle.lastInstant(), Reason.of("§3.3.2", "assessment.grade.consecutive",
                            "graded EXCELLENT in two consecutive assessments: %s and %s".formatted(beforeName,
                                    cycle.name()), "previousCycle", before.cycle(), "cycle", cycle.id())));
        }
        return achievements;
    }

    /**
     * A finalized cycle, or one part of it, and the achievements its grades are, for the rewards
     * they earn (§3.3.2).
     *
     * @param cycle        the cycle and the grades of the part: FINALIZED after the last part
     * @param achievements the achievements to recognise; none when the cycle was finalized before
     * @param missing      the evaluations this part and those before it miss; once one is
     *                     missing, the parts after store nothing and the last one refuses the
     *                     cycle, which undoes what the parts before stored
     */
    public record Finalized(FinalizedCycle cycle, List<Achievement> achievements, List<MissingEvaluation> missing) {
        /** Requires the cycle and copies the lists. */
        public Finalized {
            Objects.requireNonNull(cycle, "cycle");
            achievements = List.copyOf(achievements);
            missing = List.copyOf(missing);
        }

        /** A cycle, or a part of it, that misses no evaluation. */
        public Finalized(FinalizedCycle cycle, List<Achievement> achievements) {
            this(cycle, achievements, List.of());
        }
    }
}
