package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Change;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.kernel.Stamp;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;

/**
 * §2.3.2: an item is handled in rounds. The responsible employee (or the department's manager)
 * gives the first response, may wait on the customer (the clocks stop until they answer), and
 * reports a result; after a rejected result, the cause is analysed and a corrective action
 * recorded before the next one. The customer accepts a result with a score, which enters the
 * responsible employee's customer scores, or rejects it, which starts a new round. HR closes an
 * item after the policy's number of rejected results. Pure: each function decides from the item,
 * the facts loaded and the stamp.
 */
public final class FeedbackHandlingRules {
    private FeedbackHandlingRules() {
    }

    /**
     * The facts handling an item needs besides the item.
     *
     * @param policy  the policy in force when the item was received
     * @param manager the manager of the item's department, if it has one
     */
    public record Handling(PolicyDefinition policy, Optional<EmployeeId> manager) {
        /** Requires every part. */
        public Handling {
            Objects.requireNonNull(policy, "policy");
            Objects.requireNonNull(manager, "manager");
        }
    }

    /** §2.3.2: the first response to the customer, once; it meets the first-response clock. */
    public static Outcome<FeedbackStores, FeedbackItem> respond(FeedbackItem item, String text, Handling facts,
                                                                Stamp stamp) {
        return Outcome.unless(FeedbackAccess.mayRespond(stamp.actor(), item)
                .or(() -> FeedbackRules.unlessIn(item, "respond", FeedbackStatus.ROUTED, FeedbackStatus.IN_HANDLING,
                        FeedbackStatus.WAITING_ON_CUSTOMER, FeedbackStatus.REOPENED))
                .or(() -> item.firstRespondedAt().map(at -> Refusal.policy("§2.3.2", "feedback.respond.once",
                        "the first response was given at " + at))), () -> {
            var now = stamp.now();
            var late = late(FeedbackClock.firstResponseDue(item, facts.policy()).at(), now);
            var next = item.respondedWith(text, now);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            draft.event(new FeedbackEvent.Responded(item.id(), late, now));
            draft.audit(stamp.audit("feedback.respond", "feedback-item", item.id().value(), late ? "late" : "in time"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §2.3.2: the responsible employee asks the customer {@code question}; the clocks stop until they answer. */
    public static Outcome<FeedbackStores, FeedbackItem> waitOnCustomer(FeedbackItem item, String question,
                                                                       Handling facts, Stamp stamp) {
        return Outcome.unless(FeedbackAccess.mayHandle(stamp.actor(), item).or(() -> FeedbackRules.unlessIn(item,
                "wait on the customer", FeedbackStatus.IN_HANDLING, FeedbackStatus.REOPENED)), () -> {
            var next = item.waitingOn(question, stamp.now());
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            draft.event(new FeedbackEvent.WaitingOnCustomer(item.id(), stamp.now()));
            draft.audit(stamp.audit("feedback.wait", "feedback-item", item.id().value(), "waiting on the customer"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §2.3.2: the customer answered, with their token ({@code byCustomer}) or elsewhere as the
     * responsible employee notes; the clocks run again and their due times move by the wait.
     */
    public static Outcome<FeedbackStores, FeedbackItem> answered(FeedbackItem item, String text, boolean byCustomer,
                                                                 Handling facts, Stamp stamp) {
        var access = byCustomer ? Optional.<Refusal>empty() : FeedbackAccess.mayHandle(stamp.actor(), item);
        return Outcome.unless(access.or(() -> FeedbackRules.unlessIn(item, "answer",
                        FeedbackStatus.WAITING_ON_CUSTOMER))
                .or(() -> stamp.now().isAfter(item.pauses().get(item.pauses().size() - 1).from()) ? Optional.empty()
                        : Optional.of(Refusal.policy("§2.3.2", "feedback.answer.same-instant",
                        "the customer was asked at this very instant; answer after it"))), () -> {
            var next = item.answered(text, stamp.now());
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), true, stamp);
            draft.event(new FeedbackEvent.CustomerAnswered(item.id(), stamp.now()));
            draft.audit(stamp.audit("feedback.answer", "feedback-item", item.id().value(), byCustomer
                    ? "the customer answered" : "the customer answered elsewhere"));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §2.3.2: after a rejected result, why it fell short and what was corrected, before the next result. */
    public static Outcome<FeedbackStores, FeedbackItem> correct(FeedbackItem item, CorrectiveAction command,
                                                                Handling facts, Stamp stamp) {
        return Outcome.unless(FeedbackAccess.mayHandle(stamp.actor(), item)
                .or(() -> FeedbackRules.unlessIn(item, "correct", FeedbackStatus.REOPENED))
                .or(() -> item.round() > 1 ? Optional.empty() : Optional.of(Refusal.policy("§2.3.2",
                        "feedback.correct.after-rejection", "a cause analysis follows a rejected result"))), () -> {
            var next = item.corrected(command.causeAnalysis().strip(), command.action().strip());
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            draft.audit(stamp.audit("feedback.correct", "feedback-item", item.id().value(), "round " + item.round()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §2.3.2: the responsible employee reports the round's result; it is the first response too if
     * none was given. After a rejection it needs the cause analysis and corrective action first.
     */
    public static Outcome<FeedbackStores, FeedbackItem> reportResult(FeedbackItem item, String text, Handling facts,
                                                                     Stamp stamp) {
        return Outcome.unless(FeedbackAccess.mayHandle(stamp.actor(), item)
                .or(() -> FeedbackRules.unlessIn(item, "report a result", FeedbackStatus.IN_HANDLING,
                        FeedbackStatus.REOPENED))
                .or(() -> item.round() == 1 || item.causeAnalysis().isPresent() ? Optional.empty()
                        : Optional.of(Refusal.policy("§2.3.2", "feedback.result.correction-first", "after a rejected "
                        + "result, the cause analysis and the corrective action come before the next result",
                        "causeAnalysis"))), () -> {
            var now = stamp.now();
            var late = late(FeedbackClock.resolutionDue(item, facts.policy()).at(), now);
            var next = item.resultReported(text, now);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            if (item.firstRespondedAt().isEmpty()) {
                draft.event(new FeedbackEvent.Responded(item.id(),
                        late(FeedbackClock.firstResponseDue(item, facts.policy()).at(), now), now));
            }
            draft.event(new FeedbackEvent.ResultReported(item.id(), item.round(), late, now));
            draft.audit(stamp.audit("feedback.result", "feedback-item", item.id().value(), "round " + item.round()
                    + (late ? ", late" : ", in time")));
            return draft.answer(s -> s.of(stored));
        });
    }

    /**
     * §2.3.2, §2.3.3: the customer accepts the result with {@code score}; it enters the customer
     * scores of the responsible employee.
     */
    public static Outcome<FeedbackStores, FeedbackItem> accept(FeedbackItem item, int score, Handling facts,
                                                               Stamp stamp) {
        return Outcome.unless(FeedbackRules.unlessIn(item, "accept", FeedbackStatus.RESULT_REPORTED), () -> {
            var now = stamp.now();
            var next = item.acceptedWith(score, now);
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            var responsible = item.responsible().orElseThrow();
            var given = new CustomerScore(stamp.nextId(), responsible, score, CustomerScoreSource.CUSTOMER_FEEDBACK,
                    item.id().value(), now, now);
            draft.change(Change.of(s -> s.customerScores().add(given)));
            draft.event(new FeedbackEvent.Accepted(item.id(), score, now));
            draft.audit(stamp.audit("feedback.accept", "feedback-item", item.id().value(), "score " + score));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §2.3.2: the customer rejects the result with {@code comment}; a new round starts now. */
    public static Outcome<FeedbackStores, FeedbackItem> reject(FeedbackItem item, String comment, Handling facts,
                                                               Stamp stamp) {
        return Outcome.unless(FeedbackRules.unlessIn(item, "reject", FeedbackStatus.RESULT_REPORTED), () -> {
            var next = item.rejectedWith(comment, stamp.now());
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), true, stamp);
            draft.event(new FeedbackEvent.Rejected(item.id(), item.round(), stamp.now()));
            draft.audit(stamp.audit("feedback.reject", "feedback-item", item.id().value(), "round " + item.round()));
            return draft.answer(s -> s.of(stored));
        });
    }

    /** §2.3.2: HR closes an item whose results the customer rejected the policy's number of times, with a reason. */
    public static Outcome<FeedbackStores, FeedbackItem> close(FeedbackItem item, String reason, Handling facts,
                                                              Stamp stamp) {
        var needed = facts.policy().feedback().hrMayCloseAfter();
        return Outcome.unless(FeedbackAccess.mayClose(stamp.actor(), item)
                .or(() -> item.status().isFinal() ? FeedbackRules.unlessIn(item, "close") : Optional.empty())
                .or(() -> item.round() - 1 >= needed ? Optional.empty() : Optional.of(Refusal.policy("§2.3.2",
                        "feedback.close.rounds", "HR closes feedback after %d rejected result(s); it has %d"
                                .formatted(needed, item.round() - 1)))), () -> {
            var next = item.closedFor(reason, stamp.now());
            var draft = Outcome.<FeedbackStores>draft();
            var stored = FeedbackRules.store(draft, Change.of(s -> s.feedback().update(next)), next, facts.policy(),
                    facts.manager(), false, stamp);
            draft.event(new FeedbackEvent.Closed(item.id(), stamp.now()));
            draft.audit(stamp.audit("feedback.close", "feedback-item", item.id().value(), "after " + (item.round() - 1)
                    + " rejected result(s): " + reason));
            return draft.answer(s -> s.of(stored));
        });
    }

    private static boolean late(Optional<Instant> due, Instant now) {
        return due.filter(now::isAfter).isPresent();
    }
}
