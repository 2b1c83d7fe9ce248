package org.servicepolicy.calendar;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.servicepolicy.kernel.Reason;

/**
 * What a due-time computation passed on its way, kept as the instants themselves and turned into
 * reasons whose words are rendered only when read: one per date counted or paused, one per
 * closed date, after a summary.
 */
final class Trail {
    /** A trail that keeps nothing, for computations nobody will explain. */
    static final Trail NONE = new Trail(null, null, null);

    private final BusinessCalendar calendar;
    private final Instant start;
    private final Duration allowed;
    private final List<Object> steps = new ArrayList<>();
    private Day today;
    private int workingDays;
    private int closedDays;
    private Duration paused = Duration.ZERO;

    Trail(BusinessCalendar calendar, Instant start, Duration allowed) {
        this.calendar = calendar;
        this.start = start;
        this.allowed = allowed;
    }

    private record Day(LocalDate date, List<Span> counted, List<Span> paused) {
    }

    private record Closed(LocalDate date) {
    }

    void counted(Span span) {
        if (this != NONE) {
            day(span).counted.add(span);
        }
    }

    void paused(Span span) {
        if (this != NONE) {
            day(span).paused.add(span);
            paused = paused.plus(span.length());
        }
    }

    void closed(LocalDate date) {
        if (this != NONE) {
            steps.add(new Closed(date));
            closedDays++;
        }
    }

    private Day day(Span span) {
        var date = span.from().atZone(calendar.zone()).toLocalDate();
        if (today == null || !today.date.equals(date)) {
            today = new Day(date, new ArrayList<>(), new ArrayList<>());
            steps.add(today);
            workingDays++;
        }
        return today;
    }

    DueTime dueAt(Instant due) {
        var zone = calendar.zone();
        var counted = workingDays;
        var closed = closedDays;
        var stopped = paused;
        var summary = Reason.of(BusinessCalendar.CLAUSE, "calendar.due", () -> allowed + " of business time from "
                        + local(start) + " falls due at " + local(due) + ": counted on " + counted
                        + " working day(s), skipped " + closed + " closed day(s)"
                        + (stopped.isZero() ? "" : ", the clock stood still for " + stopped + " of open time"),
                "start", Reason.later(() -> local(start)), "allowed", allowed, "due", Reason.later(() -> local(due)),
                "zone", zone);
        return new DueTime(start, allowed, Optional.of(due), allowed, explanation(summary));
    }

    DueTime pausedForGood(Instant stop, Duration counted) {
        var summary = Reason.of(BusinessCalendar.CLAUSE, "calendar.due.paused", () -> "the clock stopped at "
                        + local(stop) + " for a pause that has not ended, after " + counted + " of the " + allowed
                        + " allowed from " + local(start) + ": nothing falls due until it ends",
                "start", Reason.later(() -> local(start)), "allowed", allowed, "counted", counted,
                "pausedSince", Reason.later(() -> local(stop)), "zone", calendar.zone());
        return new DueTime(start, allowed, Optional.empty(), counted, explanation(summary));
    }

    private List<Reason> explanation(Reason summary) {
        var reasons = new ArrayList<Reason>(steps.size() + 1);
        reasons.add(summary);
        for (var step : steps) {
            reasons.add(step instanceof Day day
                    ? reason(new Day(day.date, List.copyOf(day.counted), List.copyOf(day.paused)))
                    : reason((Closed) step));
        }
        return reasons;
    }

    private Reason reason(Day day) {
        var total = day.counted.stream().map(Span::length).reduce(Duration.ZERO, Duration::plus);
        Reason.Text counted = () -> times(day.date, day.counted);
        Reason.Text paused = () -> times(day.date, day.paused);
        return Reason.of(BusinessCalendar.CLAUSE, "calendar.counted", () -> day.date + " " + day.date.getDayOfWeek()
                        + ": counted " + (day.counted.isEmpty() ? "nothing" : counted.render()) + " (" + total + ")"
                        + (day.paused.isEmpty() ? "" : ", paused " + paused.render()),
                "date", day.date, "counted", Reason.later(counted), "businessTime", total,
                "paused", Reason.later(paused), "offset", Reason.later(() -> offset(day)));
    }

    private Reason reason(Closed closed) {
        Reason.Text why = () -> calendar.whyClosed(closed.date);
        return Reason.of(BusinessCalendar.CLAUSE, "calendar.closed", () -> closed.date + " "
                        + closed.date.getDayOfWeek() + ": skipped, " + why.render(),
                "date", closed.date, "why", Reason.later(why));
    }

    private String offset(Day day) {
        var first = day.counted.isEmpty() ? day.paused.get(0) : day.counted.get(0);
        return first.from().atZone(calendar.zone()).getOffset().getId();
    }

    private String times(LocalDate date, List<Span> spans) {
        return spans.stream().map(s -> time(date, s.from()) + "-" + time(date, s.to())).collect(Collectors.joining(", "));
    }

    private String time(LocalDate date, Instant at) {
        var local = at.atZone(calendar.zone()).toLocalDateTime();
        return local.toLocalDate().isAfter(date) && local.toLocalTime().equals(LocalTime.MIDNIGHT)
                ? "24:00" : local.toLocalTime().toString();
    }

    private String local(Instant at) {
        return at.atZone(calendar.zone()).toOffsetDateTime().toString();
    }
}
