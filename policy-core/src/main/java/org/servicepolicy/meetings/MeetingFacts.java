package org.servicepolicy.meetings;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.NotFoundException;
import org.servicepolicy.people.Employee;
import org.servicepolicy.policy.PolicyDefinition;

/** How the meeting use cases load their facts (§5.1); reads only, no decision. */
final class MeetingFacts {
    private MeetingFacts() {
    }

    /** The meeting, as one that does not exist when {@code actor} may not read it. */
    static Meeting readable(MeetingStores stores, Actor actor, MeetingId id) {
        return stores.meetings().find(id).filter(m -> MeetingAccess.mayRead(actor, m))
                .orElseThrow(() -> new NotFoundException("meeting", id));
    }

    /** The action item, as one that does not exist when {@code actor} may read neither it nor its meeting. */
    static ActionItem readable(MeetingStores stores, Actor actor, ActionItemId id) {
        return stores.meetings().findItem(id).filter(i -> stores.meetings().find(i.meeting())
                        .filter(m -> MeetingAccess.mayRead(actor, i, m)).isPresent())
                .orElseThrow(() -> new NotFoundException("action item", id));
    }

    /** What recording the attendance of {@code invitee} at {@code meeting} needs. */
    static MeetingRules.Recording recording(MeetingStores stores, Meeting meeting, EmployeeId invitee) {
        return new MeetingRules.Recording(meeting, employee(stores, meeting.owner()),
                stores.employees().find(invitee), policyAt(stores, meeting));
    }

    /** The policy in force when {@code meeting} started: its attendance is judged by it. */
    static PolicyDefinition policyAt(MeetingStores stores, Meeting meeting) {
        return stores.policies().inForceAt(meeting.startsAt());
    }

    static Employee employee(MeetingStores stores, EmployeeId id) {
        return stores.employees().find(id).orElseThrow(() -> new NotFoundException("employee", id));
    }

    static Optional<Employee> find(MeetingStores stores, String id) {
        return stores.employees().find(EmployeeId.of(id));
    }
}
