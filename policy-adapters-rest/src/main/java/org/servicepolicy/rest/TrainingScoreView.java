package org.servicepolicy.rest;

import java.util.List;

/**
 * What recording a score did (§4.1, §4.1.1): the assessment, and the decisions it led to with
 * their reasons: {@code people.on-post} when it passed the last programme due before post,
 * {@code training.retakes-exhausted} when it used the last attempt. The decisions are listed for
 * HR; a trainer who is not HR records the score without reading the trainee's personnel records,
 * which the trainee and their managers read among the trainee's decisions.
 *
 * @param assessment the assessment recorded
 * @param decisions  the decisions it led to, with their reasons
 */
public record TrainingScoreView(TrainingAssessmentView assessment, List<DecisionView> decisions) {
    /** Copies the decisions. */
    public TrainingScoreView {
        decisions = List.copyOf(decisions);
    }
}
