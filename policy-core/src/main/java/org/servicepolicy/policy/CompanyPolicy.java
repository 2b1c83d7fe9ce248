package org.servicepolicy.policy;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Collections;
import java.util.Currency;
import java.util.EnumSet;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.servicepolicy.calendar.BusinessCalendar;

/**
 * Company-wide settings the other sections rely on.
 *
 * @param currency    the currency of fines, bonuses and compensation
 * @param zone        the zone in which calendar periods (months, days) are counted
 * @param lowestLevel the lowest level on the company's ladder: nobody is demoted below it
 * @param workingDays the days of the week the company works, for deadlines counted in working
 *                    days (§2.2.1)
 * @param calendar    the business calendar (§2.3.2): working hours of each working day,
 *                    holidays and dated working days, in the company's zone
 */
public record CompanyPolicy(Currency currency, ZoneId zone, int lowestLevel, Set<DayOfWeek> workingDays,
                            BusinessCalendar calendar) {
    /**
     * Requires every part, at least one working day, and a calendar in the company's zone whose
     * week works on exactly those days.
     */
    public CompanyPolicy {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        Objects.requireNonNull(calendar, "calendar");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a company works on at least one day of the week");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
        if (!calendar.zone().equals(zone) || !calendar.week().keySet().equals(workingDays)) {
            throw new IllegalArgumentException("the calendar must follow the company's zone " + zone
                    + " and working days " + workingDays);
        }
    }

    /**
     * The instant {@code days} working days after {@code from}: the same time of day on the
     * {@code days}-th working day after {@code from}'s date, in the company's zone. Days the
     * calendar does not work are skipped (days of the week the company does not work, holidays);
     * dated working days count.
     */
    public Instant afterWorkingDays(Instant from, int days) {
        var at = from.atZone(zone);
        for (int counted = 0; counted < days; ) {
            at = at.plusDays(1);
            if (calendar.isWorkingDay(at.toLocalDate())) {
                counted++;
            }
        }
        return at.toInstant();
    }

    static CompanyPolicy read(PolicySettings s) {
        var zone = s.zone("company.timeZone");
        var workingDays = workingDays(s);
        return new CompanyPolicy(s.currency("company.currency"), zone, s.integer("company.lowestLevel", 0, 100),
                workingDays, CalendarSettings.read(s, zone, workingDays));
    }

    private static Set<DayOfWeek> workingDays(PolicySettings s) {
        var key = "company.workingDays";
        var days = EnumSet.noneOf(DayOfWeek.class);
        var text = s.text(key);
        for (var raw : text.isEmpty() ? new String[0] : text.split(",")) {
            try {
                days.add(DayOfWeek.valueOf(raw.strip()));
            } catch (IllegalArgumentException e) {
                s.problem(key, "'" + raw.strip() + "' is not a day of the week such as MONDAY");
            }
        }
        return days.isEmpty() ? EnumSet.allOf(DayOfWeek.class) : days;
    }

    void write(Map<String, String> out) {
        out.put("company.currency", currency.getCurrencyCode());
        out.put("company.timeZone", zone.getId());
        out.put("company.lowestLevel", Integer.toString(lowestLevel));
        out.put("company.workingDays", workingDays.stream().map(Enum::name).collect(Collectors.joining(",")));
        CalendarSettings.write(calendar, out);
    }
}
