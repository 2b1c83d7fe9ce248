package org.servicepolicy.calendar;

import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.Objects;

/**
 * One stretch of a working day on the wall clock, such as {@code 09:00-12:00}: the company is
 * open from {@code opens} (inclusive) until {@code closes} (exclusive). A window closing at
 * midnight runs to the end of its day and is written {@code 24:00}; a window never runs past
 * midnight, so a night shift is two windows on two days.
 *
 * @param opens  the wall-clock time the window opens
 * @param closes the wall-clock time it closes; {@link LocalTime#MIDNIGHT} means the end of the day
 */
public record WorkingWindow(LocalTime opens, LocalTime closes) implements Comparable<WorkingWindow> {
    /** Requires both times, minute precision, and a window that closes after it opens. */
    public WorkingWindow {
        Objects.requireNonNull(opens, "opens");
        Objects.requireNonNull(closes, "closes");
        if (opens.getSecond() != 0 || opens.getNano() != 0 || closes.getSecond() != 0 || closes.getNano() != 0) {
            throw new IllegalArgumentException("'" + text(opens, closes) + "' must be in whole minutes");
        }
        if (!closesAtMidnight(closes) && !closes.isAfter(opens)) {
            throw new IllegalArgumentException("'" + text(opens, closes) + "' closes before it opens");
        }
    }

    /**
     * Reads {@code HH:mm-HH:mm}, such as {@code 13:30-18:00} or {@code 00:00-24:00}.
     *
     * @throws IllegalArgumentException naming the text when it is malformed or inverted
     */
    public static WorkingWindow parse(String text) {
        var parts = text.strip().split("-", -1);
        if (parts.length != 2) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a window such as 09:00-12:00");
        }
        try {
            var opens = LocalTime.parse(parts[0].strip());
            var closes = parts[1].strip().equals("24:00") ? LocalTime.MIDNIGHT : LocalTime.parse(parts[1].strip());
            return new WorkingWindow(opens, closes);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'" + text.strip() + "' is not a window such as 09:00-12:00", e);
        }
    }

    private static boolean closesAtMidnight(LocalTime closes) {
        return closes.equals(LocalTime.MIDNIGHT);
    }

    /** Whether the window runs to the end of its day ({@code 24:00}). */
    public boolean runsToMidnight() {
        return closesAtMidnight(closes);
    }

    /** Whether the two windows share any minute (touching windows such as 09:00-12:00 and 12:00-13:00 do not). */
    public boolean overlaps(WorkingWindow other) {
        return opens.isBefore(other.closesOrEndOfDay()) && other.opens.isBefore(closesOrEndOfDay());
    }

    private LocalTime closesOrEndOfDay() {
        return runsToMidnight() ? LocalTime.MAX : closes;
    }

    /** Earlier windows first. */
    @Override
    public int compareTo(WorkingWindow other) {
        var byOpening = opens.compareTo(other.opens);
        return byOpening != 0 ? byOpening : closesOrEndOfDay().compareTo(other.closesOrEndOfDay());
    }

    /** The window as written in the settings, such as {@code 09:00-12:00}. */
    @Override
    public String toString() {
        return text(opens, closes);
    }

    private static String text(LocalTime opens, LocalTime closes) {
        return opens + "-" + (closesAtMidnight(closes) ? "24:00" : closes.toString());
    }
}
