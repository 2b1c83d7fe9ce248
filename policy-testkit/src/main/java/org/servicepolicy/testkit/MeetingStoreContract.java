package org.servicepolicy.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.ConflictException;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.meetings.ActionItem;
import org.servicepolicy.meetings.ActionItemId;
import org.servicepolicy.meetings.ActionItemStatus;
import org.servicepolicy.meetings.Attendance;
import org.servicepolicy.meetings.AttendanceMark;
import org.servicepolicy.meetings.Meeting;
import org.servicepolicy.meetings.MeetingId;
import org.servicepolicy.meetings.MeetingKind;

/**
 * The contract of {@link org.servicepolicy.meetings.MeetingStore} (§5.1.2): a meeting comes back
 * whole, with its minutes and attendance in the order recorded; action items too; updates are
 * optimistic; the lists are ordered; the sweep's read finds exactly the open items at or past
 * their due instant and not marked; an item is marked once, and marking it done keeps the mark.
 */
public abstract class MeetingStoreContract extends PortContract {
    private static final DepartmentId OTHER = DepartmentId.of("D-other");
    private static final EmployeeId GUEST = EmployeeId.of("E-guest");
    private static final LocalDate DUE_ON = LocalDate.of(2025, 3, 10);
    private static final Instant DUE_AT = DUE_ON.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();

    @BeforeEach
    void seedThePeople() {
        givenTheFixtureEmployees();
        givenEmployee(Fixtures.employee(GUEST.value()).department(OTHER).build());
    }

    /** A compulsory cross-department meeting owned by HR, inviting the fixture employee and the guest. */
    private static Meeting meeting(String id, EmployeeId owner, Instant startsAt) {
        return new Meeting(MeetingId.of(id), MeetingKind.CROSS_DEPARTMENT, "Handover of 客户-7 cases", owner,
                List.of(Fixtures.DEPARTMENT, OTHER), startsAt, true, List.of(Fixtures.EMPLOYEE, GUEST),
                Fixtures.T0, "v1", Optional.empty(), Optional.empty(), List.of(), 0);
    }

    /** An open item of {@code meeting} owned by {@code owner}, due on {@code dueOn} (UTC). */
    private static ActionItem item(String id, MeetingId meeting, EmployeeId owner, LocalDate dueOn) {
        return new ActionItem(ActionItemId.of(id), meeting, owner, "Send the meter list", dueOn,
                dueOn.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(), ActionItemStatus.OPEN, Fixtures.HR,
                Fixtures.T0, Optional.empty(), 0);
    }

