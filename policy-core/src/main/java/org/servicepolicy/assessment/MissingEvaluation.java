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
 * @param evaluator who must give it, when one person must: the direct superior, the one who
 *                  stands in for them, or the employee; empty for peers, whom any colleague can
 *                  be, and for a superior evaluation that any of several may give in a departed
 *                  superior's place
 * @param missing   how many are missing (more than one only for peers)
 * @param superior  for a superior evaluation, who gives it: the direct superior or who stands in
 *                  for one no longer employed (§3.3.1); empty for the other groups
 */
public record MissingEvaluation(EmployeeId employee, EvaluatorRole role, Optional<EmployeeId> evaluator, int missing,
                                Optional<SuperiorEvaluator> superior) {
    /** Requires every part, a positive count, and who gives a superior evaluation only for one. */
    public MissingEvaluation {
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(role, "role");
        Objects.requireNonNull(evaluator, "evaluator");
        Objects.requireNonNull(superior, "superior");
        if (missing < 1) {
            throw new IllegalArgumentException("at least one evaluation is missing");
        }
        if (superior.isPresent() != (role == EvaluatorRole.SUPERIOR)) {
            throw new IllegalArgumentException("a missing superior evaluation, and only one, says who gives it");
        }
    }

    /** A missing peer or self-evaluation. */
    public MissingEvaluation(EmployeeId employee, EvaluatorRole role, Optional<EmployeeId> evaluator, int missing) {
        this(employee, role, evaluator, missing, Optional.empty());
    }

    /** {@code employee}'s missing superior evaluation, which {@code superior} gives. */
    public static MissingEvaluation superior(EmployeeId employee, SuperiorEvaluator superior) {
        return new MissingEvaluation(employee, EvaluatorRole.SUPERIOR, superior.onlyEvaluator(), 1,
                Optional.of(superior));
    }

    /** The missing evaluation in words. */
    public String describe() {
        return switch (role) {
            case SUPERIOR -> employee + ": the evaluation by " + superior.orElseThrow().describe();
            case SELF -> employee + ": the self-evaluation";
            case PEER -> employee + ": " + missing + " more peer evaluation(s)";
        };
    }
}
