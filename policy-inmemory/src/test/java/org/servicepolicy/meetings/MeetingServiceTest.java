package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.Violation;
import org.servicepolicy.fixtures.Company;
import org.servicepolicy.kernel.AccessDeniedException;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.kernel.PolicyRefusalException;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.kernel.ServicePolicyException;
import org.servicepolicy.people.DepartureReason;
import org.servicepolicy.people.RecordDeparture;
import org.servicepolicy.policy.ViolationType;

/** §5.1.2, §2.2.2, §3.1.1, §1.3.3: meetings and their action items through the public API, on in-memory ports. */
class MeetingServiceTest {
    private static final EmployeeId STAFF = EmployeeId.of("staff");
    private static final EmployeeId COLLEAGUE = EmployeeId.of("colleague");
    private static final EmployeeId MANAGER = EmployeeId.of("manager");

    private final Company company = new Company();
    private final MeetingService meetings = company.policy.meetings();

    /** A compulsory department meeting of the service department, owned by its manager, starting in an hour. */
    private Meeting departmentMeeting() {
        return meetings.schedule(company.actor("manager"), new ScheduleMeeting(MeetingKind.DEPARTMENT,
                "Weekly service review", company.clock.instant().plus(Duration.ofHours(1)), true, List.of("service"),
                List.of("staff", "colleague", "manager")));
    }

    private List<String> eventTypes() {
        return company.stores.eventLog().after(0, 10_000).stream().map(PublishedEvent::type).toList();
    }

    private int eventCount() {
        return eventTypes().size();
    }

    private LocalDate today() {
        return company.clock.instant().atZone(ZoneOffset.UTC).toLocalDate();
    }

    @Test
    @DisplayName("§5.1.2, §3.1.1: the whole meeting: scheduled, minuted, attendance recorded, an unexcused absence a violation, items done and swept")
    void theWholeMeeting() {
        var scheduled = departmentMeeting();
        company.clock.advance(Duration.ofHours(2));
        var owner = company.actor("manager");

        var minuted = meetings.recordMinutes(owner, scheduled.id(), new MeetingMinutes(" Queue times discussed. "));
        var present = meetings.recordAttendance(owner, scheduled.id(), new MarkAttendance("staff", Attendance.PRESENT));
        var absent = meetings.recordAttendance(owner, scheduled.id(),
                new MarkAttendance("colleague", Attendance.UNEXCUSED));
        var ownersOwn = meetings.recordAttendance(company.actor("hr"), scheduled.id(),
                new MarkAttendance("manager", Attendance.EXCUSED));
        var item = meetings.addActionItem(owner, scheduled.id(), new AddActionItem("staff", "Publish the queue report",
                today()));
        var late = meetings.addActionItem(owner, scheduled.id(), new AddActionItem("colleague", "Call 客户-7 back",
                today()));
        var done = meetings.markDone(company.actor("staff"), item.id());

        assertThat(minuted.minutes()).contains("Queue times discussed.");
        assertThat(present.decision()).isEmpty();
        assertThat(present.violation()).isEmpty();
        assertThat(absent.decision()).hasValueSatisfying(d -> {
            assertThat(d.kind()).isEqualTo(MeetingRules.UNEXCUSED_ABSENCE);
            assertThat(d.subject()).isEqualTo(COLLEAGUE);
            assertThat(d.reasons()).isNotEmpty();
        });
        assertThat(absent.violation()).hasValueSatisfying(v -> {
            assertThat(v.violation().type()).isEqualTo(ViolationType.MEETING_OR_TRAINING_ABSENCE);
            assertThat(v.violation().occurredAt()).isEqualTo(scheduled.startsAt());
        });
        assertThat(company.stores.violations().of(COLLEAGUE)).extracting(Violation::type)
                .containsExactly(ViolationType.MEETING_OR_TRAINING_ABSENCE);
        assertThat(company.stores.decisions().about(COLLEAGUE)).extracting(d -> d.kind())
                .contains(MeetingRules.UNEXCUSED_ABSENCE);
        assertThat(ownersOwn.meeting().attendanceOf(MANAGER)).contains(Attendance.EXCUSED);
        assertThat(ownersOwn.meeting().attendance()).extracting(AttendanceMark::recordedBy)
                .extracting(EmployeeId::value).containsExactly("manager", "manager", "hr");
        assertThat(done.status()).isEqualTo(ActionItemStatus.DONE);
        assertThat(meetings.actionItems(company.actor("colleague"), scheduled.id())).extracting(ActionItem::id)
                .containsExactlyInAnyOrder(item.id(), late.id());
        assertThat(meetings.overdueOfMyMeetings(owner)).isEmpty();

        company.clock.advance(Duration.ofDays(1));
        var swept = meetings.sweep(company.clock.instant());
        var again = meetings.sweepNow(company.actor("hr"));

        assertThat(swept.marked()).containsExactly(late.id());
        assertThat(again.marked()).isEmpty();
        assertThat(meetings.overdueOfMyMeetings(owner)).extracting(ActionItem::id).containsExactly(late.id());
        assertThat(meetings.overdueOfMyMeetings(company.actor("staff"))).isEmpty();
        assertThat(company.stores.meetings().overdueMarkedAt(late.id())).isPresent();
        assertThat(company.stores.auditTrail().about("action-item", late.id().value()))
                .extracting(a -> a.action()).contains("meetings.action-item.overdue");
        assertThat(eventTypes()).containsSubsequence("MeetingScheduled", "MeetingMinutesRecorded",
                "MeetingAttendanceRecorded", "MeetingActionItemAdded", "MeetingActionItemDone",
                "MeetingActionItemOverdue");
        assertThat(eventTypes()).filteredOn("MeetingActionItemOverdue"::equals).hasSize(1);
    }

