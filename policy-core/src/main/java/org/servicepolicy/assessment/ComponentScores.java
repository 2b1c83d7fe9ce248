package org.servicepolicy.assessment;

import org.servicepolicy.policy.AssessmentComponent;

/**
 * One evaluator's scores of the three components of §3.3.1, each from 0 to 100.
 *
 * @param taskAcceptance     accepting tasks (§3.1.1)
 * @param taskExecution      executing and completing tasks (§3.1.2, §3.1.3)
 * @param rulesAndDiscipline observing rules and discipline (§3.2)
 */
public record ComponentScores(int taskAcceptance, int taskExecution, int rulesAndDiscipline) {
    /** Requires each score to be from 0 to 100. */
    public ComponentScores {
        requireScore(taskAcceptance);
        requireScore(taskExecution);
        requireScore(rulesAndDiscipline);
    }

    private static void requireScore(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is from 0 to 100: " + score);
        }
    }

    /** The score of {@code component}. */
    public int of(AssessmentComponent component) {
        return switch (component) {
            case TASK_ACCEPTANCE -> taskAcceptance;
            case TASK_EXECUTION -> taskExecution;
            case RULES_AND_DISCIPLINE -> rulesAndDiscipline;
        };
    }
}
