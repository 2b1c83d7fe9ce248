package org.servicepolicy.calendar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.servicepolicy.calendar.Calendars.local;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** §2.3.2: business time counted in the company's working windows, examples worked by hand. */
class BusinessCalendarTest {
    /** MONDAY-FRIDAY 09:00-12:00 and 13:30-18:00; 2026-03-02 is a Monday. */
    private static final BusinessCalendar BERLIN = Calendars.standard("Europe/Berlin");

    private static Instant berlin(String local) {
        return local(BERLIN, local);
    }

    private static Pause paused(String from, String until) {
        return Pause.between(berlin(from), berlin(until));
    }

    @Nested
    class AddingBusinessTime {
        @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
        @CsvSource({
                "2026-03-02T10:00, PT1H, 2026-03-02T11:00, inside a window",
                "2026-03-02T11:00, PT1H, 2026-03-02T12:00, to the end of the morning window and not to the afternoon's opening",
                "2026-03-02T11:00, PT2H, 2026-03-02T14:30, across the lunch break",
                "2026-03-02T12:30, PT1H, 2026-03-02T14:30, from inside the lunch break",
                "2026-03-02T07:00, PT1H, 2026-03-02T10:00, from before opening",
                "2026-03-02T09:00, PT7H30M, 2026-03-02T18:00, a whole day ends at the evening close",
                "2026-03-02T17:00, PT2H, 2026-03-03T10:00, overnight",
                "2026-03-02T20:00, PT1H, 2026-03-03T10:00, from after closing",
                "2026-03-06T17:00, PT2H, 2026-03-09T10:00, over the weekend",
                "2026-03-07T10:00, PT1H, 2026-03-09T10:00, from a Saturday",
                "2026-03-02T09:00, PT37H30M, 2026-03-06T18:00, a whole working week",
                "2026-03-02T09:00, PT75H, 2026-03-13T18:00, two working weeks",
                "2026-03-02T10:00, PT0S, 2026-03-02T10:00, nothing from inside a window",
                "2026-03-02T12:00, PT0S, 2026-03-02T13:30, nothing from the closing instant: the next opening",
                "2026-03-06T18:00, PT0S, 2026-03-09T09:00, nothing from Friday's close: Monday's opening",
                "2026-03-02T09:00, PT1S, 2026-03-02T09:00:01, one second from the opening instant"})
        @DisplayName("§2.3.2: business time counts only inside the working windows")
        void countsOnlyOpenTime(String start, Duration allowed, String expected, String why) {
            assertThat(BERLIN.add(berlin(start), allowed)).as(why).isEqualTo(berlin(expected));
        }

        @Test
        @DisplayName("§2.3.2: a negative allowance is refused")
        void aNegativeAllowanceIsRefused() {
            assertThatThrownBy(() -> BERLIN.due(berlin("2026-03-02T10:00"), Duration.ofMinutes(-1), List.of()))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("must not be negative");
        }
    }

    @Nested
    class HolidaysAndWorkdays {
        /** National Day week closes 2026-10-01 (Thursday) to 10-07; Sunday 09-27 and Saturday 10-10 are worked instead. */
        private static final BusinessCalendar SHANGHAI = Calendars.published("Asia/Shanghai", Map.of(
                "company.calendar.holidays", "2026-10-01..2026-10-07 National Day; 2026-12-31",
                "company.calendar.workdays", "2026-09-27 09:00-12:00,13:30-18:00; 2026-10-10 09:00-12:00"));

        private static Instant shanghai(String local) {
            return local(SHANGHAI, local);
        }

        @ParameterizedTest(name = "{0} + {1} = {2}: {3}")
        @CsvSource({
                "2026-09-25T17:00, PT2H, 2026-09-27T10:00, a worked Sunday counts",
                "2026-09-30T17:00, PT2H, 2026-10-08T10:00, a week of holidays is skipped, weekend included",
                "2026-10-09T17:00, PT4H, 2026-10-10T12:00, a worked Saturday counts with its own shorter hours",
                "2026-10-09T17:00, PT4H1M, 2026-10-12T09:01, and closes at its own hours",
                "2026-12-30T17:00, PT2H, 2027-01-01T10:00, an unnamed holiday on a Thursday is skipped",
                "2026-10-01T10:00, PT0S, 2026-10-08T09:00, nothing from inside a holiday: the first opening after it"})
        @DisplayName("§2.3.2: holidays close working days, dated working days open closed ones")
        void holidaysAndWorkdays(String start, Duration allowed, String expected, String why) {
            assertThat(SHANGHAI.add(shanghai(start), allowed)).as(why).isEqualTo(shanghai(expected));
        }

