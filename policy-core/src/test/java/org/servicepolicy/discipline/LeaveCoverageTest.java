package org.servicepolicy.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.policy.DisciplinePolicy;
import org.servicepolicy.policy.PolicyDefinition;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/** §3.2.2 (issue 9 item 4): what part of an absence or lateness approved leave covers. */
class LeaveCoverageTest {
    private static final Instant MONDAY_NINE = Instant.parse("2026-01-05T09:00:00Z");
    private static final Instant TUESDAY = Instant.parse("2026-01-06T00:00:00Z");
    private static final DisciplinePolicy POLICY = StandardPolicy.definition().discipline();
    private final org.servicepolicy.people.Employee staff = DisciplineCases.staff();

    private LeaveRequest leave(String id, Instant from, Instant to) {
        return DisciplineCases.leave(id, staff, from, to, false, LeaveStatus.APPROVED);
    }

    private static LeaveCoverage absence(int days, ZoneId zone, LeaveRequest... leave) {
        return LeaveCoverage.of(ViolationType.ABSENTEEISM, MONDAY_NINE, days, List.of(leave), POLICY, zone);
    }

    @Test
    @DisplayName("§3.2.2: an hour of leave at the start of a three-day absence excuses no day of it")
    void anHourExcusesNoDay() {
        var coverage = absence(3, ZoneOffset.UTC, leave("l-1", MONDAY_NINE, MONDAY_NINE.plus(Duration.ofHours(1))));
        assertThat(coverage.none()).isTrue();
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(MONDAY_NINE, 3));
    }

    @Test
    @DisplayName("§3.2.2: leave for days two and three leaves day one, dated at the absence's start")
    void laterDaysLeaveTheFirst() {
        var leave = leave("l-1", TUESDAY, TUESDAY.plus(Duration.ofDays(2)));
        var coverage = absence(3, ZoneOffset.UTC, leave);
        assertThat(coverage.excused()).isEqualTo(2);
        assertThat(coverage.whole()).isFalse();
        assertThat(coverage.leave()).containsExactly(leave.id());
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(MONDAY_NINE, 1));
        assertThat(coverage.describe(ViolationType.ABSENTEEISM)).isEqualTo("2 of the 3 day(s)");
    }

    @Test
    @DisplayName("§3.2.2: two requests that together cover a day excuse it, and a gap splits what is left")
    void requestsAddUpAndGapsSplit() {
        var morning = leave("l-1", TUESDAY.plus(Duration.ofHours(8)), TUESDAY.plus(Duration.ofHours(10)));
        var afternoon = leave("l-2", TUESDAY.plus(Duration.ofHours(9)), TUESDAY.plus(Duration.ofHours(13)));
        var coverage = absence(3, ZoneOffset.UTC, morning, afternoon);
        assertThat(coverage.excused()).isEqualTo(1);
        assertThat(coverage.leave()).containsExactly(morning.id(), afternoon.id());
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(MONDAY_NINE, 1),
                new LeaveCoverage.Part(TUESDAY.plus(Duration.ofDays(1)), 1));
    }

    @Test
    @DisplayName("§3.2.2: the first day's absent part, shorter than the threshold, is excused when leave covers all of it")
    void aShortFirstDayIsExcusedWhenFullyCovered() {
        var evening = Instant.parse("2026-01-05T22:00:00Z");
        var coverage = LeaveCoverage.of(ViolationType.ABSENTEEISM, evening, 2,
                List.of(leave("l-1", evening, TUESDAY)), POLICY, ZoneOffset.UTC);
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(TUESDAY, 1));
    }

    @Test
    @DisplayName("§3.2.2: calendar days are counted in the company's zone")
    void daysFollowTheCompanyZone() {
        var shanghai = ZoneId.of("Asia/Shanghai");
        // Midnight in Shanghai is 16:00 UTC, so the first day of an absence from 09:00 UTC ends then.
        var secondDay = Instant.parse("2026-01-05T16:00:00Z");
        var coverage = absence(2, shanghai, leave("l-1", secondDay, secondDay.plus(Duration.ofDays(1))));
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(MONDAY_NINE, 1));
    }

    @Test
    @DisplayName("§3.2.2: leave covering the middle of a lateness leaves its other minutes, counted from the first")
    void minutesLeftAreCountedTogether() {
        var coverage = LeaveCoverage.of(ViolationType.LATE_ARRIVAL, MONDAY_NINE, 40,
                List.of(leave("l-1", MONDAY_NINE.plus(Duration.ofMinutes(10)), MONDAY_NINE.plus(Duration.ofMinutes(30)))),
                POLICY, ZoneOffset.UTC);
        assertThat(coverage.excused()).isEqualTo(20);
        assertThat(coverage.uncovered()).containsExactly(new LeaveCoverage.Part(MONDAY_NINE, 20));
    }

    @Test
    @DisplayName("§3.2.2: leave covering all of an absence excuses it whole")
    void wholeCover() {
        var coverage = absence(2, ZoneOffset.UTC, leave("l-1", MONDAY_NINE, TUESDAY.plus(Duration.ofDays(1))));
        assertThat(coverage.whole()).isTrue();
        assertThat(coverage.uncovered()).isEmpty();
    }

    @Test
    void onlyLatenessEarlyLeaveAndAbsenceAreCovered() {
        assertThatThrownBy(() -> LeaveCoverage.of(ViolationType.NON_WORK_ACTIVITY, MONDAY_NINE, 1, List.of(), POLICY,
                ZoneOffset.UTC)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    @DisplayName("§3.2.2: how much leave excuses a day is a setting, PT4H by default, more than zero and at most a day")
    void theThresholdIsValidatedPolicyData() {
        assertThat(POLICY.leaveExcusesAbsenceDayFrom()).isEqualTo(Duration.ofHours(4));
        var settings = new HashMap<>(StandardPolicy.settings());
        settings.put("discipline.leave.excusesAbsenceDayFrom", "PT1H");
        var lenient = PolicyDefinition.of("lenient", MONDAY_NINE, settings).discipline();
        assertThat(LeaveCoverage.of(ViolationType.ABSENTEEISM, MONDAY_NINE, 3,
                List.of(leave("l-1", MONDAY_NINE, MONDAY_NINE.plus(Duration.ofHours(1)))), lenient, ZoneOffset.UTC)
                .uncovered()).containsExactly(new LeaveCoverage.Part(TUESDAY, 2));
        for (var bad : List.of("PT0S", "PT25H")) {
            settings.put("discipline.leave.excusesAbsenceDayFrom", bad);
            assertThatThrownBy(() -> PolicyDefinition.of("bad", MONDAY_NINE, settings))
                    .isInstanceOfSatisfying(InvalidInputException.class, e -> assertThat(e.problems())
                            .extracting(FieldProblem::field).anySatisfy(f -> assertThat(f)
                                    .endsWith("discipline.leave.excusesAbsenceDayFrom")));
        }
    }
}
