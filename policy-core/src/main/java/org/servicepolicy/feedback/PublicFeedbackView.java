package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.policy.FeedbackNature;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * What a customer sees of their feedback with its tracking token (§2.3.2): where it stands and
 * by when it is due, never an employee's id or name.
 *
 * @param status            where it stands
 * @param nature            what it is
 * @param channel           how it reached the company
 * @param department        the name of the department handling it; empty while unrouted
 * @param receivedAt        when it was received
 * @param firstResponseDue  by when the first response is due; empty once given or while the clock is stopped
 * @param firstRespondedAt  when the first response was given
 * @param firstResponse     what it said
 * @param resolutionDue     by when the current round's result is due; empty once reported or final,
 *                          or while the clock is stopped
 * @param rounds            each result reported, oldest first
 * @param waitingOnYou      whether the company waits on the customer's answer
 * @param question          what the customer was asked, while waited on
 */
public record PublicFeedbackView(FeedbackStatus status, FeedbackNature nature, FeedbackChannel channel,
                                 Optional<String> department, Instant receivedAt, Optional<Instant> firstResponseDue,
                                 Optional<Instant> firstRespondedAt, Optional<String> firstResponse,
                                 Optional<Instant> resolutionDue, List<Round> rounds, boolean waitingOnYou,
                                 Optional<String> question) {
    /**
     * A result as the customer sees it.
     *
     * @param number   the round
     * @param result   the result reported
     * @param resultAt when
     * @param rejected whether the customer rejected it
     */
    public record Round(int number, String result, Instant resultAt, boolean rejected) {
        /** Requires every part. */
        public Round {
            Objects.requireNonNull(result, "result");
            Objects.requireNonNull(resultAt, "resultAt");
        }
    }

    /** Requires every part. */
    public PublicFeedbackView {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(nature, "nature");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(department, "department");
        Objects.requireNonNull(receivedAt, "receivedAt");
        Objects.requireNonNull(firstResponseDue, "firstResponseDue");
        Objects.requireNonNull(firstRespondedAt, "firstRespondedAt");
        Objects.requireNonNull(firstResponse, "firstResponse");
        Objects.requireNonNull(resolutionDue, "resolutionDue");
        rounds = List.copyOf(rounds);
        Objects.requireNonNull(question, "question");
    }

    /**
     * What the customer sees of {@code item}, handled by the department named {@code department},
     * with its due times under {@code policy}, the policy in force at its receipt.
     */
    public static PublicFeedbackView of(FeedbackItem item, Optional<String> department, PolicyDefinition policy) {
        var firstDue = FeedbackClock.firstResponseRuns(item) ? FeedbackClock.firstResponseDue(item, policy).at()
                : Optional.<Instant>empty();
        var resolutionDue = FeedbackClock.resolutionRuns(item) ? FeedbackClock.resolutionDue(item, policy).at()
                : Optional.<Instant>empty();
        var rounds = item.rounds().stream().map(r -> new Round(r.number(), r.result(), r.resultAt(), r.rejected()))
                .toList();
        return new PublicFeedbackView(item.status(), item.nature(), item.channel(), department, item.receivedAt(),
                firstDue, item.firstRespondedAt(), item.firstResponse(), resolutionDue, rounds,
                item.waitingOnCustomer(), item.waitingOnCustomer() ? item.question() : Optional.empty());
    }
}
