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
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * §2.3.2: invariants of business-time arithmetic over generated calendars (several windows a day,
 * holidays, worked days, zones with and without daylight saving, including half-hour and midnight
 * changes), instants and pauses.
 */
class BusinessCalendarProperties {
    private static final List<String> ZONES = List.of("UTC", "Europe/Berlin", "America/New_York", "Asia/Shanghai",
            "Australia/Lord_Howe", "America/Santiago", "Asia/Kolkata");
    private static final Instant FIRST = Instant.parse("2026-01-01T00:00:00Z");
    private static final long SPAN_SECONDS = Duration.ofDays(2 * 365).toSeconds();

    /** A generated calendar with the settings a company would publish for it. */
    private record Generated(BusinessCalendar calendar, Map<String, String> settings) {
    }

    /**
     * The inputs of one sample: a calendar, a start, pauses near it, one more pause, two allowances
     * and two further spans.
     */
    record Sample(Generated generated, Instant start, List<Pause> pauses, Pause extraPause, Duration allowance,
                  Duration moreAllowance, Duration span, Duration furtherSpan) {
        BusinessCalendar calendar() {
            return generated.calendar();
        }
    }

    /** {@code count} different samples, the same for the same {@code seed}, drawn by Instancio's seeded random. */
    private static Stream<Sample> samples(long seed, int count) {
        return Instancio.ofList(Sample.class).size(count).withSeed(seed)
                .supply(Select.all(Sample.class), BusinessCalendarProperties::sample)
                .create().stream();
    }

    private static Sample sample(Random random) {
        var generated = calendar(random);
        var start = FIRST.plusSeconds(random.longRange(0, SPAN_SECONDS - 1));
        return new Sample(generated, start, pauses(random, start), pause(random, start), allowance(random),
                allowance(random), Duration.ofSeconds(random.intRange(0, 10 * 24 * 3600 - 1)),
                Duration.ofSeconds(random.intRange(0, 10 * 24 * 3600 - 1)));
    }

