package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.NewLeaveRequest;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.tasks.NewTask;

/**
 * Instants keep one precision, the stores' microseconds: what the library answers when it
 * writes equals what it reads back from the database later, though its clock ticks in
 * nanoseconds and the commands carry nanoseconds.
 */
abstract class TimestampPrecisionScenario {
    /** A clock that tells nanoseconds, as the JDK's system clock does on most machines. */
    private static final Clock NANOSECOND_CLOCK = Clock.fixed(Company.NOW.plusNanos(142_732_593), ZoneOffset.UTC);

    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @Test
    void whatTheLibraryAnswersWhenItWritesIsWhatItReadsBackLater() {
        try (var database = newDatabase()) {
            var writer = Company.hiredOn(database.migratedStores(), builder -> builder.clock(NANOSECOND_CLOCK));
            var recorded = writer.policy.discipline().record(writer.hr, new RecordViolation(Company.STAFF.value(),
                    ViolationType.LATE_ARRIVAL, withNanos(Company.NOW.minus(Duration.ofDays(1))), 10, null, "late",
                    null, null, null, null, null, null));
            var leave = writer.policy.discipline().requestLeave(writer.hr, new NewLeaveRequest(Company.STAFF.value(),
                    withNanos(Company.NOW.plus(Duration.ofDays(3))), withNanos(Company.NOW.plus(Duration.ofDays(4))),
                    "family", null));
            var task = writer.policy.tasks().assign(writer.hr, new NewTask(Company.STAFF.value(), "Quarterly figures",
                    "Report the quarter", List.of("every branch"), "checked by finance",
                    withNanos(Company.NOW.plus(Duration.ofDays(10))), null, null, null));

            var reader = Company.readerOn(JdbcStores.builder(database.dataSource()).build());
            assertThat(recorded.violation().recordedAt()).isEqualTo(Company.NOW.plusNanos(142_732_000));
            assertThat(recorded.violation().occurredAt().getNano()).isEqualTo(987_654_000);
            assertThat(reader.policy.discipline().violation(reader.hr, recorded.violation().id()))
                    .isEqualTo(recorded.violation());
            assertThat(reader.policy.discipline().penalty(reader.hr, recorded.penalty().orElseThrow().id()))
                    .isEqualTo(recorded.penalty().orElseThrow());
            assertThat(reader.policy.decisions().decision(reader.hr, recorded.proposal().id()))
                    .isEqualTo(recorded.proposal());
            assertThat(reader.policy.discipline().leaveRequest(reader.hr, leave.id())).isEqualTo(leave);
            assertThat(reader.policy.tasks().task(reader.hr, task.id())).isEqualTo(task);
        }
    }

    private static Instant withNanos(Instant instant) {
        return instant.plusNanos(987_654_321);
    }
}
