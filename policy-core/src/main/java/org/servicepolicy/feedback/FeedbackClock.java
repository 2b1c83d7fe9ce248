package org.servicepolicy.feedback;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.calendar.DueTime;
import org.servicepolicy.calendar.Pause;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.StoredPrecision;
import org.servicepolicy.policy.PolicyDefinition;

/**
 * §2.3.2: the clocks of an item of feedback, counted in business time on the company's calendar
 * of the policy in force at receipt. The first response is due after the policy's time for the
 * item's severity from receipt; each round's result after its resolution time from the start of
 * the round (receipt, then each rejection). Waiting on the customer stops both clocks. Each
 * running clock has three checkpoints: a WARNING once the policy's share of its time is used, the
 * BREACH at its due time, and the escalation to HR the policy's business time after the breach.
 * Pure: every function answers from the item and the policy.
 */
public final class FeedbackClock {
    /** The first-response clock's name. */
    public static final String FIRST_RESPONSE = "FIRST_RESPONSE";
    /** The checkpoint at the warning share. */
    public static final String WARNING = "WARNING";
    /** The checkpoint at the due time. */
    public static final String BREACH = "BREACH";
    /** The checkpoint of the escalation to HR. */
    public static final String HR = "HR";

    private FeedbackClock() {
    }

    /** The name of the resolution clock of {@code round}, such as {@code R2.RESOLUTION}. */
    public static String resolution(int round) {
        return "R" + round + ".RESOLUTION";
    }

    /** When the first response is due, stopped by every wait on the customer, explained. */
    public static DueTime firstResponseDue(FeedbackItem item, PolicyDefinition policy) {
        return policy.company().calendar().due(item.receivedAt(), policy.feedback().firstResponse(item.severity()),
                item.pauses());
    }

    /** When the current round's result is due, stopped by the waits of the round, explained. */
    public static DueTime resolutionDue(FeedbackItem item, PolicyDefinition policy) {
        return policy.company().calendar().due(item.roundStartedAt(), policy.feedback().resolution(item.severity()),
                item.pausesOfRound());
    }

    /** Whether the first-response clock runs: no response yet and the item not final. */
    public static boolean firstResponseRuns(FeedbackItem item) {
        return item.firstRespondedAt().isEmpty() && !item.status().isFinal();
    }

    /** Whether the current round's clock runs: no result reported in it and the item not final. */
    public static boolean resolutionRuns(FeedbackItem item) {
        return item.status() != FeedbackStatus.RESULT_REPORTED && !item.status().isFinal();
    }

    /**
     * Why the running clocks fall due when they do: the explanation of each due time (the windows
     * counted, the closed days skipped, the waits on the customer), first-response clock first.
     */
    public static List<Reason> explain(FeedbackItem item, PolicyDefinition policy) {
        var reasons = new ArrayList<Reason>();
        if (firstResponseRuns(item)) {
            reasons.add(Reason.of("§2.3.2", "feedback.clock", "the first response to %s feedback is due within %s "
                    .formatted(item.severity(), policy.feedback().firstResponse(item.severity()))
                    + "of business time from its receipt", "clock", FIRST_RESPONSE, "severity", item.severity()));
            reasons.addAll(firstResponseDue(item, policy).explanation());
        }
        if (resolutionRuns(item)) {
            reasons.add(Reason.of("§2.3.2", "feedback.clock", "the result of round %d of %s feedback is due within %s "
                    .formatted(item.round(), item.severity(), policy.feedback().resolution(item.severity()))
                    + "of business time from " + (item.round() == 1 ? "its receipt" : "the rejection of the last "
                    + "result"), "clock", resolution(item.round()), "severity", item.severity()));
            reasons.addAll(resolutionDue(item, policy).explanation());
        }
        return reasons;
    }

    /**
     * The checkpoints of the running clocks, by time then key. A clock stopped by an open wait on
     * the customer has none: it has no due time until the customer answers.
     */
    public static List<FeedbackCheckpoint> checkpoints(FeedbackItem item, PolicyDefinition policy) {
        var all = new ArrayList<FeedbackCheckpoint>();
        if (firstResponseRuns(item)) {
            all.addAll(of(FIRST_RESPONSE, item.receivedAt(), policy.feedback().firstResponse(item.severity()),
                    item.pauses(), policy));
        }
        if (resolutionRuns(item)) {
            all.addAll(of(resolution(item.round()), item.roundStartedAt(),
                    policy.feedback().resolution(item.severity()), item.pausesOfRound(), policy));
        }
        all.sort(Comparator.comparing(FeedbackCheckpoint::at).thenComparing(FeedbackCheckpoint::key));
        return all;
    }

    /** The checkpoints of the running clocks due at or before {@code asOf}, by time then key. */
    public static List<FeedbackCheckpoint> dueBy(FeedbackItem item, PolicyDefinition policy, Instant asOf) {
        return checkpoints(item, policy).stream().filter(c -> !c.at().isAfter(asOf)).toList();
    }

    private static List<FeedbackCheckpoint> of(String clock, Instant start, Duration allowed, List<Pause> pauses,
                                               PolicyDefinition policy) {
        var calendar = policy.company().calendar();
        var due = calendar.due(start, allowed, pauses).at();
        if (due.isEmpty()) {
            return List.of();
        }
        var warning = calendar.due(start, share(allowed, policy.feedback().warningShare()), pauses).at();
        var hr = calendar.due(due.get(), policy.feedback().hrAfter(), pauses).at();
        var checkpoints = new ArrayList<FeedbackCheckpoint>();
        warning.ifPresent(at -> checkpoints.add(new FeedbackCheckpoint(clock + "." + WARNING, roundedUp(at))));
        checkpoints.add(new FeedbackCheckpoint(clock + "." + BREACH, roundedUp(due.get())));
        hr.ifPresent(at -> checkpoints.add(new FeedbackCheckpoint(clock + "." + HR, roundedUp(at))));
        return checkpoints;
    }

    /** {@code share} of {@code allowed}, rounded up to the stores' precision so that a warning never fires early. */
    static Duration share(Duration allowed, BigDecimal share) {
        var micros = BigDecimal.valueOf(allowed.toNanos()).multiply(share).movePointLeft(3)
                .setScale(0, RoundingMode.CEILING);
        return Duration.of(micros.longValueExact(), ChronoUnit.MICROS);
    }

    /** {@code at} kept at the stores' precision, never earlier than it. */
    private static Instant roundedUp(Instant at) {
        var truncated = StoredPrecision.truncate(at);
        return truncated.equals(at) ? at : truncated.plus(1, StoredPrecision.UNIT);
    }

    /** When the clock named {@code clock} of {@code item} is due now, if it runs and is not stopped. */
    public static Optional<Instant> dueAt(FeedbackItem item, PolicyDefinition policy, String clock) {
        if (clock.equals(FIRST_RESPONSE)) {
            return firstResponseRuns(item) ? firstResponseDue(item, policy).at() : Optional.empty();
        }
        return clock.equals(resolution(item.round())) && resolutionRuns(item) ? resolutionDue(item, policy).at()
                : Optional.empty();
    }
}
