package org.servicepolicy.policy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The work-assignment section of the policy (§3.1): how far in advance a change of a task must
 * be asked for, and how often progress is reported.
 *
 * @param adjustmentMinNotice             an adjustment asked for less than this before the
 *                                        deadline is late ("explain in advance", §3.1.1)
 * @param progressInterval                how often progress is reported on a task that needs
 *                                        reports ("report progress regularly", §3.1.2)
 * @param progressRequiredWhenLongerThan  a task whose deadline is further than this from its
 *                                        assignment needs progress reports; a shorter one none
 */
public record TaskPolicy(Duration adjustmentMinNotice, Period progressInterval, Period progressRequiredWhenLongerThan) {
    /** The date from which periods of months and days are compared when the policy is checked. */
    private static final LocalDate COMPARED_FROM = LocalDate.of(2001, 1, 1);

    /** Requires every part. */
    public TaskPolicy {
        Objects.requireNonNull(adjustmentMinNotice, "adjustmentMinNotice");
        Objects.requireNonNull(progressInterval, "progressInterval");
        Objects.requireNonNull(progressRequiredWhenLongerThan, "progressRequiredWhenLongerThan");
    }

    /**
     * The progress-report interval of a task assigned at {@code assignedAt} with
     * {@code deadline}: {@link #progressInterval} when the task runs longer than
     * {@link #progressRequiredWhenLongerThan}, otherwise none (§3.1.2).
     */
    public Optional<Period> defaultProgressInterval(Instant assignedAt, Instant deadline, ZoneId zone) {
        var threshold = assignedAt.atZone(zone).plus(progressRequiredWhenLongerThan).toInstant();
        return deadline.isAfter(threshold) ? Optional.of(progressInterval) : Optional.empty();
    }

    /** Whether an adjustment asked for at {@code requestedAt} of a task due at {@code deadline} is late (§3.1.1). */
    public boolean adjustmentLate(Instant requestedAt, Instant deadline) {
        return requestedAt.isAfter(deadline.minus(adjustmentMinNotice));
    }

    static TaskPolicy read(PolicySettings s) {
        var notice = s.duration("tasks.adjustment.minNotice");
        var interval = s.period("tasks.progress.interval");
        var threshold = s.period("tasks.progress.requiredWhenLongerThan");
        if (!interval.isZero() && !threshold.isZero()
                && COMPARED_FROM.plus(interval).isAfter(COMPARED_FROM.plus(threshold))) {
            s.problem("tasks.progress.interval", "must not be longer than tasks.progress.requiredWhenLongerThan ("
                    + threshold + "), or a task that needs progress reports could end before the first falls due");
        }
        return new TaskPolicy(notice, interval, threshold);
    }

    void write(Map<String, String> out) {
        out.put("tasks.adjustment.minNotice", adjustmentMinNotice.toString());
        out.put("tasks.progress.interval", progressInterval.toString());
        out.put("tasks.progress.requiredWhenLongerThan", progressRequiredWhenLongerThan.toString());
    }
}
