package org.servicepolicy.tasks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.instancio.Select.allInts;
import static org.instancio.Select.field;

import java.time.Duration;
import java.time.Period;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** §3.1.2 report periods of a task in progress throughout, over generated report times. */
class ProgressScheduleProperties {
    private static final int HORIZON_MINUTES = 60 * 24 * 60;

    /**
     * A report interval, the reports' minutes after acceptance, and the minute after acceptance at
     * which the periods are looked at.
     */
    record Schedule(int intervalDays, List<Integer> reportMinutes, int asOfMinutes) {
    }

    static Stream<Schedule> schedules() {
        return Instancio.ofList(Schedule.class).size(60).withSeed(20261129L)
                .generate(field(Schedule::intervalDays), gen -> gen.ints().range(1, 9))
                .generate(field(Schedule::reportMinutes), gen -> gen.collection().minSize(1).maxSize(25))
                .generate(allInts(), gen -> gen.ints().range(0, HORIZON_MINUTES - 1))
                .generate(field(Schedule::asOfMinutes), gen -> gen.ints().range(0, HORIZON_MINUTES))
                .create().stream();
    }

    @ParameterizedTest
    @MethodSource("schedules")
    void everyReportFallsInExactlyOnePeriodAndAPeriodWithoutOneIsMissed(Schedule schedule) {
        int intervalDays = schedule.intervalDays();
        var offsets = schedule.reportMinutes();
        int asOfMinutes = schedule.asOfMinutes();

        var company = new TaskFixture();
        var accepted = company.inProgress(Duration.ofDays(90));
        var acceptedAt = accepted.acceptedAt().orElseThrow();
        var reportTimes = offsets.stream().sorted().map(m -> acceptedAt.plus(Duration.ofMinutes(m))).toList();
        var reports = new ArrayList<ProgressReport>();
        for (int i = 0; i < reportTimes.size(); i++) {
            reports.add(new ProgressReport(i + 1, reportTimes.get(i), "report", 0, List.of()));
        }
        var task = new Task(accepted.id(), accepted.title(), accepted.assigner(), accepted.assignee(), List.of(),
                List.of(), accepted.policyVersion(), Optional.of(Period.ofDays(intervalDays)), accepted.terms(),
                accepted.history(), List.of(), List.of(), reports, List.of(), List.of(), List.of(), accepted.version());
        var asOf = acceptedAt.plus(Duration.ofMinutes(asOfMinutes));

        var periods = ProgressSchedule.due(task, ZoneOffset.UTC, asOf);

        var interval = Duration.ofDays(intervalDays);
        assertThat(periods).hasSize((int) (Duration.between(acceptedAt, asOf).toMinutes() / interval.toMinutes()));
        for (int i = 0; i < periods.size(); i++) {
            var period = periods.get(i);
            assertThat(period.number()).isEqualTo(i + 1);
            assertThat(period.start()).isEqualTo(acceptedAt.plus(interval.multipliedBy(i)));
            assertThat(period.end()).isEqualTo(period.start().plus(interval));
            var inside = reports.stream()
                    .filter(r -> !r.at().isBefore(period.start()) && r.at().isBefore(period.end()))
                    .map(ProgressReport::number).toList();
            assertThat(period.reports()).isEqualTo(inside);
            assertThat(period.missed()).isEqualTo(inside.isEmpty());
        }
        var lastEnd = periods.isEmpty() ? acceptedAt : periods.get(periods.size() - 1).end();
        assertThat(periods.stream().mapToInt(p -> p.reports().size()).sum())
                .isEqualTo((int) reportTimes.stream().filter(t -> t.isBefore(lastEnd)).count());
    }
}
