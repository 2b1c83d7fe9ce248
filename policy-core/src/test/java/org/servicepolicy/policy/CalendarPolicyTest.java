package org.servicepolicy.policy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.calendar.Holiday;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/** §2.3.2, §1.3.4: the business calendar is policy data a company changes by publishing a version. */
class CalendarPolicyTest {
    private static final Instant FROM = Instant.parse("2027-01-01T00:00:00Z");

    private static PolicyDefinition publish(Map<String, String> changes) {
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.putAll(changes);
        return PolicyDefinition.of("calendar", FROM, settings);
    }

    @Test
    @DisplayName("§2.3.2: by default the company works MONDAY-FRIDAY 09:00-12:00 and 13:30-18:00, with no holidays")
    void theDefaults() {
        var company = StandardPolicy.definition().company();
        var calendar = company.calendar();
        assertThat(calendar.zone()).isEqualTo(company.zone()).isEqualTo(ZoneId.of("UTC"));
        assertThat(calendar.week().keySet()).isEqualTo(company.workingDays())
                .isEqualTo(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY));
        assertThat(calendar.week().values()).allSatisfy(h -> assertThat(h).hasToString("09:00-12:00,13:30-18:00"));
        assertThat(calendar.holidays()).isEmpty();
        assertThat(calendar.workdays()).isEmpty();
    }

    @Test
    @DisplayName("§1.3.4: a calendar's settings read back into the same calendar and the same settings")
    void aCalendarRoundTrips() {
        var changes = Map.of(
                "company.timeZone", "Asia/Shanghai",
                "company.workingDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY",
                "company.calendar.hours", "08:30-12:00,13:00-17:30",
                "company.calendar.hoursByDay", "SATURDAY 09:00-12:00",
                "company.calendar.holidays", "2027-01-01 New Year's Day; 2027-10-01..2027-10-07 National Day; 2027-05-03",
                "company.calendar.workdays", "2027-09-26 08:30-12:00,13:00-17:30; 2027-10-09 09:00-12:00");
        var definition = publish(changes);
        var settings = definition.settings();

        assertThat(settings).containsAllEntriesOf(Map.of(
                "company.calendar.hours", "08:30-12:00,13:00-17:30",
                "company.calendar.hoursByDay", "SATURDAY 09:00-12:00",
                "company.calendar.holidays", "2027-01-01 New Year's Day; 2027-05-03; 2027-10-01..2027-10-07 National Day",
                "company.calendar.workdays", "2027-09-26 08:30-12:00,13:00-17:30; 2027-10-09 09:00-12:00"));
        var again = PolicyDefinition.of("again", FROM, settings);
        assertThat(again.company()).isEqualTo(definition.company());
        assertThat(again.settings()).isEqualTo(settings);
        assertThat(definition.company().calendar().holidays()).containsExactly(
                Holiday.on(LocalDate.parse("2027-01-01"), "New Year's Day"), Holiday.on(LocalDate.parse("2027-05-03"), ""),
                new Holiday(LocalDate.parse("2027-10-01"), LocalDate.parse("2027-10-07"), "National Day"));
    }

    @Test
    @DisplayName("§2.3.2: a day added to company.workingDays works the company's hours; the week never disagrees with it")
    void theWeekFollowsTheWorkingDays() {
        var calendar = publish(Map.of("company.workingDays", "MONDAY,WEDNESDAY,SATURDAY")).company().calendar();
        assertThat(calendar.week().keySet()).containsExactly(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.SATURDAY);
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-09"))).isTrue();
        assertThat(calendar.isWorkingDay(LocalDate.parse("2027-01-05"))).isFalse();
    }

    @Test
    @DisplayName("§2.2.1, §2.3.2: working days skip holidays and count worked weekend days")
    void workingDaysFollowTheCalendar() {
        var company = publish(Map.of("company.calendar.holidays", "2027-01-07",
                "company.calendar.workdays", "2027-01-09 09:00-12:00")).company();
        assertThat(company.afterWorkingDays(Instant.parse("2027-01-06T10:00:00Z"), 1)).isEqualTo(Instant.parse("2027-01-08T10:00:00Z"));
        assertThat(company.afterWorkingDays(Instant.parse("2027-01-08T10:00:00Z"), 1)).isEqualTo(Instant.parse("2027-01-09T10:00:00Z"));
    }

    @Test
    @DisplayName("§1.3.4: every problem of the calendar settings is listed at once, each naming its setting")
    void everyProblemIsListed() {
        var changes = new TreeMap<String, String>();
        changes.put("company.calendar.hours", "09:00-12:00,11:30-18:00,20:00-19:00,9h-10h");
        changes.put("company.calendar.hoursByDay", "SUNDAY 10:00-12:00; FUNDAY 10:00-12:00; FRIDAY 13:00-15:00,09:00-12:00; "
                + "MONDAY");
        changes.put("company.calendar.holidays", "2027-10-01..2027-10-07 National Day; 2027-10-05; 2027-13-01 Nonsense; "
                + "2027-05-05..2027-05-01");
        changes.put("company.calendar.workdays", "2027-10-03 09:00-12:00; 2027-09-26 09:00-12:00; 2027-09-26 10:00-11:00; "
                + "2027-02-30 09:00-12:00; 2027-10-09 12:00-09:00");

        assertThatThrownBy(() -> publish(changes)).isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(
                e.problems()).extracting(FieldProblem::field, FieldProblem::message).containsExactlyInAnyOrder(
                tuple("settings.company.calendar.hours", "'20:00-19:00' closes before it opens"),
                tuple("settings.company.calendar.hours", "'9h-10h' is not a window such as 09:00-12:00"),
                tuple("settings.company.calendar.hours", "'09:00-12:00' overlaps '11:30-18:00'"),
                tuple("settings.company.calendar.hoursByDay",
                        "SUNDAY is not in company.workingDays; list it there for the company to work on SUNDAY"),
                tuple("settings.company.calendar.hoursByDay",
                        "'FUNDAY' is not a day of the week such as SATURDAY"),
                tuple("settings.company.calendar.hoursByDay",
                        "FRIDAY: '09:00-12:00' must be listed before '13:00-15:00'"),
                tuple("settings.company.calendar.hoursByDay",
                        "MONDAY: lists no window; a working day has at least one, such as 09:00-12:00"),
                tuple("settings.company.calendar.holidays",
                        "holiday 2027-10-05 overlaps holiday 2027-10-01..2027-10-07"),
                tuple("settings.company.calendar.holidays",
                        "'2027-13-01' is not a date such as 2026-10-01 or a range such as 2026-10-01..2026-10-07"),
                tuple("settings.company.calendar.holidays", "'2027-05-05..2027-05-01' ends before it starts"),
                tuple("settings.company.calendar.workdays",
                        "2027-10-03 is both a working day and within holiday 2027-10-01..2027-10-07"),
                tuple("settings.company.calendar.workdays", "lists 2027-09-26 twice"),
                tuple("settings.company.calendar.workdays", "'2027-02-30' is not a date such as 2026-09-27"),
                tuple("settings.company.calendar.workdays", "2027-10-09: '12:00-09:00' closes before it opens")));
    }

    @Test
    @DisplayName("§1.3.4: the working hours are required; the lists may be empty")
    void theHoursAreRequired() {
        assertThatThrownBy(() -> publish(Map.of("company.calendar.hours", " "))).isInstanceOfSatisfying(InvalidInputException.class,
                e -> assertThat(e.problems()).containsExactly(new FieldProblem("settings.company.calendar.hours", "is required")));
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.remove("company.calendar.holidays");
        assertThat(PolicyDefinition.of("no-holidays", FROM, settings).company().calendar().holidays()).isEmpty();
    }
}
