package org.servicepolicy.events;

import java.util.List;
import java.util.Objects;
import org.servicepolicy.kernel.Actor;
import org.servicepolicy.kernel.EventLog;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.PublishedEvent;
import org.servicepolicy.people.Access;

/**
 * The outbox as a feed, for systems that deliver what happened: notices to the people and
 * departments copied on a task (§3.1.3), payroll reading fines and salary recommendations,
 * reporting. A reader keeps the position of the last event it handled and asks for what came
 * after it. Events name people and what was decided about them, so only HR reads the feed.
 */
public final class EventFeed {
    /** The most events one read returns. */
    public static final int MAX_LIMIT = 1000;

    private final EventLog log;

    /** A feed over {@code log}. */
    public EventFeed(EventLog log) {
        this.log = Objects.requireNonNull(log, "log");
    }

    /**
     * Up to {@code limit} events with a position above {@code after}, oldest first (HR only).
     *
     * @throws org.servicepolicy.kernel.InvalidInputException for a negative position or a limit
     *                                                        outside 1 to {@link #MAX_LIMIT}
     */
    public List<PublishedEvent> after(Actor actor, long after, int limit) {
        Objects.requireNonNull(actor, "actor");
        Access.requireHr(actor, "read the event feed");
        new Inputs().require(after >= 0, "after", "must not be negative")
                .require(limit >= 1 && limit <= MAX_LIMIT, "limit", "must be between 1 and " + MAX_LIMIT)
                .throwIfAny();
        return log.after(after, limit);
    }
}
