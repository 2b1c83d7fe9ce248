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

/**
 * Company-wide settings the other sections rely on.
 *
 * @param currency    the currency of fines, bonuses and compensation
 * @param zone        the zone in which calendar periods (months, days) are counted
 * @param lowestLevel the lowest level on the company's ladder: nobody is demoted below it
 * @param workingDays the days of the week the company works, for deadlines counted in working
 *                    days (§2.2.1)
 */
public record CompanyPolicy(Currency currency, ZoneId zone, int lowestLevel, Set<DayOfWeek> workingDays) {
    /** Requires every part and at least one working day. */
    public CompanyPolicy {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
        if (workingDays.isEmpty()) {
            throw new IllegalArgumentException("a company works on at least one day of the week");
        }
        workingDays = Collections.unmodifiableSet(EnumSet.copyOf(workingDays));
    }

    /**
     * The instant {@code days} working days after {@code from}: the same time of day on the
     * {@code days}-th working day after {@code from}'s date, in the company's zone. Days of the
     * week the company does not work are skipped; public holidays are not known to the policy.
     */
    public Instant afterWorkingDays(Instant from, int days) {
        var at = from.atZone(zone);
        for (int counted = 0; counted < days; ) {
            at = at.plusDays(1);
            if (workingDays.contains(at.getDayOfWeek())) {
                counted++;
            }
        }
        return at.toInstant();
    }

    static CompanyPolicy read(PolicySettings s) {
        return new CompanyPolicy(s.currency("company.currency"), s.zone("company.timeZone"),
                s.integer("company.lowestLevel", 0, 100), workingDays(s));
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
    }
}
