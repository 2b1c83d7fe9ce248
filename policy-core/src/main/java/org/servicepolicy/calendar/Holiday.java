package org.servicepolicy.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * Dates on which the company is closed although their day of the week works, such as a public
 * holiday or a company closure.
 *
 * @param first the first closed date
 * @param last  the last closed date, the same as {@code first} for a single day
 * @param name  what the closure is called, such as {@code National Day}; empty when unnamed
 */
public record Holiday(LocalDate first, LocalDate last, String name) {
    /** Requires both dates, {@code last} not before {@code first}, and a name (possibly empty). */
    public Holiday {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(last, "last");
        name = Objects.requireNonNull(name, "name").strip();
        if (last.isBefore(first)) {
            throw new IllegalArgumentException("holiday " + first + ".." + last + " ends before it starts");
        }
    }

    /** One closed date. */
    public static Holiday on(LocalDate date, String name) {
        return new Holiday(date, date, name);
    }

    /** Whether {@code date} is one of the closed dates. */
    public boolean covers(LocalDate date) {
        return !date.isBefore(first) && !date.isAfter(last);
    }

    /** Whether the two share a date. */
    public boolean overlaps(Holiday other) {
        return !first.isAfter(other.last) && !other.first.isAfter(last);
    }

    /** The dates as written in a setting's key: {@code 2026-10-01} or {@code 2026-10-01..2026-10-07}. */
    public String dates() {
        return first.equals(last) ? first.toString() : first + ".." + last;
    }
}
