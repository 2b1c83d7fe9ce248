package org.servicepolicy.meetings;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Refusal;
import org.servicepolicy.people.Access;
import org.servicepolicy.people.Employee;

/**
 * Who may do what with meetings, their action items and the departments' responders (§5.1,
 * §1.3.3). Each function answers without reading a store.
 *
 * <p>Any employee organises a meeting and owns it; a compulsory one, whose unexcused absences
 * are violations, only HR, or for a department or cross-department meeting a manager of one of
 * its departments. The owner records the minutes, the attendance and the action items; nobody
 * records their own attendance: the owner's is recorded by HR or the owner's manager. Only an
 * item's owner marks it done. The owner, the invitees and HR read a meeting; an item's owner
 * reads their item. A department's manager or HR names its responders, never themself; all
 * staff read them.
 */
public final class MeetingAccess {
    private MeetingAccess() {
    }

    /** Organising a meeting of {@code kind} for {@code departments}; a compulsory one needs authority over them. */
    public static Optional<Refusal> mayOrganise(Actor actor, MeetingKind kind, List<DepartmentId> departments,
                                                boolean compulsory) {
        if (!compulsory || actor.isHr()
                || kind != MeetingKind.COMPANY && departments.stream().anyMatch(actor::manages)) {
            return Optional.empty();
        }
        return Optional.of(Refusal.access(kind == MeetingKind.COMPANY
                ? "only HR makes a company meeting compulsory (§5.1.2)"
                : "only HR or a manager of one of its departments makes a meeting compulsory (§5.1.2)"));
    }

    /** Recording the minutes of {@code meeting}, or an action item it agreed: its owner. */
    public static Optional<Refusal> mayKeepRecord(Actor actor, Meeting meeting) {
        return actor.is(meeting.owner()) ? Optional.empty()
                : Optional.of(Refusal.access("only the owner of a meeting keeps its minutes and action items (§5.1.2)"));
    }

    /**
     * Recording the attendance of {@code invitee} at {@code meeting}, whose owner is {@code owner}:
     * the owner, except for their own attendance, which HR or the owner's manager records; nobody
     * records their own.
     */
    public static Optional<Refusal> mayRecordAttendance(Actor actor, Meeting meeting, Employee owner,
                                                        EmployeeId invitee) {
        return Access.ownCase(actor, invitee, "record attendance").or(() -> {
            if (!invitee.equals(meeting.owner())) {
                return actor.is(meeting.owner()) ? Optional.empty() : Optional.of(Refusal.access(
                        "only the owner of a meeting records its attendance (§5.1.2)"));
            }
            var managesOwner = actor.manages(owner.department()) || owner.supervisor().filter(actor::is).isPresent();
            return actor.isHr() || managesOwner ? Optional.empty() : Optional.of(Refusal.access(
                    "the attendance of a meeting's owner is recorded by HR or the owner's manager (§1.3.3)"));
        });
    }

    /** Marking {@code item} done: its owner. */
    public static Optional<Refusal> mayMarkDone(Actor actor, ActionItem item) {
        return actor.is(item.owner()) ? Optional.empty()
                : Optional.of(Refusal.access("only the owner of an action item marks it done (§5.1.2)"));
    }

    /** Whether {@code actor} may read {@code meeting}: its owner, its invitees and HR. */
    public static boolean mayRead(Actor actor, Meeting meeting) {
        return actor.is(meeting.owner()) || meeting.invites(actor.id()) || actor.isHr();
    }

    /** Whether {@code actor} may read {@code item} of {@code meeting}: its owner and whoever may read the meeting. */
    public static boolean mayRead(Actor actor, ActionItem item, Meeting meeting) {
        return actor.is(item.owner()) || mayRead(actor, meeting);
    }

    /** Naming the responders of {@code department} as {@code responders}: its manager or HR, never naming themself. */
    public static Optional<Refusal> mayNameResponders(Actor actor, DepartmentId department,
                                                      List<EmployeeId> responders) {
        if (responders.stream().anyMatch(actor::is)) {
            return Optional.of(Refusal.access("nobody names themself a responder (§1.3.3); HR or the "
                    + "department's manager must"));
        }
        return actor.isHr() || actor.manages(department) ? Optional.empty()
                : Optional.of(Refusal.access("only the department's manager or HR names its responders (§5.1.1)"));
    }

    /** Sweeping action items on request: HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR runs the sweep of action items"));
    }
}
