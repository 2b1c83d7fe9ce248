package org.servicepolicy.calendar;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The company's business time (§2.3.2: feedback is handled "within the stipulated time"): when it
 * is open, and pure arithmetic on instants counting only open time.
 *
 * <p>Each day of the week that works has its {@link WorkingHours}, several windows a day if need
 * be (a lunch break is the gap between two). {@link Holiday}s close dates whose day of the week
 * works; dated working days ({@code workdays}) open dates with their own hours, such as a Saturday
 * worked to make up for a holiday, or a shortened day. Hours are wall-clock times in the
 * company's zone.
 *
 * <p>Daylight saving: a window's edge is the first instant the wall clock shows its time. An edge
 * in a gap (02:30 when the clocks jump from 02:00 to 03:00) is the instant of the jump, so a window
 * spanning the gap is an hour shorter that day and one inside it is closed; an edge in an overlap
 * (01:30 shown twice when the clocks go back) is the earlier instant, so a window spanning the
 * overlap is an hour longer. Business time is real elapsed time inside the windows.
 *
 * <p>Pauses stop the clock (waiting on the customer): open time inside a pause does not count. A
 * due time always falls inside a window or at its end, never in closed time or a pause; a zero
 * allowance falls due at the first instant the clock runs.
 */
public final class BusinessCalendar {
    /** The clause every explanation cites: feedback is handled within the stipulated time. */
    public static final String CLAUSE = "§2.3.2";

    private final ZoneId zone;
    private final Map<DayOfWeek, WorkingHours> week;
    private final List<Holiday> holidays;
    private final TreeMap<LocalDate, Holiday> holidaysByFirstDate = new TreeMap<>();
    private final Map<LocalDate, WorkingHours> workdays;

    /**
     * A calendar.
     *
     * @param zone     the zone whose wall clock the hours follow
     * @param week     the hours of each day of the week that works; at least one day
     * @param holidays closed dates, none sharing a date with another
     * @param workdays dates that work with their own hours, none on a holiday
     * @throws IllegalArgumentException when no day of the week works, holidays overlap, or a
     *                                  dated working day is a holiday
     */
    public BusinessCalendar(ZoneId zone, Map<DayOfWeek, WorkingHours> week, List<Holiday> holidays,
                            Map<LocalDate, WorkingHours> workdays) {
        this.zone = Objects.requireNonNull(zone, "zone");
        if (week.isEmpty()) {
            throw new IllegalArgumentException("a company works on at least one day of the week");
        }
        this.week = Collections.unmodifiableMap(new EnumMap<>(week));
        var sorted = new ArrayList<>(holidays);
        sorted.sort(Comparator.comparing(Holiday::first));
        this.holidays = List.copyOf(sorted);
        this.workdays = Collections.unmodifiableMap(new TreeMap<>(workdays));
        var problems = problems(this.holidays, this.workdays);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        this.holidays.forEach(h -> holidaysByFirstDate.put(h.first(), h));
    }

    private static List<String> problems(List<Holiday> holidays, Map<LocalDate, WorkingHours> workdays) {
        var problems = new ArrayList<String>();
        for (int i = 0; i < holidays.size(); i++) {
            for (int j = i + 1; j < holidays.size(); j++) {
                if (holidays.get(i).overlaps(holidays.get(j))) {
                    problems.add("holiday " + holidays.get(i).dates() + " overlaps holiday " + holidays.get(j).dates());
                }
            }
        }
        for (var date : workdays.keySet()) {
            holidays.stream().filter(h -> h.covers(date)).findFirst().ifPresent(h -> problems.add(
                    date + " is both a working day and within holiday " + h.dates()));
        }
        return problems;
    }

    /** The zone whose wall clock the hours follow. */
    public ZoneId zone() {
        return zone;
    }

    /** The hours of each day of the week that works. */
    public Map<DayOfWeek, WorkingHours> week() {
        return week;
    }

    /** The holidays, earliest first. */
    public List<Holiday> holidays() {
        return holidays;
    }

    /** The dates that work with their own hours, earliest first. */
    public Map<LocalDate, WorkingHours> workdays() {
        return workdays;
    }

    /** The holiday that closes {@code date}, if any. */
    public Optional<Holiday> holidayOn(LocalDate date) {
        var candidate = holidaysByFirstDate.floorEntry(date);
        return candidate != null && candidate.getValue().covers(date) ? Optional.of(candidate.getValue()) : Optional.empty();
    }

    /** The hours of {@code date}: its own if it is a dated working day, none on a holiday, else its weekday's. */
    public Optional<WorkingHours> hoursOn(LocalDate date) {
        var own = workdays.get(date);
        if (own != null) {
            return Optional.of(own);
        }
        if (holidayOn(date).isPresent()) {
            return Optional.empty();
        }
        return Optional.ofNullable(week.get(date.getDayOfWeek()));
    }

    /** Whether the company works on {@code date}. */
    public boolean isWorkingDay(LocalDate date) {
        return hoursOn(date).isPresent();
    }

    /** Whether the company is open at {@code at}: inside a window, its closing instant excluded. */
    public boolean isOpen(Instant at) {
        return openSpans(at.atZone(zone).toLocalDate()).stream().anyMatch(s -> s.contains(at));
    }

    /** {@code at} if the company is open then, else the instant it next opens. */
    public Instant nextOpening(Instant at) {
        for (var date = at.atZone(zone).toLocalDate(); ; date = date.plusDays(1)) {
            for (var span : openSpans(date)) {
                if (span.to().isAfter(at)) {
                    return span.from().isAfter(at) ? span.from() : at;
                }
            }
        }
    }

