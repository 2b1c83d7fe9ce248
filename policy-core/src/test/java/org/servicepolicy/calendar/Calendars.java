package org.servicepolicy.calendar;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;

/** Calendars as a company publishes them: the standard settings with a few changed. */
final class Calendars {
    private static final Instant EFFECTIVE = Instant.parse("2026-01-01T00:00:00Z");

    private Calendars() {
    }

    /** The standard calendar (MONDAY-FRIDAY 09:00-12:00 and 13:30-18:00) in {@code zone}. */
    static BusinessCalendar standard(String zone) {
        return published(zone, Map.of());
    }

    /** The calendar of the standard settings in {@code zone} with {@code changes} applied. */
    static BusinessCalendar published(String zone, Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("company.timeZone", zone);
        settings.putAll(changes);
        return PolicyDefinition.of("calendar-test", EFFECTIVE, settings).company().calendar();
    }

    /** The instant the wall clock of {@code calendar}'s zone shows {@code local} (the earlier one in an overlap). */
    static Instant local(BusinessCalendar calendar, String local) {
        return local(calendar.zone(), local);
    }

    static Instant local(ZoneId zone, String local) {
        return LocalDateTime.parse(local).atZone(zone).toInstant();
    }
}
