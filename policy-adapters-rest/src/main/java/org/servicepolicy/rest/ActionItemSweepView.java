package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.meetings.ActionItemId;
import org.servicepolicy.meetings.ActionItemSweepResult;

/**
 * What one sweep of action items marked (§5.1.2): only what this run marked, so a second sweep
 * marks none.
 *
 * @param at                  the instant swept for
 * @param markedActionItemIds the items this run marked overdue
 */
public record ActionItemSweepView(Instant at, List<String> markedActionItemIds) {
    /** The view of {@code result}. */
    public static ActionItemSweepView of(ActionItemSweepResult result) {
        return new ActionItemSweepView(result.at(), result.marked().stream().map(ActionItemId::value).toList());
    }
}