    @Test
    void aMeetingIsFoundAsAddedAtVersionOne() {
        var added = ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().meetings().find(MeetingId.of("M-1"))).contains(added);
        assertThat(ports().meetings().find(MeetingId.of("M-9"))).isEmpty();
        assertThatThrownBy(() -> ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0)))
                .isInstanceOf(ConflictException.class);
    }

    @Test
    void minutesAndAttendanceComeBackWholeInTheOrderRecordedAndUpdatesAreOptimistic() {
        var stored = ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));
        var later = Fixtures.minutesAfterT0(90);
        var minuted = ports().meetings().update(stored.withMinutes("Agreed: 客户-7 goes to D-other.", later));
        var first = ports().meetings().update(minuted.withAttendance(new AttendanceMark(GUEST, Attendance.UNEXCUSED,
                Fixtures.HR, later)));
        var second = ports().meetings().update(first.withAttendance(new AttendanceMark(Fixtures.EMPLOYEE,
                Attendance.PRESENT, Fixtures.HR, later.plusSeconds(1))));

        assertThat(second.version()).isEqualTo(4);
        var found = ports().meetings().find(stored.id()).orElseThrow();
        assertThat(found).isEqualTo(second);
        assertThat(found.minutes()).contains("Agreed: 客户-7 goes to D-other.");
        assertThat(found.attendance()).extracting(AttendanceMark::invitee).containsExactly(GUEST, Fixtures.EMPLOYEE);
        assertThat(found.attendanceOf(GUEST)).contains(Attendance.UNEXCUSED);
        assertThatThrownBy(() -> ports().meetings().update(minuted)).isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().meetings().update(meeting("M-9", Fixtures.HR, Fixtures.T0).atVersion(1)))
                .isInstanceOf(NotFoundException.class);
    }

    @Test
    void anEmployeeSeesTheMeetingsTheyOwnOrAreInvitedToEarliestFirst() {
        ports().meetings().add(meeting("M-2", Fixtures.HR, Fixtures.minutesAfterT0(60)));
        ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.minutesAfterT0(60)));
        ports().meetings().add(meeting("M-0", GUEST, Fixtures.T0));

        assertThat(ports().meetings().of(Fixtures.EMPLOYEE)).extracting(m -> m.id().value())
                .containsExactly("M-0", "M-1", "M-2");
        assertThat(ports().meetings().of(Fixtures.HR)).extracting(m -> m.id().value()).containsExactly("M-1", "M-2");
        assertThat(ports().meetings().of(EmployeeId.of("E-nobody"))).isEmpty();
    }

    @Test
    void anItemIsFoundAsAddedAndMarkedDoneOptimistically() {
        ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));
        var added = ports().meetings().addItem(item("A-1", MeetingId.of("M-1"), GUEST, DUE_ON));

        assertThat(added.version()).isEqualTo(1);
        assertThat(ports().meetings().findItem(ActionItemId.of("A-1"))).contains(added);
        assertThat(ports().meetings().findItem(ActionItemId.of("A-9"))).isEmpty();
        assertThatThrownBy(() -> ports().meetings().addItem(item("A-1", MeetingId.of("M-1"), GUEST, DUE_ON)))
                .isInstanceOf(ConflictException.class);
        var done = ports().meetings().updateItem(added.done(DUE_AT));
        assertThat(done.version()).isEqualTo(2);
        assertThat(ports().meetings().findItem(added.id())).contains(done);
        assertThatThrownBy(() -> ports().meetings().updateItem(added.done(DUE_AT)))
                .isInstanceOf(ConflictException.class);
        assertThatThrownBy(() -> ports().meetings().updateItem(item("A-9", MeetingId.of("M-1"), GUEST, DUE_ON)
                .atVersion(1))).isInstanceOf(NotFoundException.class);
    }

    @Test
    void itemsAreListedByMeetingByOwnerAndByMeetingOwnerEarliestDueFirst() {
        ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));
        ports().meetings().add(meeting("M-2", GUEST, Fixtures.T0));
        ports().meetings().addItem(item("A-2", MeetingId.of("M-1"), GUEST, DUE_ON));
        ports().meetings().addItem(item("A-1", MeetingId.of("M-1"), Fixtures.EMPLOYEE, DUE_ON));
        ports().meetings().addItem(item("A-0", MeetingId.of("M-1"), GUEST, DUE_ON.plusDays(1)));
        ports().meetings().addItem(item("A-3", MeetingId.of("M-2"), GUEST, DUE_ON.minusDays(1)));

        assertThat(ports().meetings().itemsOf(MeetingId.of("M-1"))).extracting(i -> i.id().value())
                .containsExactly("A-1", "A-2", "A-0");
        assertThat(ports().meetings().itemsOwnedBy(GUEST)).extracting(i -> i.id().value())
                .containsExactly("A-3", "A-2", "A-0");
        assertThat(ports().meetings().itemsOfMeetingsOwnedBy(Fixtures.HR)).extracting(i -> i.id().value())
                .containsExactly("A-1", "A-2", "A-0");
        assertThat(ports().meetings().itemsOfMeetingsOwnedBy(Fixtures.EMPLOYEE)).isEmpty();
    }

    @Test
    void theSweepFindsOpenItemsAtOrPastTheirDueInstantAndNotMarked() {
        ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));
        var meeting = MeetingId.of("M-1");
        ports().meetings().addItem(item("A-due-exactly", meeting, GUEST, DUE_ON));
        ports().meetings().addItem(item("A-late", meeting, GUEST, DUE_ON.minusDays(1)));
        ports().meetings().addItem(item("A-not-yet", meeting, GUEST, DUE_ON.plusDays(1)));
        var done = ports().meetings().addItem(item("A-done", meeting, GUEST, DUE_ON.minusDays(1)));
        ports().meetings().updateItem(done.done(DUE_AT.minus(Duration.ofDays(3))));
        ports().meetings().addItem(item("A-marked", meeting, GUEST, DUE_ON.minusDays(1)));
        ports().meetings().markOverdueOnce(ActionItemId.of("A-marked"), DUE_AT);

        assertThat(ports().meetings().dueForSweep(DUE_AT)).extracting(i -> i.id().value())
                .containsExactly("A-late", "A-due-exactly");
        assertThat(ports().meetings().dueForSweep(DUE_AT.minusNanos(1000))).extracting(i -> i.id().value())
                .containsExactly("A-late");
    }

    @Test
    void anItemIsMarkedOnceAndMarkingItDoneKeepsTheMark() {
        ports().meetings().add(meeting("M-1", Fixtures.HR, Fixtures.T0));
        var stored = ports().meetings().addItem(item("A-1", MeetingId.of("M-1"), GUEST, DUE_ON));

        assertThat(ports().meetings().overdueMarkedAt(stored.id())).isEmpty();
        assertThat(ports().meetings().markOverdueOnce(stored.id(), DUE_AT)).isTrue();
        assertThat(ports().meetings().markOverdueOnce(stored.id(), DUE_AT.plusSeconds(1))).isFalse();
        ports().meetings().updateItem(stored.done(DUE_AT.plusSeconds(2)));
        assertThat(ports().meetings().overdueMarkedAt(stored.id())).contains(DUE_AT);
        assertThat(ports().meetings().overdueMarkedAt(ActionItemId.of("A-9"))).isEmpty();
    }
}
