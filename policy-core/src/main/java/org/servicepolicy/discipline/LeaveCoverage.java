package org.servicepolicy.discipline;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.LeaveRequestId;
import org.servicepolicy.policy.DisciplinePolicy;
import org.servicepolicy.policy.ViolationType;

/**
 * §3.2.2: which part of a lateness, early leave or absence approved leave covers. A violation of
 * these types has a period, not just an instant: the late or missed minutes from its
 * {@code occurredAt}, or its consecutive days of absence, the first running from
 * {@code occurredAt} to the end of that calendar day and each further one a whole calendar day in
 * the company's zone. A minute is excused when leave covers all of it; a day when leave covers at
 * least the policy's {@link DisciplinePolicy#leaveExcusesAbsenceDayFrom()} of it, or all of its
 * absent part if that is shorter. What is left uncovered keeps counting: days as runs of
 * consecutive days (severity follows consecutive days), minutes as their total from the first
 * uncovered one. Pure.
 *
 * @param units     how many minutes or days the violation spans
 * @param excused   how many of them leave excuses
 * @param uncovered what is left, each part to be recorded as a violation of its own
 * @param leave     the approved leave that excuses the excused units, in the order given
 */
public record LeaveCoverage(int units, int excused, List<Part> uncovered, List<LeaveRequestId> leave) {
    /** Copies the lists. */
    public LeaveCoverage {
        uncovered = List.copyOf(uncovered);
        leave = List.copyOf(leave);
    }

    /**
     * A part of the violation's period left uncovered.
     *
     * @param from  when it starts
     * @param count how many minutes or consecutive days it spans
     */
    public record Part(Instant from, int count) {
        /** Requires a start and a positive count. */
        public Part {
            Objects.requireNonNull(from, "from");
            if (count < 1) {
                throw new IllegalArgumentException("a part spans at least one unit");
            }
        }
    }

    /** Whether leave excuses nothing of the violation. */
    public boolean none() {
        return excused == 0;
    }

    /** Whether leave excuses all of the violation. */
    public boolean whole() {
        return excused == units;
    }

    /** How the excused part reads in an explanation: "2 of the 3 day(s)". */
    public String describe(ViolationType type) {
        var unit = type.measure() == ViolationType.Measure.DAYS ? "day(s)" : "minute(s)";
        return "%d of the %d %s".formatted(excused, units, unit);
    }

    /** What of {@code violation} the {@code approved} leave covers, under {@code policy} in {@code zone}. */
    public static LeaveCoverage of(Violation violation, List<LeaveRequest> approved, DisciplinePolicy policy,
                                   ZoneId zone) {
        // A violation stored without its measure spans one unit from its instant.
        int measure = violation.minutes().or(violation::days).orElse(1);
        return of(violation.type(), violation.occurredAt(), measure, approved, policy, zone);
    }

    /**
     * What of a violation of {@code type} at {@code occurredAt} measuring {@code measure} minutes
     * or days the {@code approved} leave covers, under {@code policy} in {@code zone}.
     *
     * @throws IllegalArgumentException when leave does not excuse {@code type}
     */
    public static LeaveCoverage of(ViolationType type, Instant occurredAt, int measure, List<LeaveRequest> approved,
                                   DisciplinePolicy policy, ZoneId zone) {
        if (!type.excusedByLeave()) {
            throw new IllegalArgumentException(type + " is not excused by leave");
        }
        boolean days = type.measure() == ViolationType.Measure.DAYS;
        var units = days ? days(occurredAt, measure, zone) : minutes(occurredAt, measure);
        var excusing = new LinkedHashSet<LeaveRequestId>();
        var left = new ArrayList<Instant[]>();
        int excused = 0;
        for (var unit : units) {
            var length = Duration.between(unit[0], unit[1]);
            var needed = days && policy.leaveExcusesAbsenceDayFrom().compareTo(length) < 0
                    ? policy.leaveExcusesAbsenceDayFrom() : length;
            if (covered(unit, approved).compareTo(needed) >= 0) {
                excused++;
                approved.stream().filter(l -> overlaps(l, unit)).forEach(l -> excusing.add(l.id()));
            } else {
                left.add(unit);
            }
        }
        return new LeaveCoverage(units.size(), excused, days ? runs(left) : total(left), List.copyOf(excusing));
    }

    /** The absent days: the first from {@code from} to its midnight, then whole calendar days. */
    private static List<Instant[]> days(Instant from, int count, ZoneId zone) {
        var units = new ArrayList<Instant[]>();
        var date = from.atZone(zone).toLocalDate();
        var start = from;
        for (int i = 0; i < count; i++) {
            var end = date.plusDays(i + 1L).atStartOfDay(zone).toInstant();
            units.add(new Instant[] {start, end});
            start = end;
        }
        return units;
    }

    private static List<Instant[]> minutes(Instant from, int count) {
        var units = new ArrayList<Instant[]>();
        for (int i = 0; i < count; i++) {
            units.add(new Instant[] {from.plus(Duration.ofMinutes(i)), from.plus(Duration.ofMinutes(i + 1L))});
        }
        return units;
    }

    /** How much of {@code unit} the leave covers, counting time that two requests share once. */
    private static Duration covered(Instant[] unit, List<LeaveRequest> approved) {
        var clipped = approved.stream().filter(l -> overlaps(l, unit))
                .map(l -> new Instant[] {max(l.startsAt(), unit[0]), min(l.endsAt(), unit[1])})
                .sorted(Comparator.comparing((Instant[] i) -> i[0])).toList();
        var total = Duration.ZERO;
        Instant reached = unit[0];
        for (var interval : clipped) {
            var from = max(interval[0], reached);
            if (interval[1].isAfter(from)) {
                total = total.plus(Duration.between(from, interval[1]));
                reached = interval[1];
            }
        }
        return total;
    }

    private static boolean overlaps(LeaveRequest leave, Instant[] unit) {
        return leave.startsAt().isBefore(unit[1]) && leave.endsAt().isAfter(unit[0]);
    }

    /** Consecutive uncovered days, each run a part of its own. */
    private static List<Part> runs(List<Instant[]> left) {
        var parts = new ArrayList<Part>();
        Instant start = null;
        Instant end = null;
        int count = 0;
        for (var unit : left) {
            if (start != null && unit[0].equals(end)) {
                count++;
            } else {
                if (start != null) {
                    parts.add(new Part(start, count));
                }
                start = unit[0];
                count = 1;
            }
            end = unit[1];
        }
        if (start != null) {
            parts.add(new Part(start, count));
        }
        return parts;
    }

    /** The uncovered minutes of one lateness or early leave, counted from the first of them. */
    private static List<Part> total(List<Instant[]> left) {
        return left.isEmpty() ? List.of() : List.of(new Part(left.get(0)[0], left.size()));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
