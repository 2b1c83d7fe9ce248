package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.tasks.TaskTerms;

/**
 * One version of what a task asks for (§3.1.1). Version 1 is the assignment's; each later one
 * comes from an approved adjustment (§3.1.2: the terms change in no other way).
 *
 * @param version         1, then one more per approved adjustment
 * @param objective       what the task is for
 * @param requirements    what the result must satisfy, numbered from 1 in this order
 * @param qualityStandard the standard the result is judged by
 * @param deadline        when the result is due
 * @param effectiveFrom   when these terms took effect
 * @param setBy           who set them: the assigner, or whoever approved the adjustment
 * @param adjustment      the number of the approved adjustment that produced them; absent for version 1
 */
public record TaskTermsView(int version, String objective, List<String> requirements, String qualityStandard,
                            Instant deadline, Instant effectiveFrom, String setBy, Integer adjustment) {
    /** The view of {@code terms}. */
    public static TaskTermsView of(TaskTerms terms) {
        return new TaskTermsView(terms.version(), terms.objective(), terms.requirements(), terms.qualityStandard(),
                terms.deadline(), terms.effectiveFrom(), terms.setBy().value(), terms.adjustment().orElse(null));
    }
}
