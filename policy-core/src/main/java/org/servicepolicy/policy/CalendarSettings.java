package org.servicepolicy.policy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.servicepolicy.calendar.BusinessCalendar;
import org.servicepolicy.calendar.Holiday;
import org.servicepolicy.calendar.WorkingHours;
import org.servicepolicy.calendar.WorkingWindow;

/**
 * The business calendar as settings (§2.3.2). Every list is one setting, so that a later version
 * replaces it whole (a holiday dropped is gone) and an empty value lists nothing:
 * <ul>
 *   <li>{@code company.calendar.hours}: the hours of every day in {@code company.workingDays},
 *       such as {@code 09:00-12:00,13:30-18:00};</li>
 *   <li>{@code company.calendar.hoursByDay}: days of the week with other hours, such as
 *       {@code SATURDAY 09:00-12:00}; each must be in {@code company.workingDays};</li>
 *   <li>{@code company.calendar.holidays}: closed dates or ranges with an optional name, such as
 *       {@code 2026-10-01..2026-10-07 National Day; 2027-01-01};</li>
 *   <li>{@code company.calendar.workdays}: dates that work with their own hours, such as
 *       {@code 2026-09-27 09:00-12:00,13:30-18:00}.</li>
 * </ul>
 * Entries are separated by {@code ;}. The days of the week that work are
 * {@code company.workingDays}: the calendar derives its week from them, so the two never disagree.
 */
final class CalendarSettings {
    static final String HOURS = "company.calendar.hours";
    static final String HOURS_BY_DAY = "company.calendar.hoursByDay";
    static final String HOLIDAYS = "company.calendar.holidays";
    static final String WORKDAYS = "company.calendar.workdays";

    /** Hours standing in for malformed ones so reading can go on; the problems reject the definition. */
    private static final WorkingHours STAND_IN = new WorkingHours(List.of(new WorkingWindow(LocalTime.MIDNIGHT,
            LocalTime.MIDNIGHT)));

    private CalendarSettings() {
    }

    static BusinessCalendar read(PolicySettings s, ZoneId zone, Set<DayOfWeek> workingDays) {
        var hours = s.text(HOURS);
        var everyDay = hours.isEmpty() ? STAND_IN
                : WorkingHours.parse(hours, message -> s.problem(HOURS, message)).orElse(STAND_IN);
        var week = new EnumMap<DayOfWeek, WorkingHours>(DayOfWeek.class);
        workingDays.forEach(day -> week.put(day, everyDay));
        for (var entry : entries(s.optionalText(HOURS_BY_DAY))) {
            var day = dayOfWeek(entry.head());
            if (day == null) {
                s.problem(HOURS_BY_DAY, "'" + entry.head() + "' is not a day of the week such as SATURDAY");
            } else if (!workingDays.contains(day)) {
                s.problem(HOURS_BY_DAY, day + " is not in company.workingDays; list it there for the company to work on "
                        + day);
            } else {
                week.put(day, WorkingHours.parse(entry.rest(), message -> s.problem(HOURS_BY_DAY, day + ": " + message))
                        .orElse(STAND_IN));
            }
        }
        var holidays = holidays(s);
        var workdays = workdays(s, holidays);
        return new BusinessCalendar(zone, week, holidays, workdays);
    }

    private static List<Holiday> holidays(PolicySettings s) {
        var holidays = new ArrayList<Holiday>();
        for (var entry : entries(s.optionalText(HOLIDAYS))) {
            var dates = entry.head().split("\\.\\.", -1);
            var first = dates.length <= 2 ? date(dates[0]) : null;
            var last = dates.length == 2 ? date(dates[1]) : first;
            if (first == null || last == null) {
                s.problem(HOLIDAYS, "'" + entry.head() + "' is not a date such as 2026-10-01 or a range such as "
                        + "2026-10-01..2026-10-07");
            } else if (last.isBefore(first)) {
                s.problem(HOLIDAYS, "'" + entry.head() + "' ends before it starts");
            } else {
                var holiday = new Holiday(first, last, entry.rest());
                var clash = holidays.stream().filter(holiday::overlaps).findFirst();
                if (clash.isPresent()) {
                    s.problem(HOLIDAYS, "holiday " + holiday.dates() + " overlaps holiday " + clash.get().dates());
                } else {
                    holidays.add(holiday);
                }
            }
        }
        return holidays;
    }

    private static Map<LocalDate, WorkingHours> workdays(PolicySettings s, List<Holiday> holidays) {
        var workdays = new TreeMap<LocalDate, WorkingHours>();
        for (var entry : entries(s.optionalText(WORKDAYS))) {
            var date = date(entry.head());
            if (date == null) {
                s.problem(WORKDAYS, "'" + entry.head() + "' is not a date such as 2026-09-27");
                continue;
            }
            var holiday = holidays.stream().filter(h -> h.covers(date)).findFirst();
            if (holiday.isPresent()) {
                s.problem(WORKDAYS, date + " is both a working day and within holiday " + holiday.get().dates());
            } else if (workdays.containsKey(date)) {
                s.problem(WORKDAYS, "lists " + date + " twice");
            } else {
                WorkingHours.parse(entry.rest(), message -> s.problem(WORKDAYS, date + ": " + message))
                        .ifPresent(hours -> workdays.put(date, hours));
            }
        }
        return workdays;
    }

    /** One entry of a list: its first word (a date or a day), then the rest (hours or a name). */
    private record Entry(String head, String rest) {
    }

    private static List<Entry> entries(String text) {
        var entries = new ArrayList<Entry>();
        for (var raw : text.split(";")) {
            var entry = raw.strip();
            if (!entry.isEmpty()) {
                var space = entry.indexOf(' ');
                entries.add(space < 0 ? new Entry(entry, "") : new Entry(entry.substring(0, space),
                        entry.substring(space + 1).strip()));
            }
        }
        return entries;
    }

    private static LocalDate date(String text) {
        try {
            return LocalDate.parse(text.strip());
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static DayOfWeek dayOfWeek(String text) {
        try {
            return DayOfWeek.valueOf(text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    static void write(BusinessCalendar calendar, Map<String, String> out) {
        var everyDay = mostCommonHours(calendar.week());
        out.put(HOURS, everyDay.toString());
        out.put(HOURS_BY_DAY, calendar.week().entrySet().stream().filter(e -> !e.getValue().equals(everyDay))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        out.put(HOLIDAYS, calendar.holidays().stream()
                .map(h -> h.name().isEmpty() ? h.dates() : h.dates() + " " + h.name()).collect(Collectors.joining("; ")));
        out.put(WORKDAYS, calendar.workdays().entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")));
    }

    /** The hours most days of the week have, the earliest day's among equally common ones. */
    private static WorkingHours mostCommonHours(Map<DayOfWeek, WorkingHours> week) {
        var counts = week.values().stream().collect(Collectors.groupingBy(h -> h, Collectors.counting()));
        return week.values().stream().max(Comparator.comparing(counts::get)).orElseThrow();
    }
}
