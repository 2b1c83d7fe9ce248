package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.meetings.Meetings.SERVICE;
import static org.servicepolicy.meetings.Meetings.STARTS;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Optional;
import java.util.stream.Stream;
import org.instancio.Instancio;
import org.instancio.Random;
import org.instancio.Select;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Outcome;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.StandardPolicy;

/**
 * §5.1.2, §3.1.1, §1.3.3: invariants of attendance and action items over generated cases: an
 * absence is decided a violation exactly when it is unexcused from a compulsory meeting, never by
 * the absentee; an action item is never both done and overdue, and the sweep marks exactly the
 * overdue ones.
 */
class MeetingProperties {
    private static final Employee OWNER = Meetings.employee("owner", SERVICE, EmployeeCategory.MANAGER,
            EmploymentStatus.ON_POST, Optional.empty());
    private static final Employee INVITEE = Meetings.staff("invitee", SERVICE);

    /**
     * One attendance case.
     *
     * @param compulsory  whether the meeting is compulsory
     * @param attendance  the attendance recorded
     * @param bySelf      whether the invitee records it themself
     * @param secondsLate how long after the start it is recorded (negative: before it)
     */
    record AttendanceCase(boolean compulsory, Attendance attendance, boolean bySelf, long secondsLate) {
    }

    /**
     * One action item case.
     *
     * @param dueOn     its due date
     * @param doneAfter how long after the meeting its owner marked it done, if they did
     * @param asOf      the instant looked at
     */
    record ItemCase(LocalDate dueOn, Optional<Duration> doneAfter, Instant asOf) {
    }

    private static AttendanceCase attendanceCase(Random random) {
        return new AttendanceCase(random.trueOrFalse(), random.oneOf(Attendance.values()), random.intRange(0, 4) == 0,
                random.longRange(-Duration.ofDays(1).toSeconds(), Duration.ofDays(9).toSeconds()));
    }

    private static ItemCase itemCase(Random random) {
        var dueOn = LocalDate.of(2026, 5, 4).plusDays(random.intRange(0, 20));
        var done = random.trueOrFalse() ? Optional.of(Duration.ofSeconds(random.longRange(0,
                Duration.ofDays(25).toSeconds()))) : Optional.<Duration>empty();
        return new ItemCase(dueOn, done, STARTS.plusSeconds(random.longRange(0, Duration.ofDays(30).toSeconds())));
    }

    static Stream<AttendanceCase> attendanceCases() {
        return Instancio.ofList(AttendanceCase.class).size(300).withSeed(5_120)
                .supply(Select.all(AttendanceCase.class), MeetingProperties::attendanceCase).create().stream();
    }

    static Stream<ItemCase> itemCases() {
        return Instancio.ofList(ItemCase.class).size(300).withSeed(5_121)
                .supply(Select.all(ItemCase.class), MeetingProperties::itemCase).create().stream();
    }

    @ParameterizedTest
    @MethodSource("attendanceCases")
    void anAbsenceIsAViolationExactlyWhenUnexcusedFromACompulsoryMeetingAndNeverSelfRecorded(AttendanceCase sample) {
        var meeting = Meetings.meeting(MeetingKind.DEPARTMENT, OWNER.id(), sample.compulsory(), INVITEE.id());
        var recorder = Meetings.actor(sample.bySelf() ? INVITEE : OWNER);
        var at = STARTS.plusSeconds(sample.secondsLate());
        var open = !at.isBefore(STARTS) && !at.isAfter(STARTS.plus(Duration.ofDays(7)));

        var outcome = MeetingRules.recordAttendance(new MarkAttendance("invitee", sample.attendance()),
                new MeetingRules.Recording(meeting, OWNER, Optional.of(INVITEE), StandardPolicy.definition()),
                stamp(recorder, at));

        assertThat(outcome instanceof Outcome.Decided).isEqualTo(open && !sample.bySelf());
        if (outcome instanceof Outcome.Decided<MeetingStores, MeetingRules.Marked> decided) {
            var violation = sample.compulsory() && sample.attendance() == Attendance.UNEXCUSED;
            assertThat(decided.decisions()).hasSize(violation ? 1 : 0).allSatisfy(d -> {
                assertThat(d.subject()).isEqualTo(INVITEE.id());
                assertThat(d.decidedBy()).contains(OWNER.id()).isNotEqualTo(Optional.of(d.subject()));
            });
        }
    }

    @ParameterizedTest
    @MethodSource("itemCases")
    void anItemIsNeverBothDoneAndOverdueAndTheSweepMarksExactlyTheOverdue(ItemCase sample) {
        var open = Meetings.item(INVITEE.id(), sample.dueOn());
        var item = sample.doneAfter().filter(d -> !STARTS.plus(d).isAfter(sample.asOf()))
                .map(d -> open.done(STARTS.plus(d))).orElse(open);

        var overdue = item.overdueAt(sample.asOf());
        var marks = Outcomes.decided(ActionItemRules.mark(item, sample.asOf())).changes();

        assertThat(overdue && item.status() == ActionItemStatus.DONE).isFalse();
        assertThat(overdue).isEqualTo(item.status() == ActionItemStatus.OPEN && !sample.asOf().isBefore(item.dueAt()));
        assertThat(marks).hasSize(overdue ? 1 : 0);
    }
}