    @Test
    @DisplayName("§1.3.3: nobody records their own attendance, the owner included; refused, it changes nothing")
    void nobodyRecordsTheirOwnAttendance() {
        var scheduled = departmentMeeting();
        company.clock.advance(Duration.ofHours(2));
        var events = eventCount();

        assertThatThrownBy(() -> meetings.recordAttendance(company.actor("manager"), scheduled.id(),
                new MarkAttendance("manager", Attendance.PRESENT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(company.actor("staff"), scheduled.id(),
                new MarkAttendance("staff", Attendance.PRESENT))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(company.actor("staff"), scheduled.id(),
                new MarkAttendance("colleague", Attendance.UNEXCUSED))).isInstanceOf(AccessDeniedException.class);

        assertThat(meetings.meeting(company.actor("manager"), scheduled.id())).isEqualTo(scheduled);
        assertThat(company.stores.violations().of(COLLEAGUE)).isEmpty();
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @DisplayName("§5.1.2: refused commands change nothing: too early, twice, not invited, by the wrong person, malformed")
    void refusalsChangeNothing() {
        var scheduled = departmentMeeting();
        var owner = company.actor("manager");
        var events = eventCount();

        assertThatThrownBy(() -> meetings.recordMinutes(owner, scheduled.id(), new MeetingMinutes("early")))
                .isInstanceOf(PolicyRefusalException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(owner, scheduled.id(),
                new MarkAttendance("staff", Attendance.UNEXCUSED))).isInstanceOf(PolicyRefusalException.class);
        company.clock.advance(Duration.ofHours(2));
        assertThatThrownBy(() -> meetings.recordAttendance(owner, scheduled.id(),
                new MarkAttendance("pm", Attendance.UNEXCUSED))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.recordMinutes(company.actor("staff"), scheduled.id(),
                new MeetingMinutes("mine"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.addActionItem(owner, scheduled.id(), new AddActionItem("staff", "x",
                today().minusDays(1)))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.addActionItem(owner, scheduled.id(), new AddActionItem("nobody", "x",
                today()))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.recordAttendance(owner, scheduled.id(), null))
                .isInstanceOf(InvalidInputException.class);

        assertThat(meetings.meeting(owner, scheduled.id())).isEqualTo(scheduled);
        assertThat(meetings.actionItems(owner, scheduled.id())).isEmpty();
        assertThat(eventCount()).isEqualTo(events);

        meetings.recordAttendance(owner, scheduled.id(), new MarkAttendance("staff", Attendance.UNEXCUSED));
        var afterFirst = eventCount();
        assertThatThrownBy(() -> meetings.recordAttendance(owner, scheduled.id(),
                new MarkAttendance("staff", Attendance.EXCUSED))).isInstanceOf(PolicyRefusalException.class);
        company.clock.advance(Duration.ofDays(8));
        assertThatThrownBy(() -> meetings.recordAttendance(owner, scheduled.id(),
                new MarkAttendance("colleague", Attendance.UNEXCUSED))).isInstanceOf(PolicyRefusalException.class);
        assertThat(company.stores.violations().of(STAFF)).hasSize(1);
        assertThat(company.stores.violations().of(COLLEAGUE)).isEmpty();
        assertThat(eventCount()).isEqualTo(afterFirst);
    }

    @Test
    @DisplayName("§3.1.1: when discipline refuses the violation (the invitee has left), the attendance is not recorded either")
    void aRefusedViolationKeepsNoAttendance() {
        var scheduled = departmentMeeting();
        company.clock.advance(Duration.ofHours(2));
        company.policy.people().depart(company.actor("hr"), COLLEAGUE, RecordDeparture.of(DepartureReason.RESIGNATION,
                "moved away"));
        var events = eventCount();

        assertThatThrownBy(() -> meetings.recordAttendance(company.actor("manager"), scheduled.id(),
                new MarkAttendance("colleague", Attendance.UNEXCUSED))).isInstanceOf(PolicyRefusalException.class);

        assertThat(meetings.meeting(company.actor("manager"), scheduled.id()).attendance()).isEmpty();
        assertThat(company.stores.decisions().about(COLLEAGUE)).extracting(d -> d.kind())
                .doesNotContain(MeetingRules.UNEXCUSED_ABSENCE);
        assertThat(eventCount()).isEqualTo(events);
    }

    @Test
    @DisplayName("§5.1.2: scheduling: a staff member may not make a meeting compulsory; wrong departments and invitees store nothing")
    void schedulingRefusals() {
        var later = company.clock.instant().plus(Duration.ofHours(1));

        assertThatThrownBy(() -> meetings.schedule(company.actor("staff"), new ScheduleMeeting(MeetingKind.DEPARTMENT,
                "Mine", later, true, List.of("service"), List.of("colleague")))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.schedule(company.actor("manager"), new ScheduleMeeting(
                MeetingKind.DEPARTMENT, "Mixed", later, false, List.of("service"), List.of("staff", "pm"))))
                .isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.schedule(company.actor("manager"), new ScheduleMeeting(
                MeetingKind.CROSS_DEPARTMENT, "Nowhere", later, false, List.of("service", "nowhere"),
                List.of("staff")))).isInstanceOf(InvalidInputException.class);
        assertThatThrownBy(() -> meetings.schedule(company.actor("manager"), new ScheduleMeeting(
                MeetingKind.COMPANY, "Past", company.clock.instant(), false, null, List.of("staff"))))
                .isInstanceOf(InvalidInputException.class);

        assertThat(meetings.myMeetings(company.actor("manager"))).isEmpty();
        assertThat(meetings.myMeetings(company.actor("staff"))).isEmpty();
        assertThat(eventTypes()).doesNotContain("MeetingScheduled");
    }

    @Test
    @DisplayName("§2.2.2: a cross-department meeting invites both departments; the invitees, the owner and HR read it, nobody else")
    void crossDepartmentMeetingsAndWhoReadsThem() {
        var cross = meetings.schedule(company.actor("pm"), new ScheduleMeeting(MeetingKind.CROSS_DEPARTMENT,
                "Handover", company.clock.instant().plus(Duration.ofHours(1)), true, List.of("projects", "service"),
                List.of("inspector", "staff")));
        var optional = meetings.schedule(company.actor("temp"), new ScheduleMeeting(MeetingKind.COMPANY, "Lunch talk",
                company.clock.instant().plus(Duration.ofHours(2)), false, null, List.of("staff", "pm")));

        assertThat(cross.departments()).extracting(d -> d.value()).containsExactly("projects", "service");
        assertThat(meetings.meeting(company.actor("staff"), cross.id())).isEqualTo(cross);
        assertThat(meetings.meeting(company.actor("hr"), cross.id())).isEqualTo(cross);
        assertThatThrownBy(() -> meetings.meeting(company.actor("colleague"), cross.id()))
                .isInstanceOf(NotFoundException.class);
        assertThatThrownBy(() -> meetings.actionItems(company.actor("manager"), cross.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(meetings.myMeetings(company.actor("staff"))).extracting(Meeting::id)
                .containsExactly(cross.id(), optional.id());
        assertThat(meetings.myMeetings(company.actor("temp"))).extracting(Meeting::id).containsExactly(optional.id());
    }

    @Test
    @DisplayName("§5.1.2: only the item's owner marks it done, once; the others do not see it as theirs")
    void markingDone() {
        var scheduled = departmentMeeting();
        company.clock.advance(Duration.ofHours(2));
        var item = meetings.addActionItem(company.actor("manager"), scheduled.id(), new AddActionItem("staff",
                "Publish the queue report", today().plusDays(3)));

        assertThatThrownBy(() -> meetings.markDone(company.actor("manager"), item.id()))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.markDone(company.actor("pm"), item.id()))
                .isInstanceOf(NotFoundException.class);
        assertThat(meetings.myActionItems(company.actor("staff"))).containsExactly(item);
        assertThat(meetings.myActionItems(company.actor("colleague"))).isEmpty();
        meetings.markDone(company.actor("staff"), item.id());
        assertThatThrownBy(() -> meetings.markDone(company.actor("staff"), item.id()))
                .isInstanceOf(ServicePolicyException.class);
        assertThat(meetings.myActionItems(company.actor("staff"))).singleElement()
                .satisfies(i -> assertThat(i.status()).isEqualTo(ActionItemStatus.DONE));
    }

    @Test
    @DisplayName("§5.1.2: the sweep is HR's on request and never for the future")
    void sweepingOnRequest() {
        assertThatThrownBy(() -> meetings.sweepNow(company.actor("manager"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> meetings.sweep(company.clock.instant().plusSeconds(1)))
                .isInstanceOf(InvalidInputException.class);
        assertThat(meetings.sweepNow(company.actor("hr")).marked()).isEmpty();
    }
}
