package org.servicepolicy.policy;

import java.time.Period;
import java.util.Map;
import java.util.Objects;

/**
 * The promotion section of the policy (§4.3.2: promotion on the premise of compliance and good
 * service, for those who meet the promotion conditions).
 *
 * @param recentGrades    how many of the latest finalised grades are considered
 * @param minimumGrade    the grade each of them must reach
 * @param blockingPenalty the lightest penalty step that blocks promotion while in force
 * @param penaltyLookback how far back an issued penalty still counts as in force for promotion
 *                        (an issued fine never leaves its ISSUED status, so "in force" needs a horizon)
 * @param timeAtLevel     how long an employee must have been at their current level
 */
public record CareerPolicy(int recentGrades, Grade minimumGrade, PenaltyStep blockingPenalty, Period penaltyLookback,
                           Period timeAtLevel) {
    /** Requires every part. */
    public CareerPolicy {
        Objects.requireNonNull(minimumGrade, "minimumGrade");
        Objects.requireNonNull(blockingPenalty, "blockingPenalty");
        Objects.requireNonNull(penaltyLookback, "penaltyLookback");
        Objects.requireNonNull(timeAtLevel, "timeAtLevel");
    }

    static CareerPolicy read(PolicySettings s) {
        return new CareerPolicy(s.integer("career.promotion.recentGrades", 1, 12),
                s.constant("career.promotion.minimumGrade", Grade.class, Grade.GOOD),
                s.constant("career.promotion.blockingPenalty", PenaltyStep.class, PenaltyStep.FINE),
                s.period("career.promotion.penaltyLookback"), s.period("career.promotion.timeAtLevel"));
    }

    void write(Map<String, String> out) {
        out.put("career.promotion.recentGrades", Integer.toString(recentGrades));
        out.put("career.promotion.minimumGrade", minimumGrade.name());
        out.put("career.promotion.blockingPenalty", blockingPenalty.name());
        out.put("career.promotion.penaltyLookback", penaltyLookback.toString());
        out.put("career.promotion.timeAtLevel", timeAtLevel.toString());
    }
}
