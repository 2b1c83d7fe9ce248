package org.servicepolicy.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.instancio.junit.Given;
import org.instancio.junit.InstancioExtension;
import org.instancio.junit.Seed;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.RepetitionInfo;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * §2.3.2: invariants of business-time arithmetic over generated calendars (several windows a day,
 * holidays, worked days, zones with and without daylight saving, including half-hour and midnight
 * changes), instants and pauses.
 */
@ExtendWith(InstancioExtension.class)
class BusinessCalendarProperties {
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
            "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata");
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();

    /**
     * The inputs of one repetition: Instancio gives every repetition of a seeded test the same
     * value, so the repetition's number tells them apart, reproducibly.
     */
    private static Random random(long seed, RepetitionInfo repetition) {
        return new Random(seed * 1_000_003L + repetition.getCurrentRepetition());
    }

    /** A generated calendar with the settings a company would publish for it. */
    private record Generated(BusinessCalendar calendar, Map<String, String> settings) {
    }

    private static Generated calendar(Random random) {
        var zone = ZONES.get(random.nextInt(ZONES.size()));
        var week = new EnumMap<DayOfWeek, WorkingHours>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if (random.nextInt(10) < 7) {
                week.put(day, hours(random));
            }
        }
        if (week.isEmpty()) {
            week.put(DayOfWeek.values()[random.nextInt(7)], hours(random));
        }
        var holidays = new ArrayList<Holiday>();
        for (int i = random.nextInt(7); i > 0; i--) {
            var first = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(2 * 365));
            var holiday = new Holiday(first, first.plusDays(random.nextInt(3) == 0 ? random.nextInt(6) : 0),
                    random.nextBoolean() ? "Holiday " + i : "");
            if (holidays.stream().noneMatch(holiday::overlaps)) {
                holidays.add(holiday);
            }
        }
        var workdays = new TreeMap<LocalDate, WorkingHours>();
        for (int i = random.nextInt(5); i > 0; i--) {
            var date = LocalDate.of(2026, 1, 1).plusDays(random.nextInt(2 * 365));
            if (holidays.stream().noneMatch(h -> h.covers(date))) {
                workdays.put(date, hours(random));
            }
        }
        var settings = new TreeMap<String, String>();
        settings.put("company.timeZone", zone);
        settings.put("company.workingDays", week.keySet().stream().map(Enum::name).collect(Collectors.joining(",")));
        var first = week.values().iterator().next();
        settings.put("company.calendar.hours", first.toString());
        settings.put("company.calendar.hoursByDay", week.entrySet().stream().filter(e -> !e.getValue().equals(first))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining("; ")));
        settings.put("company.calendar.holidays", holidays.stream()
                .map(h -> (h.dates() + " " + h.name()).strip()).collect(Collectors.joining("; ")));
        settings.put("company.calendar.workdays", workdays.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                .collect(Collectors.joining("; ")));
        return new Generated(new BusinessCalendar(ZoneId.of(zone), week, holidays, workdays), settings);
    }

    /** One to three windows on quarter hours, so that many an edge meets a daylight-saving change. */
    private static WorkingHours hours(Random random) {
        var edges = new TreeSet<Integer>();
        int count = 2 * (1 + random.nextInt(3));
        while (edges.size() < count) {
            edges.add(random.nextInt(97) * 15);
        }
        var list = new ArrayList<>(edges);
        var windows = new ArrayList<WorkingWindow>();
        for (int i = 0; i < list.size(); i += 2) {
            windows.add(new WorkingWindow(time(list.get(i)), time(list.get(i + 1))));
        }
        return new WorkingHours(windows);
    }

    private static LocalTime time(int minutes) {
        return minutes == 24 * 60 ? LocalTime.MIDNIGHT : LocalTime.ofSecondOfDay(minutes * 60L);
    }

    private static Instant instant(Random random) {
        return FIRST.plusSeconds((long) (random.nextDouble() * SPAN_SECONDS));
    }

    private static Duration allowance(Random random) {
        return Duration.ofMinutes(random.nextInt(6000)).plusSeconds(random.nextInt(4) == 0 ? random.nextInt(60) : 0);
    }

    private static List<Pause> pauses(Random random, Instant near) {
        var pauses = new ArrayList<Pause>();
        for (int i = random.nextInt(4); i > 0; i--) {
            pauses.add(pause(random, near));
        }
        return pauses;
    }

    private static Pause pause(Random random, Instant near) {
        var from = near.plusSeconds(random.nextInt(12 * 24 * 3600) - 2 * 24 * 3600L);
        return random.nextInt(8) == 0 ? Pause.since(from) : Pause.between(from, from.plusSeconds(60 + random.nextInt(3 * 24 * 3600)));
    }

    @RepeatedTest(200)
    @Seed(20261130)
    void aDueTimeFallsInsideOrAtTheEndOfAWindowAndNeverInsideAPause(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var start = instant(random);
        var pauses = pauses(random, start);
        var due = calendar.due(start, allowance(random), pauses);
        due.at().ifPresent(at -> {
            assertThat(calendar.isOpen(at) || calendar.isOpen(at.minusNanos(1))).as("open at or just before %s", at).isTrue();
            assertThat(pauses).noneSatisfy(p -> assertThat(p.from().isBefore(at) && p.until().map(at::isBefore).orElse(true))
                    .as("strictly inside %s", p).isTrue());
        });
    }

    @RepeatedTest(200)
    @Seed(1130)
    void moreTimeAllowedNeverFallsDueEarlier(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var start = instant(random);
        var pauses = pauses(random, start);
        var shorter = allowance(random);
        var longer = shorter.plus(allowance(random));
        var early = calendar.due(start, shorter, pauses).at();
        var late = calendar.due(start, longer, pauses).at();
        late.ifPresent(at -> assertThat(early).hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(at)));
    }

    @RepeatedTest(200)
    @Seed(2026)
    void aLaterStartNeverFallsDueEarlier(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var start = instant(random);
        var later = start.plusSeconds(random.nextInt(5 * 24 * 3600));
        var pauses = pauses(random, start);
        var allowed = allowance(random);
        var fromLater = calendar.due(later, allowed, pauses).at();
        fromLater.ifPresent(at -> assertThat(calendar.due(start, allowed, pauses).at())
                .hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(at)));
    }

    @RepeatedTest(200)
    @Seed(75)
    void pausingNeverFallsDueEarlier(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var start = instant(random);
        var allowed = allowance(random);
        var pauses = pauses(random, start);
        var more = new ArrayList<>(pauses);
        more.add(pause(random, start));
        var unpaused = calendar.due(start, allowed, List.of()).at().orElseThrow();
        var paused = calendar.due(start, allowed, pauses).at();
        var pausedMore = calendar.due(start, allowed, more).at();
        paused.ifPresent(at -> assertThat(at).isAfterOrEqualTo(unpaused));
        pausedMore.ifPresent(at -> assertThat(paused).hasValueSatisfying(p -> assertThat(at).isAfterOrEqualTo(p)));
    }

    @RepeatedTest(200)
    @Seed(4711)
    void theTimeElapsedUntilTheDueTimeIsTheTimeAllowed(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var start = instant(random);
        var allowed = allowance(random);
        var pauses = pauses(random, start);
        var due = calendar.due(start, allowed, pauses);
        due.at().ifPresent(at -> assertThat(calendar.elapsed(start, at, pauses)).isEqualTo(allowed));
        var counted = due.explanation().stream().filter(r -> r.ruleId().equals("calendar.counted"))
                .map(r -> Duration.parse(r.facts().get("businessTime"))).reduce(Duration.ZERO, Duration::plus);
        assertThat(counted).as("the explanation accounts for every counted second").isEqualTo(due.counted());
        assertThat(due.counted()).isEqualTo(due.at().isPresent() ? allowed : calendar.elapsed(start,
                pauses.stream().filter(p -> !p.ends()).map(Pause::from).min(Instant::compareTo).orElseThrow(), pauses));
    }

    @RepeatedTest(200)
    @Seed(31)
    void elapsedTimeAddsUp(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var a = instant(random);
        var b = a.plusSeconds(random.nextInt(10 * 24 * 3600));
        var c = b.plusSeconds(random.nextInt(10 * 24 * 3600));
        var pauses = pauses(random, a);
        assertThat(calendar.elapsed(a, c, pauses)).isEqualTo(calendar.elapsed(a, b, pauses).plus(calendar.elapsed(b, c, pauses)));
        assertThat(calendar.elapsed(a, c, pauses)).isLessThanOrEqualTo(calendar.elapsed(a, c, List.of()))
                .isLessThanOrEqualTo(Duration.between(a, c));
    }

    @RepeatedTest(200)
    @Seed(909)
    void theNextOpeningIsOpenAndNothingElapsesBeforeIt(@Given long seed, RepetitionInfo repetition) {
        var random = random(seed, repetition);
        var calendar = calendar(random).calendar();
        var at = instant(random);
        var next = calendar.nextOpening(at);
        assertThat(next).isAfterOrEqualTo(at);
        assertThat(calendar.isOpen(next)).isTrue();
        assertThat(calendar.elapsed(at, next, List.of())).isZero();
        assertThat(calendar.add(at, Duration.ZERO)).isEqualTo(next);
    }

    @RepeatedTest(200)
    @Seed(1304)
    void aCalendarPublishedAsSettingsReadsBackTheSame(@Given long seed, RepetitionInfo repetition) {
        var generated = calendar(random(seed, repetition));
        assertThat(Calendars.published(generated.settings().get("company.timeZone"), generated.settings()))
                .isEqualTo(generated.calendar());
    }
}