        @Test
        @DisplayName("§2.3.2: a holiday, a weekend day and a worked weekend day are told apart")
        void workingDaysAreKnownByDate() {
            assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-01"))).isFalse();
            assertThat(SHANGHAI.holidayOn(LocalDate.parse("2026-10-03"))).map(Holiday::name).contains("National Day");
            assertThat(SHANGHAI.holidayOn(LocalDate.parse("2026-10-08"))).isEmpty();
            assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-10"))).isTrue();
            assertThat(SHANGHAI.isWorkingDay(LocalDate.parse("2026-10-11"))).isFalse();
            assertThat(SHANGHAI.hoursOn(LocalDate.parse("2026-10-10"))).map(Object::toString).contains("09:00-12:00");
        }
    }

    @Nested
    class Pauses {
        @Test
        @DisplayName("§2.3.2: waiting on the customer stops the clock")
        void aPauseStopsTheClock() {
            var due = BERLIN.due(berlin("2026-03-02T10:00"), Duration.ofHours(2),
                    List.of(paused("2026-03-02T10:30", "2026-03-02T11:00")));
            assertThat(due.at()).contains(berlin("2026-03-02T14:00"));
            assertThat(due.counted()).isEqualTo(Duration.ofHours(2));
        }

        @Test
        @DisplayName("§2.3.2: a pause over closed time changes nothing, one over open time only that")
        void onlyOpenTimeInsideAPauseIsLost() {
            var start = berlin("2026-03-06T17:00");
            assertThat(BERLIN.due(start, Duration.ofHours(2), List.of(paused("2026-03-06T18:00", "2026-03-09T09:00"))).at())
                    .contains(berlin("2026-03-09T10:00"));
            assertThat(BERLIN.due(start, Duration.ofHours(2), List.of(paused("2026-03-06T17:30", "2026-03-09T09:30"))).at())
                    .contains(berlin("2026-03-09T11:00"));
        }

        @Test
        @DisplayName("§2.3.2: overlapping pauses in any order stop the clock once")
        void overlappingPausesCountOnce() {
            var start = berlin("2026-03-02T10:00");
            var overlapping = List.of(paused("2026-03-02T10:30", "2026-03-02T11:00"), paused("2026-03-02T10:15", "2026-03-02T10:45"),
                    paused("2026-03-02T10:20", "2026-03-02T10:25"));
            assertThat(BERLIN.due(start, Duration.ofHours(1), overlapping).at())
                    .isEqualTo(BERLIN.due(start, Duration.ofHours(1), List.of(paused("2026-03-02T10:15", "2026-03-02T11:00"))).at())
                    .contains(berlin("2026-03-02T11:45"));
        }

        @Test
        @DisplayName("§2.3.2: a pause begun before the start stops the clock until it ends")
        void aPauseBeforeTheStart() {
            assertThat(BERLIN.due(berlin("2026-03-02T10:00"), Duration.ofHours(1),
                    List.of(paused("2026-03-02T09:00", "2026-03-02T10:30"))).at()).contains(berlin("2026-03-02T11:30"));
        }

        @Test
        @DisplayName("§2.3.2: nothing allowed from inside a pause falls due when the clock runs again")
        void zeroFromInsideAPause() {
            assertThat(BERLIN.due(berlin("2026-03-02T10:00"), Duration.ZERO,
                    List.of(paused("2026-03-02T09:30", "2026-03-02T11:15"))).at()).contains(berlin("2026-03-02T11:15"));
        }

        @Test
        @DisplayName("§2.3.2: a pause that has not ended leaves no due time, and says how much was counted")
        void anOpenPauseLeavesNoDueTime() {
            var due = BERLIN.due(berlin("2026-03-02T10:00"), Duration.ofHours(2),
                    List.of(Pause.since(berlin("2026-03-02T10:30")), paused("2026-03-02T10:10", "2026-03-02T10:20")));
            assertThat(due.pausedIndefinitely()).isTrue();
            assertThat(due.counted()).isEqualTo(Duration.ofMinutes(20));
            assertThat(due.explanation().get(0).ruleId()).isEqualTo("calendar.due.paused");
            assertThat(due.explanation().get(0).message()).isEqualTo("the clock stopped at 2026-03-02T10:30+01:00 for a pause "
                    + "that has not ended, after PT20M of the PT2H allowed from 2026-03-02T10:00+01:00: nothing falls due until it ends");
        }

