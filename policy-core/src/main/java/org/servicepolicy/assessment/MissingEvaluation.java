package org.servicepolicy.assessment;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.EvaluatorRole;

/**
 * An evaluation a cycle still needs before it can be finalized (§3.3.1).
 *
 * @param employee  whose evaluation is missing
 * @param role      which group's
 * @param evaluator who must give it: the superior or the employee; empty for peers, whom any
 *                  colleague can be
 * @param missing   how many are missing (more than one only for peers)
 */
public record MissingEvaluation(EmployeeId employee, EvaluatorRole role, Optional<EmployeeId> evaluator, int missing) {
    /** Requires every part and a positive count. */
    public MissingEvaluation {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evaluator, "evaluator");
        if (missing < 1) {
            throw new IllegalArgumentException("at least one evaluation is missing");
        }
    }

    /** The missing evaluation in words. */
    public String describe() {
        return switch (role) {
            case SUPERIOR -> employee + ": the evaluation by the direct superior " + evaluator.orElseThrow();
            case SELF -> employee + ": the self-evaluation";
            case PEER -> employee + ": " + missing + " more peer evaluation(s)";
        };
    }
}
