package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.calendar.DueTime;

/**
 * When one clock of an item of customer feedback falls due, and why then (§2.3.2): the business
 * time counted on the company's calendar, the closed days skipped, the waits on the customer.
 *
 * @param clock   {@code FIRST_RESPONSE}, or the current round's resolution clock such as {@code R2.RESOLUTION}
 * @param dueAt   when it falls due; absent while a wait on the customer stops it
 * @param reasons the explanation, each step with its clause, rule and message
 */
public record FeedbackDueView(String clock, Instant dueAt, List<ReasonView> reasons) {
    /** The view of {@code due}, the due time of {@code clock}. */
    public static FeedbackDueView of(String clock, DueTime due) {
        return new FeedbackDueView(clock, due.at().orElse(null),
                due.explanation().stream().map(ReasonView::of).toList());
    }
}