    private static Generated calendar(Random random) {
        var zone = random.oneOf(ZONES);
        var week = new EnumMap<DayOfWeek, WorkingHours>(DayOfWeek.class);
        for (var day : DayOfWeek.values()) {
            if (random.trueOrFalse(0.7)) {
                week.put(day, hours(random));
            }
        }
        if (week.isEmpty()) {
            week.put(random.oneOf(DayOfWeek.values()), hours(random));
        }
        var holidays = new ArrayList<Holiday>();
        for (int i = random.intRange(0, 6); i > 0; i--) {
            var first = LocalDate.of(2026, 1, 1).plusDays(random.intRange(0, 2 * 365 - 1));
            var holiday = new Holiday(first, first.plusDays(random.trueOrFalse(1.0 / 3) ? random.intRange(0, 5) : 0),
                    random.trueOrFalse() ? "Holiday " + i : "");
            if (holidays.stream().noneMatch(holiday::overlaps)) {
                holidays.add(holiday);
            }
        }
        var workdays = new TreeMap<LocalDate, WorkingHours>();
        for (int i = random.intRange(0, 4); i > 0; i--) {
            var date = LocalDate.of(2026, 1, 1).plusDays(random.intRange(0, 2 * 365 - 1));
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
        int count = 2 * random.intRange(1, 3);
        while (edges.size() < count) {
            edges.add(random.intRange(0, 96) * 15);
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

    private static Duration allowance(Random random) {
        return Duration.ofMinutes(random.intRange(0, 5999))
                .plusSeconds(random.trueOrFalse(0.25) ? random.intRange(0, 59) : 0);
    }

    private static List<Pause> pauses(Random random, Instant near) {
        var pauses = new ArrayList<Pause>();
        for (int i = random.intRange(0, 3); i > 0; i--) {
            pauses.add(pause(random, near));
        }
        return pauses;
    }

    private static Pause pause(Random random, Instant near) {
        var from = near.plusSeconds(random.intRange(0, 12 * 24 * 3600 - 1) - 2 * 24 * 3600L);
        return random.trueOrFalse(1.0 / 8) ? Pause.since(from)
                : Pause.between(from, from.plusSeconds(60 + random.intRange(0, 3 * 24 * 3600 - 1)));
    }

    static Stream<Sample> dueTimes() {
        return samples(20261130L, 200);
    }

    static Stream<Sample> longerAllowances() {
        return samples(1130L, 200);
    }

    static Stream<Sample> laterStarts() {
        return samples(2026L, 200);
    }

    static Stream<Sample> morePauses() {
        return samples(75L, 200);
    }

    static Stream<Sample> elapsedUntilDue() {
        return samples(4711L, 200);
    }

    static Stream<Sample> consecutiveSpans() {
        return samples(31L, 200);
    }

    static Stream<Sample> openings() {
        return samples(909L, 200);
    }

    static Stream<Sample> publications() {
        return samples(1304L, 200);
    }

    @ParameterizedTest
    @MethodSource("dueTimes")
    void aDueTimeFallsInsideOrAtTheEndOfAWindowAndNeverInsideAPause(Sample sample) {
        var calendar = sample.calendar();
        var start = sample.start();
        var pauses = sample.pauses();
        var due = calendar.due(start, sample.allowance(), pauses);
        due.at().ifPresent(at -> {
            assertThat(calendar.isOpen(at) || calendar.isOpen(at.minusNanos(1))).as("open at or just before %s", at).isTrue();
            assertThat(pauses).noneSatisfy(p -> assertThat(p.from().isBefore(at) && p.until().map(at::isBefore).orElse(true))
                    .as("strictly inside %s", p).isTrue());
        });
    }

    @ParameterizedTest
    @MethodSource("longerAllowances")
    void moreTimeAllowedNeverFallsDueEarlier(Sample sample) {
        var calendar = sample.calendar();
        var start = sample.start();
        var pauses = sample.pauses();
        var shorter = sample.allowance();
        var longer = shorter.plus(sample.moreAllowance());
        var early = calendar.due(start, shorter, pauses).at();
        var late = calendar.due(start, longer, pauses).at();
        late.ifPresent(at -> assertThat(early).hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(at)));
    }

    @ParameterizedTest
    @MethodSource("laterStarts")
    void aLaterStartNeverFallsDueEarlier(Sample sample) {
        var calendar = sample.calendar();
        var start = sample.start();
        var later = start.plus(sample.span());
        var pauses = sample.pauses();
        var allowed = sample.allowance();
        var fromLater = calendar.due(later, allowed, pauses).at();
        fromLater.ifPresent(at -> assertThat(calendar.due(start, allowed, pauses).at())
                .hasValueSatisfying(e -> assertThat(e).isBeforeOrEqualTo(at)));
    }

    @ParameterizedTest
    @MethodSource("morePauses")
    void pausingNeverFallsDueEarlier(Sample sample) {
        var calendar = sample.calendar();
        var start = sample.start();
        var allowed = sample.allowance();
        var pauses = sample.pauses();
        var more = new ArrayList<>(pauses);
        more.add(sample.extraPause());
        var unpaused = calendar.due(start, allowed, List.of()).at().orElseThrow();
        var paused = calendar.due(start, allowed, pauses).at();
        var pausedMore = calendar.due(start, allowed, more).at();
        paused.ifPresent(at -> assertThat(at).isAfterOrEqualTo(unpaused));
        pausedMore.ifPresent(at -> assertThat(paused).hasValueSatisfying(p -> assertThat(at).isAfterOrEqualTo(p)));
    }

    @ParameterizedTest
    @MethodSource("elapsedUntilDue")
    void theTimeElapsedUntilTheDueTimeIsTheTimeAllowed(Sample sample) {
        var calendar = sample.calendar();
        var start = sample.start();
        var allowed = sample.allowance();
        var pauses = sample.pauses();
        var due = calendar.due(start, allowed, pauses);
        due.at().ifPresent(at -> assertThat(calendar.elapsed(start, at, pauses)).isEqualTo(allowed));
        var counted = due.explanation().stream().filter(r -> r.ruleId().equals("calendar.counted"))
                .map(r -> Duration.parse(r.facts().get("businessTime"))).reduce(Duration.ZERO, Duration::plus);
        assertThat(counted).as("the explanation accounts for every counted second").isEqualTo(due.counted());
        assertThat(due.counted()).isEqualTo(due.at().isPresent() ? allowed : calendar.elapsed(start,
                pauses.stream().filter(p -> !p.ends()).map(Pause::from).min(Instant::compareTo).orElseThrow(), pauses));
    }

    @ParameterizedTest
    @MethodSource("consecutiveSpans")
    void elapsedTimeAddsUp(Sample sample) {
        var calendar = sample.calendar();
        var a = sample.start();
        var b = a.plus(sample.span());
        var c = b.plus(sample.furtherSpan());
        var pauses = sample.pauses();
        assertThat(calendar.elapsed(a, c, pauses)).isEqualTo(calendar.elapsed(a, b, pauses).plus(calendar.elapsed(b, c, pauses)));
        assertThat(calendar.elapsed(a, c, pauses)).isLessThanOrEqualTo(calendar.elapsed(a, c, List.of()))
                .isLessThanOrEqualTo(Duration.between(a, c));
    }

    @ParameterizedTest
    @MethodSource("openings")
    void theNextOpeningIsOpenAndNothingElapsesBeforeIt(Sample sample) {
        var calendar = sample.calendar();
        var at = sample.start();
        var next = calendar.nextOpening(at);
        assertThat(next).isAfterOrEqualTo(at);
        assertThat(calendar.isOpen(next)).isTrue();
        assertThat(calendar.elapsed(at, next, List.of())).isZero();
        assertThat(calendar.add(at, Duration.ZERO)).isEqualTo(next);
    }

    @ParameterizedTest
    @MethodSource("publications")
    void aCalendarPublishedAsSettingsReadsBackTheSame(Sample sample) {
        var generated = sample.generated();
        assertThat(Calendars.published(generated.settings().get("company.timeZone"), generated.settings()))
                .isEqualTo(generated.calendar());
    }
}
