package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.fixtures.Outcomes.decided;
import static org.servicepolicy.fixtures.Outcomes.refusal;
import static org.servicepolicy.fixtures.Outcomes.stamp;
import static org.servicepolicy.meetings.Meetings.PROJECTS;
import static org.servicepolicy.meetings.Meetings.SERVICE;
import static org.servicepolicy.meetings.Meetings.STARTS;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.kernel.Reason;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Department;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.StandardPolicy;
import org.servicepolicy.policy.ViolationType;

/** §5.1.2, §2.2.2, §3.1.1: scheduling meetings, their minutes and attendance, decided without stores. */
class MeetingRulesTest {
    private static final Employee MANAGER = Meetings.employee("manager", SERVICE, EmployeeCategory.MANAGER,
            EmploymentStatus.ON_POST, Optional.empty());
    private static final Employee STAFF = Meetings.staff("staff", SERVICE);
    private static final Employee DEV = Meetings.staff("dev", PROJECTS);
    private static final Employee GONE = Meetings.employee("gone", SERVICE, EmployeeCategory.STAFF,
            EmploymentStatus.LEFT, Optional.empty());

    private static ScheduleMeeting command(MeetingKind kind, boolean compulsory, List<String> departments,
                                           String... invitees) {
        return new ScheduleMeeting(kind, " Weekly review ", STARTS, compulsory, departments, List.of(invitees));
    }

    private static MeetingRules.Scheduling facts(List<Optional<Department>> departments, Employee... invitees) {
        return new MeetingRules.Scheduling(MANAGER, departments, List.of(invitees), StandardPolicy.definition());
    }

    private static MeetingRules.Recording recording(Meeting meeting, Employee invitee) {
        return new MeetingRules.Recording(meeting, MANAGER, Optional.of(invitee), StandardPolicy.definition());
    }

