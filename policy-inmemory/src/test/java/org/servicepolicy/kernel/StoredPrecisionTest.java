package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.NewLeaveRequest;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.policy.RewardTrigger;
import org.servicepolicy.policy.ViolationType;
import org.servicepolicy.rewards.Achievement;
import org.servicepolicy.tasks.NewTask;
import org.servicepolicy.tasks.RequestAdjustment;

class StoredPrecisionTest {
    private static final Instant WITH_NANOS = Instant.parse("2026-11-30T03:42:31.142732593Z");
    private static final Instant TO_THE_MICROSECOND = Instant.parse("2026-11-30T03:42:31.142732Z");

    @Test
    void anInstantIsCutToTheMicrosecondAndNullStaysNull() {
        assertThat(StoredPrecision.truncate(WITH_NANOS)).isEqualTo(TO_THE_MICROSECOND);
        assertThat(StoredPrecision.truncate(TO_THE_MICROSECOND)).isEqualTo(TO_THE_MICROSECOND);
        assertThat(StoredPrecision.truncate(Instant.parse("1969-12-31T23:59:59.999999999Z")))
                .isEqualTo(Instant.parse("1969-12-31T23:59:59.999999Z"));
        assertThat(StoredPrecision.truncate(null)).isNull();
    }

    @Test
    void theClockTellsTheTimeToTheMicrosecondInTheZoneOfTheClockItWraps() {
        var shanghai = ZoneId.of("Asia/Shanghai");
        var clock = StoredPrecision.clock(Clock.fixed(WITH_NANOS, shanghai));

        assertThat(clock.instant()).isEqualTo(TO_THE_MICROSECOND);
        assertThat(clock.millis()).isEqualTo(TO_THE_MICROSECOND.toEpochMilli());
        assertThat(clock.getZone()).isEqualTo(shanghai);
        assertThat(clock.withZone(ZoneOffset.UTC).instant()).isEqualTo(TO_THE_MICROSECOND);
        assertThat(StoredPrecision.clock(clock)).isSameAs(clock);
        assertThat(clock).isEqualTo(StoredPrecision.clock(Clock.fixed(WITH_NANOS, shanghai)));
    }

    @Test
    void everyCommandKeepsItsInstantsToTheMicrosecond() {
        var violation = new RecordViolation("staff", ViolationType.LATE_ARRIVAL, WITH_NANOS, 10, null, "late", null,
                null, null, null, null, null);
        var leave = new NewLeaveRequest("staff", WITH_NANOS, WITH_NANOS, "family", null);
        var task = new NewTask("staff", "title", "objective", List.of("done"), "standard", WITH_NANOS, null, null, null);
        var adjustment = new RequestAdjustment(WITH_NANOS, null, "more time", "a week later");
        var achievement = new Achievement(RewardTrigger.SUGGESTION_ADOPTED, EmployeeId.of("staff"), "s-1", WITH_NANOS,
                Reason.of("§5.2.1", "rewards.suggestion", "adopted"));

        assertThat(List.of(violation.occurredAt(), leave.startsAt(), leave.endsAt(), task.deadline(),
                adjustment.newDeadline(), achievement.occurredAt())).containsOnly(TO_THE_MICROSECOND);
        assertThat(new RecordViolation("staff", ViolationType.LATE_ARRIVAL, null, 10, null, "late", null, null, null,
                null, null, null).occurredAt()).isNull();
        assertThat(new NewLeaveRequest("staff", null, null, "family", null).endsAt()).isNull();
        assertThat(new NewTask("staff", "t", "o", List.of("r"), "q", null, null, null, null).deadline()).isNull();
        assertThat(new RequestAdjustment(null, List.of("r"), "why", "instead").newDeadline()).isNull();
    }

    @Test
    void theLibraryStampsWhatItRecordsToTheMicrosecondWhateverItsClockTells() {
        var company = new Company();
        company.clock.set(Company.START.plus(Duration.ofDays(3)).plusNanos(123_456_789));

        var recorded = company.policy.discipline().record(company.actor("hr"), new RecordViolation("staff",
                ViolationType.LATE_ARRIVAL, Company.START.plus(Duration.ofDays(2)).plusNanos(987_654_321), 10, null,
                "late", null, null, null, null, null, null));

        var stamped = Company.START.plus(Duration.ofDays(3)).plusNanos(123_456_000);
        assertThat(recorded.violation().recordedAt()).isEqualTo(stamped);
        assertThat(recorded.proposal().decidedAt()).isEqualTo(stamped);
        assertThat(recorded.penalty().orElseThrow().history()).allSatisfy(t -> assertThat(t.at()).isEqualTo(stamped));
        assertThat(recorded.violation().occurredAt())
                .isEqualTo(Company.START.plus(Duration.ofDays(2)).plusNanos(987_654_000));
    }

    @Test
    void aPolicyVersionTakesEffectToTheMicrosecond() {
        var definition = org.servicepolicy.policy.PolicyDefinition.of("2027", Instant.parse("2027-01-01T00:00:00.123456789Z"),
                org.servicepolicy.policy.StandardPolicy.definition().settings());
        assertThat(definition.effectiveFrom()).isEqualTo(Instant.parse("2027-01-01T00:00:00.123456Z"));
    }
}