    /** The instant {@code allowed} business time after {@code start}, without pauses. */
    public Instant add(Instant start, Duration allowed) {
        return due(start, allowed, List.of()).at().orElseThrow();
    }

    /**
     * When {@code allowed} business time from {@code start} runs out, counting only open time
     * outside {@code pauses}, with the explanation.
     *
     * @param start   when the clock starts
     * @param allowed the business time allowed, not negative
     * @param pauses  intervals during which the clock stops, in any order, possibly overlapping
     */
    public DueTime due(Instant start, Duration allowed, List<Pause> pauses) {
        Objects.requireNonNull(start, "start");
        if (allowed.isNegative()) {
            throw new IllegalArgumentException("the business time allowed must not be negative, was " + allowed);
        }
        var stops = Stops.of(pauses);
        var trail = new Trail(this, start, allowed);
        var remaining = allowed;
        for (var date = start.atZone(zone).toLocalDate(); ; date = date.plusDays(1)) {
            var open = openSpans(date);
            if (open.isEmpty()) {
                trail.closed(date);
            }
            for (var span : open) {
                if (!span.to().isAfter(start)) {
                    continue;
                }
                var from = span.from().isAfter(start) ? span.from() : start;
                if (stops.forGoodFrom().filter(stop -> !from.isBefore(stop)).isPresent()) {
                    return trail.pausedForGood(stops.forGoodFrom().orElseThrow(), allowed.minus(remaining));
                }
                for (var piece : stops.running(new Span(from, span.to()), trail)) {
                    if (remaining.isZero()) {
                        return trail.dueAt(piece.from());
                    }
                    if (piece.length().compareTo(remaining) >= 0) {
                        var end = piece.from().plus(remaining);
                        trail.counted(new Span(piece.from(), end));
                        return trail.dueAt(end);
                    }
                    trail.counted(piece);
                    remaining = remaining.minus(piece.length());
                }
            }
        }
    }

    /**
     * The business time between {@code from} and {@code to}: open time outside {@code pauses}.
     * Nothing elapses when {@code to} is not after {@code from}.
     */
    public Duration elapsed(Instant from, Instant to, List<Pause> pauses) {
        var stops = Stops.of(pauses);
        var total = Duration.ZERO;
        if (!to.isAfter(from)) {
            return total;
        }
        for (var date = from.atZone(zone).toLocalDate(); !date.atStartOfDay(zone).toInstant().isAfter(to);
             date = date.plusDays(1)) {
            for (var span : openSpans(date)) {
                var clipped = span.clip(from, to);
                if (clipped.isPresent()) {
                    for (var piece : stops.running(clipped.get(), Trail.NONE)) {
                        total = total.plus(piece.length());
                    }
                }
            }
        }
        return total;
    }

    /**
     * The share of {@code allowed} used by {@code now}: business time elapsed since {@code start}
     * over the allowance, rounded down to four decimal places (it never overstates, so a warning at
     * 0.75 never fires early). Above 1 once the allowance is exceeded.
     *
     * @param allowed the business time allowed, above zero
     */
    public BigDecimal usedShare(Instant start, Duration allowed, Instant now, List<Pause> pauses) {
        if (allowed.isNegative() || allowed.isZero()) {
            throw new IllegalArgumentException("the business time allowed must be above zero, was " + allowed);
        }
        var used = elapsed(start, now, pauses);
        return nanos(used).divide(nanos(allowed), 4, RoundingMode.DOWN);
    }

    private static BigDecimal nanos(Duration duration) {
        return BigDecimal.valueOf(duration.getSeconds()).movePointRight(9).add(BigDecimal.valueOf(duration.getNano()));
    }

    /** Why {@code date} has no open time, in words. */
    String whyClosed(LocalDate date) {
        var holiday = holidayOn(date);
        if (holiday.isPresent()) {
            return holiday.get().name().isEmpty() ? "a holiday" : "holiday " + holiday.get().name();
        }
        if (hoursOn(date).isEmpty()) {
            return "no working hours on " + date.getDayOfWeek();
        }
        return "its hours " + hoursOn(date).get() + " fall in the daylight-saving gap";
    }

    /** The open spans of {@code date} as instants, earliest first; none when it does not work. */
    List<Span> openSpans(LocalDate date) {
        var hours = hoursOn(date);
        if (hours.isEmpty()) {
            return List.of();
        }
        var spans = new ArrayList<Span>(hours.get().windows().size());
        for (var window : hours.get().windows()) {
            var from = edge(date, window.opens());
            var to = window.runsToMidnight() ? edge(date.plusDays(1), LocalTime.MIDNIGHT) : edge(date, window.closes());
            if (to.isAfter(from)) {
                spans.add(new Span(from, to));
            }
        }
        return spans;
    }

    /** The first instant the wall clock shows {@code time} on {@code date}: the jump in a gap, the earlier in an overlap. */
    private Instant edge(LocalDate date, LocalTime time) {
        var local = date.atTime(time);
        var transition = zone.getRules().getTransition(local);
        if (transition != null && transition.isGap()) {
            return transition.getInstant();
        }
        return local.atZone(zone).toInstant();
    }

    /** Equal when the zone, hours, holidays and dated working days are. */
    @Override
    public boolean equals(Object other) {
        return other instanceof BusinessCalendar that && zone.equals(that.zone) && week.equals(that.week)
                && holidays.equals(that.holidays) && workdays.equals(that.workdays);
    }

    @Override
    public int hashCode() {
        return Objects.hash(zone, week, holidays, workdays);
    }

    /** The calendar's parts, for diagnostics. */
    @Override
    public String toString() {
        return "BusinessCalendar[zone=" + zone + ", week=" + week + ", holidays=" + holidays + ", workdays=" + workdays + "]";
    }
}