        @Test
        @DisplayName("§2.3.2: a pause that has not ended but begins after the due time changes nothing")
        void anOpenPauseAfterTheDueTime() {
            assertThat(BERLIN.due(berlin("2026-03-02T10:00"), Duration.ofHours(1),
                    List.of(Pause.since(berlin("2026-03-02T11:00")))).at()).contains(berlin("2026-03-02T11:00"));
        }

        @Test
        @DisplayName("§2.3.2: a pause ends after it starts")
        void aPauseEndsAfterItStarts() {
            assertThatThrownBy(() -> paused("2026-03-02T10:00", "2026-03-02T10:00"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("a pause ends after it starts");
        }
    }

    @Nested
    class ElapsedAndShare {
        @ParameterizedTest(name = "{0} to {1} = {2}")
        @CsvSource({
                "2026-03-06T17:00, 2026-03-09T10:00, PT2H",
                "2026-03-02T11:00, 2026-03-02T14:30, PT2H",
                "2026-03-02T12:15, 2026-03-02T13:00, PT0S",
                "2026-03-02T09:00, 2026-03-09T09:00, PT37H30M",
                "2026-03-02T10:00, 2026-03-02T09:00, PT0S"})
        @DisplayName("§2.3.2: business time elapsed counts only open time; none before the start")
        void elapsed(String from, String to, Duration expected) {
            assertThat(BERLIN.elapsed(berlin(from), berlin(to), List.of())).isEqualTo(expected);
        }

        @Test
        @DisplayName("§2.3.2: elapsed business time leaves out pauses")
        void elapsedLeavesOutPauses() {
            assertThat(BERLIN.elapsed(berlin("2026-03-02T09:00"), berlin("2026-03-02T18:00"),
                    List.of(paused("2026-03-02T11:00", "2026-03-02T14:00"), Pause.since(berlin("2026-03-02T17:00")))))
                    .isEqualTo(Duration.ofHours(5));
        }

        @ParameterizedTest(name = "{2} of {1} from {0}: {3}")
        @CsvSource({
                "2026-03-02T09:00, PT4H, 2026-03-02T13:30, 0.7500",
                "2026-03-02T09:00, PT4H, 2026-03-02T12:59, 0.7500",
                "2026-03-02T09:00, PT4H, 2026-03-02T11:59, 0.7458",
                "2026-03-02T09:00, PT3H, 2026-03-02T10:00, 0.3333",
                "2026-03-02T09:00, PT4H, 2026-03-02T14:30, 1.0000",
                "2026-03-02T09:00, PT4H, 2026-03-03T09:00, 1.8750",
                "2026-03-02T09:00, PT4H, 2026-03-02T08:00, 0.0000"})
        @DisplayName("§2.3.2: the share of the allowance used, rounded down, so a warning at 0.75 never fires early")
        void shareUsed(String start, Duration allowed, String now, BigDecimal expected) {
            assertThat(BERLIN.usedShare(berlin(start), allowed, berlin(now), List.of())).isEqualTo(expected);
        }

        @Test
        @DisplayName("§2.3.2: the share of nothing allowed is refused")
        void theShareOfNothingIsRefused() {
            assertThatThrownBy(() -> BERLIN.usedShare(berlin("2026-03-02T09:00"), Duration.ZERO, berlin("2026-03-02T10:00"),
                    List.of())).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("above zero");
        }
    }

    @Nested
    class Opening {
        @ParameterizedTest(name = "at {0}: open {1}, next opening {2}")
        @CsvSource({
                "2026-03-02T10:00, true, 2026-03-02T10:00",
                "2026-03-02T09:00, true, 2026-03-02T09:00",
                "2026-03-02T12:00, false, 2026-03-02T13:30",
                "2026-03-02T08:59, false, 2026-03-02T09:00",
                "2026-03-06T18:00, false, 2026-03-09T09:00",
                "2026-03-08T23:59, false, 2026-03-09T09:00"})
        @DisplayName("§2.3.2: open inside a window, its closing instant excluded; the next opening from any instant")
        void nextOpening(String at, boolean open, String next) {
            assertThat(BERLIN.isOpen(berlin(at))).isEqualTo(open);
            assertThat(BERLIN.nextOpening(berlin(at))).isEqualTo(berlin(next));
        }
    }

    @Nested
    class DaylightSaving {
        @Test
        @DisplayName("§2.3.2: a window spanning the spring gap in Berlin is an hour shorter")
        void springGapShortensAWindow() {
            var calendar = Calendars.published("Europe/Berlin", Map.of("company.calendar.workdays", "2026-03-29 01:00-04:00"));
            var start = Instant.parse("2026-03-29T00:00:00Z");
            assertThat(calendar.add(start, Duration.ofHours(2))).isEqualTo(Instant.parse("2026-03-29T02:00:00Z"));
            assertThat(calendar.add(start, Duration.ofHours(2).plusMinutes(1)))
                    .isEqualTo(local(calendar, "2026-03-30T09:01")).isEqualTo(Instant.parse("2026-03-30T07:01:00Z"));
        }

        @Test
        @DisplayName("§2.3.2: a window opening inside the spring gap opens at the jump; one wholly inside it is closed")
        void edgesInTheSpringGap() {
            var calendar = Calendars.published("Europe/Berlin", Map.of("company.calendar.workdays",
                    "2026-03-29 02:30-05:00; 2026-03-28 02:00-02:59"));
            assertThat(calendar.nextOpening(Instant.parse("2026-03-28T23:00:00Z"))).isEqualTo(Instant.parse("2026-03-29T01:00:00Z"));
            assertThat(calendar.elapsed(Instant.parse("2026-03-29T00:00:00Z"), Instant.parse("2026-03-30T00:00:00Z"), List.of()))
                    .isEqualTo(Duration.ofHours(2));
            var gapOnly = Calendars.published("Europe/Berlin", Map.of("company.calendar.workdays", "2026-03-29 02:00-02:59"));
            var due = gapOnly.due(Instant.parse("2026-03-28T23:00:00Z"), Duration.ofMinutes(5), List.of());
            assertThat(due.at()).contains(Instant.parse("2026-03-30T07:05:00Z"));
            assertThat(due.explanation()).anySatisfy(r -> assertThat(r.message())
                    .isEqualTo("2026-03-29 SUNDAY: skipped, its hours 02:00-02:59 fall in the daylight-saving gap"));
        }

        @Test
        @DisplayName("§2.3.2: a window spanning the autumn overlap in Berlin is an hour longer; an edge in it is the earlier instant")
        void autumnOverlapLengthensAWindow() {
            var calendar = Calendars.published("Europe/Berlin", Map.of("company.calendar.workdays", "2026-10-25 01:00-04:00"));
            var start = Instant.parse("2026-10-24T23:00:00Z");
            assertThat(calendar.add(start, Duration.ofHours(4))).isEqualTo(Instant.parse("2026-10-25T03:00:00Z"))
                    .isEqualTo(local(calendar, "2026-10-25T04:00"));
            var inside = Calendars.published("Europe/Berlin", Map.of("company.calendar.workdays", "2026-10-25 02:30-03:30"));
            assertThat(inside.nextOpening(start)).isEqualTo(Instant.parse("2026-10-25T00:30:00Z"));
            assertThat(inside.elapsed(start, Instant.parse("2026-10-26T00:00:00Z"), List.of())).isEqualTo(Duration.ofHours(2));
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2026-03-27T16:00:00Z, PT2H, 2026-03-30T08:00:00Z",
                "2026-10-23T15:00:00Z, PT2H, 2026-10-26T09:00:00Z"})
        @DisplayName("§2.3.2: over a weekend that changes the clocks, working hours keep their wall-clock times")
        void weekendsThatChangeTheClocks(Instant start, Duration allowed, Instant expected) {
            assertThat(BERLIN.add(start, allowed)).isEqualTo(expected);
        }

        @ParameterizedTest(name = "{0} + {1} = {2}")
        @CsvSource({
                "2026-03-07T17:00:00Z, PT24H, 2026-03-08T17:00:00Z",
                "2026-10-31T16:00:00Z, PT24H, 2026-11-01T16:00:00Z",
                "2026-03-01T05:00:00Z, PT240H, 2026-03-11T05:00:00Z"})
        @DisplayName("§2.3.2: around the clock in New York, business time is real time across both changes")
        void aroundTheClockIsRealTime(Instant start, Duration allowed, Instant expected) {
            var calendar = Calendars.published("America/New_York", Map.of(
                    "company.workingDays", "MONDAY,TUESDAY,WEDNESDAY,THURSDAY,FRIDAY,SATURDAY,SUNDAY",
                    "company.calendar.hours", "00:00-24:00"));
            assertThat(calendar.add(start, allowed)).isEqualTo(expected);
            assertThat(calendar.elapsed(start, expected, List.of())).isEqualTo(allowed);
        }

        @Test
        @DisplayName("§2.3.2: in New York, a weekday window follows the wall clock after the spring change")
        void newYorkWeekdays() {
            var calendar = Calendars.standard("America/New_York");
            assertThat(calendar.add(Instant.parse("2026-03-06T23:00:00Z"), Duration.ofHours(1)))
                    .isEqualTo(Instant.parse("2026-03-09T14:00:00Z"));
            assertThat(calendar.add(Instant.parse("2026-10-30T21:00:00Z"), Duration.ofHours(2)))
                    .isEqualTo(Instant.parse("2026-11-02T15:00:00Z"));
        }
    }

