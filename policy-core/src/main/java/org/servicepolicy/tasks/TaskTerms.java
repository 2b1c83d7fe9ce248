package org.servicepolicy.tasks;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.EmployeeId;

/**
 * One version of what a task asks for (§3.1.1: its objective, requirements, deadline and quality
 * standard). Version 1 is set at assignment; every later version comes from an approved
 * adjustment (§3.1.2: the terms change in no other way), and every version is kept.
 *
 * @param version         1 for the terms of the assignment, then one more per approved adjustment
 * @param objective       what the task is for
 * @param requirements    what the result must satisfy, numbered from 1 in this order
 * @param qualityStandard the standard the result is judged by
 * @param deadline        when the result is due
 * @param effectiveFrom   when these terms took effect
 * @param setBy           who set them: the assigner, or whoever approved the adjustment
 * @param adjustment      the number of the approved adjustment that produced them; empty for version 1
 */
public record TaskTerms(int version, String objective, List<String> requirements, String qualityStandard,
                        Instant deadline, Instant effectiveFrom, EmployeeId setBy, Optional<Integer> adjustment) {
    /** Requires every part, at least one requirement, and an adjustment exactly from version 2 on. */
    public TaskTerms {
        Objects.requireNonNull(objective, "objective");
        Objects.requireNonNull(qualityStandard, "qualityStandard");
        Objects.requireNonNull(deadline, "deadline");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(setBy, "setBy");
        Objects.requireNonNull(adjustment, "adjustment");
        requirements = List.copyOf(requirements);
        if (version < 1) {
            throw new IllegalArgumentException("terms versions start at 1");
        }
        if (requirements.isEmpty()) {
            throw new IllegalArgumentException("a task has at least one requirement");
        }
        if ((version == 1) != adjustment.isEmpty()) {
            throw new IllegalArgumentException("only terms after the first come from an adjustment");
        }
    }

    /** The next version: these terms with an approved adjustment's changes applied. */
    TaskTerms adjusted(AdjustmentRequest request, Instant at, EmployeeId by) {
        return new TaskTerms(version + 1, objective,
                request.newRequirements().isEmpty() ? requirements : request.newRequirements(), qualityStandard,
                request.newDeadline().orElse(deadline), at, by, Optional.of(request.number()));
    }
}
