package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.kernel.ViolationId;
import org.servicepolicy.tasks.RefusalRuling;

/**
 * The ruling on a refusal (§3.1.1).
 *
 * @param justified   whether the reason was valid: a justified refusal closed the task
 * @param at          when it was ruled
 * @param by          who ruled
 * @param comment     the ruling's grounds, if given
 * @param violationId the TASK_REFUSED_WITHOUT_VALID_REASON violation recorded for an unjustified refusal
 */
public record RefusalRulingView(boolean justified, Instant at, String by, String comment, String violationId) {
    /** The view of {@code ruling}. */
    public static RefusalRulingView of(RefusalRuling ruling) {
        return new RefusalRulingView(ruling.justified(), ruling.at(), ruling.by().value(),
                Texts.orNull(ruling.comment()), ruling.violation().map(ViolationId::value).orElse(null));
    }
}