    @Nested
    class Explanation {
        @Test
        @DisplayName("§2.3.2: a due time lists the windows it counted, the days it skipped and the pauses")
        void aDueTimeExplainsItself() {
            var due = BERLIN.due(berlin("2026-03-06T11:00"), Duration.ofHours(6),
                    List.of(paused("2026-03-06T14:00", "2026-03-06T15:00")));

            assertThat(due.at()).contains(berlin("2026-03-09T10:30"));
            assertThat(due.explanation()).allSatisfy(r -> assertThat(r.clause()).isEqualTo("§2.3.2"));
            assertThat(due.explanation()).extracting(r -> r.ruleId() + ": " + r.message()).containsExactly(
                    "calendar.due: PT6H of business time from 2026-03-06T11:00+01:00 falls due at 2026-03-09T10:30+01:00: "
                            + "counted on 2 working day(s), skipped 2 closed day(s), the clock stood still for PT1H of open time",
                    "calendar.counted: 2026-03-06 FRIDAY: counted 11:00-12:00, 13:30-14:00, 15:00-18:00 (PT4H30M), paused 14:00-15:00",
                    "calendar.closed: 2026-03-07 SATURDAY: skipped, no working hours on SATURDAY",
                    "calendar.closed: 2026-03-08 SUNDAY: skipped, no working hours on SUNDAY",
                    "calendar.counted: 2026-03-09 MONDAY: counted 09:00-10:30 (PT1H30M)");
            assertThat(due.explanation().get(1).facts()).containsEntry("date", "2026-03-06")
                    .containsEntry("counted", "11:00-12:00, 13:30-14:00, 15:00-18:00").containsEntry("businessTime", "PT4H30M")
                    .containsEntry("paused", "14:00-15:00").containsEntry("offset", "+01:00");
            assertThat(due.explanation().get(0).facts()).containsEntry("due", "2026-03-09T10:30+01:00")
                    .containsEntry("zone", "Europe/Berlin");
        }

