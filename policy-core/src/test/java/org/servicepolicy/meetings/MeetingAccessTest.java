package org.servicepolicy.meetings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.servicepolicy.meetings.Meetings.PROJECTS;
import static org.servicepolicy.meetings.Meetings.SERVICE;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.servicepolicy.fixtures.Outcomes;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Employee;
import org.servicepolicy.people.EmployeeCategory;
import org.servicepolicy.people.EmploymentStatus;

/** §5.1, §1.3.3: who may organise, keep the record of, read and sweep meetings, and name responders, per operation. */
class MeetingAccessTest {
    private static final Actor OWNER = Outcomes.staff("owner", "service");
    private static final Actor INVITEE = Outcomes.staff("invitee", "service");
    private static final Actor COLLEAGUE = Outcomes.staff("colleague", "service");
    private static final Actor MANAGER = Outcomes.manager("manager", "service");
    private static final Actor PM = Outcomes.manager("pm", "projects");
    private static final Actor CFO = Outcomes.manager("cfo", "finance");
    private static final Actor HR = Outcomes.hr("hr");
    private static final Meeting MEETING = Meetings.meeting(MeetingKind.DEPARTMENT, OWNER.id(), true, INVITEE.id(),
            OWNER.id());
    private static final Employee OWNER_RECORD = Meetings.employee("owner", SERVICE,
            EmployeeCategory.STAFF, EmploymentStatus.ON_POST, Optional.of(CFO.id()));

    @Test
    @DisplayName("§5.1.2: anyone organises an optional meeting; a compulsory one HR, or a manager of one of its departments")
    void organising() {
        for (var kind : MeetingKind.values()) {
            assertThat(MeetingAccess.mayOrganise(COLLEAGUE, kind, List.of(SERVICE), false)).as(kind.name()).isEmpty();
            assertThat(MeetingAccess.mayOrganise(HR, kind, List.of(SERVICE), true)).as(kind.name()).isEmpty();
        }
        assertThat(MeetingAccess.mayOrganise(MANAGER, MeetingKind.DEPARTMENT, List.of(SERVICE), true)).isEmpty();
        assertThat(MeetingAccess.mayOrganise(PM, MeetingKind.CROSS_DEPARTMENT, List.of(PROJECTS, SERVICE), true))
                .isEmpty();
        assertThat(MeetingAccess.mayOrganise(MANAGER, MeetingKind.COMPANY, List.of(), true))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(MeetingAccess.mayOrganise(PM, MeetingKind.DEPARTMENT, List.of(SERVICE), true))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(MeetingAccess.mayOrganise(COLLEAGUE, MeetingKind.DEPARTMENT, List.of(SERVICE), true))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(MeetingAccess.mayOrganise(CFO, MeetingKind.CROSS_DEPARTMENT, List.of(PROJECTS, SERVICE), true))
                .containsInstanceOf(Refusal.Access.class);
    }

