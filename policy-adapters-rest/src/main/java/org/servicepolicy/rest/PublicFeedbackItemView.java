package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.feedback.FeedbackChannel;
import org.servicepolicy.feedback.FeedbackStatus;
import org.servicepolicy.feedback.PublicFeedbackView;
import org.servicepolicy.policy.FeedbackNature;

/**
 * What a customer sees of their feedback with its tracking token (§2.3.2): where it stands, by
 * when it is due, the results reported; of the company only the handling department's name,
 * never an employee's id or name.
 *
 * @param status           where it stands
 * @param nature           what it is
 * @param channel          how it reached the company
 * @param department       the name of the department handling it; absent while unrouted
 * @param receivedAt       when it was received
 * @param firstResponseDue by when the first response is due; absent once given or while waiting on the customer
 * @param firstRespondedAt when the first response was given
 * @param firstResponse    what it said
 * @param resolutionDue    by when the current round's result is due; absent once reported or final,
 *                         or while waiting on the customer
 * @param rounds           each result reported, oldest first
 * @param waitingOnYou     whether the company waits on the customer's answer
 * @param question         what the customer was asked, while waited on
 */
public record PublicFeedbackItemView(FeedbackStatus status, FeedbackNature nature, FeedbackChannel channel,
                                     String department, Instant receivedAt, Instant firstResponseDue,
                                     Instant firstRespondedAt, String firstResponse, Instant resolutionDue,
                                     List<Round> rounds, boolean waitingOnYou, String question) {
    /**
     * A result as the customer sees it.
     *
     * @param number   the round
     * @param result   the result reported
     * @param resultAt when
     * @param rejected whether the customer rejected it
     */
    public record Round(int number, String result, Instant resultAt, boolean rejected) {
    }

    /** The view of {@code view}. */
    public static PublicFeedbackItemView of(PublicFeedbackView view) {
        return new PublicFeedbackItemView(view.status(), view.nature(), view.channel(),
                view.department().orElse(null), view.receivedAt(), view.firstResponseDue().orElse(null),
                view.firstRespondedAt().orElse(null), view.firstResponse().orElse(null),
                view.resolutionDue().orElse(null), view.rounds().stream()
                .map(r -> new Round(r.number(), r.result(), r.resultAt(), r.rejected())).toList(),
                view.waitingOnYou(), view.question().orElse(null));
    }
}