        @Test
        @DisplayName("§2.3.2: a holiday is named in the explanation, a window to midnight ends at 24:00")
        void holidaysAreNamed() {
            var calendar = Calendars.published("UTC", Map.of("company.calendar.hours", "20:00-24:00",
                    "company.calendar.holidays", "2026-03-03 Founders' Day"));
            var due = calendar.due(Instant.parse("2026-03-02T23:00:00Z"), Duration.ofHours(2), List.of());
            assertThat(due.at()).contains(Instant.parse("2026-03-04T21:00:00Z"));
            assertThat(due.explanation()).extracting(r -> r.message()).contains(
                    "2026-03-02 MONDAY: counted 23:00-24:00 (PT1H)",
                    "2026-03-03 TUESDAY: skipped, holiday Founders' Day",
                    "2026-03-04 WEDNESDAY: counted 20:00-21:00 (PT1H)");
        }

        @Test
        @DisplayName("§2.3.2: an explanation read twice reads the same, and equals one given as text")
        void explanationsAreValues() {
            var first = BERLIN.due(berlin("2026-03-06T17:00"), Duration.ofHours(2), List.of()).explanation();
            var second = BERLIN.due(berlin("2026-03-06T17:00"), Duration.ofHours(2), List.of()).explanation();
            assertThat(first).isEqualTo(second);
            var copy = first.stream().map(r -> new org.servicepolicy.kernel.Reason(r.clause(), r.ruleId(), r.message(), r.facts()))
                    .toList();
            assertThat(copy).isEqualTo(first);
        }
    }
}
