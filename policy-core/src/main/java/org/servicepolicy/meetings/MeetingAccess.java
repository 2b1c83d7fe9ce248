package org.servicepolicy.meetings;

import java.util.Optional;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.Refusal;

/**
 * Who may do what with meetings, their action items and the departments' responders (§5.1,
 * §1.3.3). Each function answers without reading a store.
 */
public final class MeetingAccess {
    private MeetingAccess() {
    }

    /** Whether {@code actor} may read {@code meeting}: its owner, its invitees and HR. */
    public static boolean mayRead(Actor actor, Meeting meeting) {
        return actor.is(meeting.owner()) || meeting.invites(actor.id()) || actor.isHr();
    }

    /** Sweeping action items on request: HR. */
    public static Optional<Refusal> maySweep(Actor actor) {
        return actor.isHr() ? Optional.empty()
                : Optional.of(Refusal.access("only HR runs the sweep of action items"));
    }
}