    @Test
    @DisplayName("§5.1.2: a department meeting is scheduled, owned by its organiser, with its event and audit")
    void schedulingADepartmentMeeting() {
        var outcome = decided(MeetingRules.schedule(command(MeetingKind.DEPARTMENT, true, List.of("service"),
                "staff", "manager"), facts(List.of(Optional.of(new Department(SERVICE, "Service"))), STAFF, MANAGER),
                stamp(Meetings.actor(MANAGER), STARTS.minusSeconds(3_600))));

        assertThat(outcome.changes()).hasSize(1);
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.Scheduled.class, e -> {
            assertThat(e.owner()).isEqualTo(MANAGER.id());
            assertThat(e.compulsory()).isTrue();
        });
        assertThat(outcome.audit()).singleElement().satisfies(a -> assertThat(a.action()).isEqualTo("meetings.schedule"));
    }

    @Test
    @DisplayName("§5.1.2: unknown departments, invitees not employed or outside the meeting's departments are refused by field")
    void schedulingRefusesWrongDepartmentsAndInvitees() {
        var refused = refusal(MeetingRules.schedule(command(MeetingKind.CROSS_DEPARTMENT, false,
                List.of("service", "nowhere"), "staff", "dev", "gone", "nobody"), facts(List.of(
                Optional.of(new Department(SERVICE, "Service")), Optional.empty()), STAFF, DEV, GONE),
                stamp(Meetings.actor(STAFF), STARTS.minusSeconds(60))));

        assertThat(refused).isInstanceOfSatisfying(Refusal.InvalidFields.class, r -> assertThat(r.problems())
                .extracting(p -> p.field()).containsExactly("departmentIds[1]", "inviteeIds[1]", "inviteeIds[2]",
                        "inviteeIds[3]"));
        var company = decided(MeetingRules.schedule(command(MeetingKind.COMPANY, false, List.of(), "staff", "dev"),
                facts(List.of(), STAFF, DEV), stamp(Meetings.actor(STAFF), STARTS.minusSeconds(60))));
        assertThat(company.changes()).hasSize(1);
    }

    @Test
    @DisplayName("§5.1.2: a staff member may not make a meeting compulsory")
    void aCompulsoryMeetingNeedsAuthority() {
        assertThat(refusal(MeetingRules.schedule(command(MeetingKind.DEPARTMENT, true, List.of("service"), "manager"),
                facts(List.of(Optional.of(new Department(SERVICE, "Service"))), MANAGER),
                stamp(Meetings.actor(STAFF), STARTS.minusSeconds(60))))).isInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§5.1.2: the minutes are kept once the meeting started, once, by its owner")
    void minutes() {
        var meeting = Meetings.meeting(MeetingKind.DEPARTMENT, MANAGER.id(), false, STAFF.id());
        var owner = Meetings.actor(MANAGER);

        assertThat(decided(MeetingRules.recordMinutes(meeting, new MeetingMinutes(" Agreed. "), stamp(owner, STARTS)))
                .events()).singleElement().isInstanceOf(MeetingEvent.MinutesRecorded.class);
        assertThat(refusal(MeetingRules.recordMinutes(meeting, new MeetingMinutes("early"),
                stamp(owner, STARTS.minusSeconds(1))))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("meetings.not-started"));
        assertThat(refusal(MeetingRules.recordMinutes(meeting.withMinutes("Agreed.", STARTS),
                new MeetingMinutes("again"), stamp(owner, STARTS)))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("meetings.minutes.once"));
        assertThat(refusal(MeetingRules.recordMinutes(meeting, new MeetingMinutes("mine"),
                stamp(Meetings.actor(STAFF), STARTS)))).isInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§5.1.2, §3.1.1: an unexcused absence from a compulsory meeting is decided a MEETING_OR_TRAINING_ABSENCE, with reasons")
    void anUnexcusedAbsenceFromACompulsoryMeeting() {
        var meeting = Meetings.meeting(MeetingKind.DEPARTMENT, MANAGER.id(), true, STAFF.id());
        var at = STARTS.plus(Duration.ofHours(2));

        var outcome = decided(MeetingRules.recordAttendance(new MarkAttendance("staff", Attendance.UNEXCUSED),
                recording(meeting, STAFF), stamp(Meetings.actor(MANAGER), at)));

        assertThat(outcome.decisions()).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(MeetingRules.UNEXCUSED_ABSENCE);
            assertThat(d.subject()).isEqualTo(STAFF.id());
            assertThat(d.outcome()).isEqualTo(ViolationType.MEETING_OR_TRAINING_ABSENCE.name());
            assertThat(d.factAt()).isEqualTo(STARTS);
            assertThat(d.decidedBy()).contains(MANAGER.id());
            assertThat(d.reasons()).extracting(Reason::clause).containsExactly("§5.1.2", "§3.1.1");
        });
        assertThat(outcome.events()).singleElement().isInstanceOfSatisfying(MeetingEvent.AttendanceRecorded.class,
                e -> assertThat(e.attendance()).isEqualTo(Attendance.UNEXCUSED));
    }

    @Test
    @DisplayName("§5.1.2: present, excused, or absent from an optional meeting: no decision")
    void otherAttendanceDecidesNothing() {
        var compulsory = Meetings.meeting(MeetingKind.DEPARTMENT, MANAGER.id(), true, STAFF.id());
        var optional = Meetings.meeting(MeetingKind.DEPARTMENT, MANAGER.id(), false, STAFF.id());
        var owner = stamp(Meetings.actor(MANAGER), STARTS);

        assertThat(decided(MeetingRules.recordAttendance(new MarkAttendance("staff", Attendance.EXCUSED),
                recording(compulsory, STAFF), owner)).decisions()).isEmpty();
        assertThat(decided(MeetingRules.recordAttendance(new MarkAttendance("staff", Attendance.PRESENT),
                recording(compulsory, STAFF), owner)).decisions()).isEmpty();
        assertThat(decided(MeetingRules.recordAttendance(new MarkAttendance("staff", Attendance.UNEXCUSED),
                recording(optional, STAFF), owner)).decisions()).isEmpty();
    }

    @Test
    @DisplayName("§5.1.2: attendance is recorded once per invitee, of invitees, from the start until the policy's time after it")
    void attendanceIsRecordedOnceWithinThePolicysTime() {
        var meeting = Meetings.meeting(MeetingKind.DEPARTMENT, MANAGER.id(), true, STAFF.id());
        var owner = Meetings.actor(MANAGER);
        var mark = new MarkAttendance("staff", Attendance.PRESENT);
        var closes = STARTS.plus(Duration.ofDays(7));

        assertThat(decided(MeetingRules.recordAttendance(mark, recording(meeting, STAFF), stamp(owner, closes)))
                .changes()).hasSize(1);
        assertThat(refusal(MeetingRules.recordAttendance(mark, recording(meeting, STAFF),
                stamp(owner, closes.plusNanos(1_000))))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("meetings.attendance.closed"));
        assertThat(refusal(MeetingRules.recordAttendance(mark, recording(meeting, STAFF),
                stamp(owner, STARTS.minusSeconds(1))))).isInstanceOfSatisfying(Refusal.Policy.class,
                p -> assertThat(p.rule()).isEqualTo("meetings.not-started"));
        var recorded = meeting.withAttendance(new AttendanceMark(STAFF.id(), Attendance.EXCUSED, MANAGER.id(), STARTS));
        assertThat(refusal(MeetingRules.recordAttendance(mark, recording(recorded, STAFF), stamp(owner, STARTS))))
                .isInstanceOfSatisfying(Refusal.Policy.class,
                        p -> assertThat(p.rule()).isEqualTo("meetings.attendance.once"));
        assertThat(refusal(MeetingRules.recordAttendance(new MarkAttendance("dev", Attendance.PRESENT),
                recording(meeting, DEV), stamp(owner, STARTS)))).isInstanceOfSatisfying(Refusal.Invalid.class,
                r -> assertThat(r.field()).isEqualTo("employeeId"));
    }
}