    @Test
    @DisplayName("§5.1.2: only the owner keeps the minutes and the action items")
    void keepingTheRecord() {
        assertThat(MeetingAccess.mayKeepRecord(OWNER, MEETING)).isEmpty();
        for (var refused : new Actor[] {INVITEE, MANAGER, HR, COLLEAGUE}) {
            assertThat(MeetingAccess.mayKeepRecord(refused, MEETING)).as(refused.id().value())
                    .containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§5.1.2: the owner records an invitee's attendance; nobody else does")
    void recordingAnInviteesAttendance() {
        assertThat(MeetingAccess.mayRecordAttendance(OWNER, MEETING, OWNER_RECORD, INVITEE.id())).isEmpty();
        for (var refused : new Actor[] {MANAGER, HR, COLLEAGUE, CFO}) {
            assertThat(MeetingAccess.mayRecordAttendance(refused, MEETING, OWNER_RECORD, INVITEE.id()))
                    .as(refused.id().value()).containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§1.3.3: nobody records their own attendance; the owner's is recorded by HR or the owner's manager")
    void nobodyRecordsTheirOwnAttendance() {
        assertThat(Outcomes.refusal(MeetingAccess.mayRecordAttendance(OWNER, MEETING, OWNER_RECORD, OWNER.id())))
                .isInstanceOf(Refusal.Access.class).extracting(Object::toString).asString().contains("§1.3.3");
        assertThat(MeetingAccess.mayRecordAttendance(INVITEE, MEETING, OWNER_RECORD, INVITEE.id()))
                .containsInstanceOf(Refusal.Access.class);
        assertThat(MeetingAccess.mayRecordAttendance(HR, MEETING, OWNER_RECORD, OWNER.id())).isEmpty();
        assertThat(MeetingAccess.mayRecordAttendance(MANAGER, MEETING, OWNER_RECORD, OWNER.id())).isEmpty();
        assertThat(MeetingAccess.mayRecordAttendance(CFO, MEETING, OWNER_RECORD, OWNER.id())).isEmpty();
        for (var refused : new Actor[] {INVITEE, PM, COLLEAGUE}) {
            assertThat(MeetingAccess.mayRecordAttendance(refused, MEETING, OWNER_RECORD, OWNER.id()))
                    .as(refused.id().value()).containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§5.1.2: only an item's owner marks it done")
    void markingDone() {
        var item = Meetings.item(INVITEE.id(), LocalDate.of(2026, 5, 8));

        assertThat(MeetingAccess.mayMarkDone(INVITEE, item)).isEmpty();
        for (var refused : new Actor[] {OWNER, MANAGER, HR}) {
            assertThat(MeetingAccess.mayMarkDone(refused, item)).as(refused.id().value())
                    .containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§5.1.2: the owner, the invitees and HR read a meeting; an item's owner reads their item")
    void reading() {
        assertThat(MeetingAccess.mayRead(OWNER, MEETING)).isTrue();
        assertThat(MeetingAccess.mayRead(INVITEE, MEETING)).isTrue();
        assertThat(MeetingAccess.mayRead(HR, MEETING)).isTrue();
        assertThat(MeetingAccess.mayRead(MANAGER, MEETING)).isFalse();
        assertThat(MeetingAccess.mayRead(COLLEAGUE, MEETING)).isFalse();
        var item = Meetings.item(COLLEAGUE.id(), LocalDate.of(2026, 5, 8));
        assertThat(MeetingAccess.mayRead(COLLEAGUE, item, MEETING)).isTrue();
        assertThat(MeetingAccess.mayRead(INVITEE, item, MEETING)).isTrue();
        assertThat(MeetingAccess.mayRead(MANAGER, item, MEETING)).isFalse();
    }

    @Test
    @DisplayName("§5.1.1, §1.3.3: the department's manager or HR names its responders, never themself")
    void namingResponders() {
        assertThat(MeetingAccess.mayNameResponders(MANAGER, SERVICE, List.of(INVITEE.id()))).isEmpty();
        assertThat(MeetingAccess.mayNameResponders(HR, SERVICE, List.of(MANAGER.id()))).isEmpty();
        assertThat(MeetingAccess.mayNameResponders(MANAGER, SERVICE, List.of())).isEmpty();
        assertThat(Outcomes.refusal(MeetingAccess.mayNameResponders(MANAGER, SERVICE, List.of(INVITEE.id(),
                MANAGER.id())))).isInstanceOf(Refusal.Access.class).extracting(Object::toString).asString()
                .contains("§1.3.3");
        assertThat(MeetingAccess.mayNameResponders(HR, SERVICE, List.of(HR.id())))
                .containsInstanceOf(Refusal.Access.class);
        for (var refused : new Actor[] {PM, INVITEE, OWNER}) {
            assertThat(MeetingAccess.mayNameResponders(refused, SERVICE, List.of(COLLEAGUE.id())))
                    .as(refused.id().value()).containsInstanceOf(Refusal.Access.class);
        }
    }

    @Test
    @DisplayName("§5.1.2: HR runs the sweep of action items on request")
    void sweeping() {
        assertThat(MeetingAccess.maySweep(HR)).isEmpty();
        assertThat(MeetingAccess.maySweep(MANAGER)).containsInstanceOf(Refusal.Access.class);
    }
}
