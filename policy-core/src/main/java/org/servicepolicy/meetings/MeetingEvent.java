package org.servicepolicy.meetings;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of meetings and their action items (§5.1.2). */
public sealed interface MeetingEvent extends DomainEvent {
    /** The meeting. */
    MeetingId meeting();

    /** {@code Meeting} and the record's name, such as {@code MeetingScheduled}. */
    @Override
    default String type() {
        return "Meeting" + getClass().getSimpleName();
    }

    /**
     * A meeting was scheduled.
     *
     * @param meeting    which
     * @param kind       its kind
     * @param owner      its organiser
     * @param startsAt   when it starts
     * @param compulsory whether attendance is compulsory
     * @param occurredAt when it was scheduled
     */
    record Scheduled(MeetingId meeting, MeetingKind kind, EmployeeId owner, Instant startsAt, boolean compulsory,
                     Instant occurredAt) implements MeetingEvent {
        /** Requires every part. */
        public Scheduled {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(kind, "kind");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return meeting.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("kind", kind.name(), "ownerId", owner.value(), "startsAt", startsAt.toString(),
                    "compulsory", Boolean.toString(compulsory));
        }
    }

    /**
     * A meeting's minutes were recorded.
     *
     * @param meeting    which
     * @param occurredAt when
     */
    record MinutesRecorded(MeetingId meeting, Instant occurredAt) implements MeetingEvent {
        /** Requires every part. */
        public MinutesRecorded {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return meeting.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of();
        }
    }

    /**
     * An invitee's attendance was recorded.
     *
     * @param meeting    which
     * @param invitee    whose
     * @param attendance how they attended
     * @param occurredAt when it was recorded
     */
    record AttendanceRecorded(MeetingId meeting, EmployeeId invitee, Attendance attendance, Instant occurredAt)
            implements MeetingEvent {
        /** Requires every part. */
        public AttendanceRecorded {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(invitee, "invitee");
            Objects.requireNonNull(attendance, "attendance");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return meeting.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("inviteeId", invitee.value(), "attendance", attendance.name());
        }
    }

    /**
     * An action item was recorded.
     *
     * @param meeting    the meeting that agreed it
     * @param item       which
     * @param owner      who does it
     * @param dueOn      by which day
     * @param occurredAt when it was recorded
     */
    record ActionItemAdded(MeetingId meeting, ActionItemId item, EmployeeId owner, LocalDate dueOn,
                           Instant occurredAt) implements MeetingEvent {
        /** Requires every part. */
        public ActionItemAdded {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(dueOn, "dueOn");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return item.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("meetingId", meeting.value(), "ownerId", owner.value(), "dueOn", dueOn.toString());
        }
    }

    /**
     * An action item's owner marked it done.
     *
     * @param meeting    the meeting that agreed it
     * @param item       which
     * @param late       whether at or after its due instant
     * @param occurredAt when
     */
    record ActionItemDone(MeetingId meeting, ActionItemId item, boolean late, Instant occurredAt)
            implements MeetingEvent {
        /** Requires every part. */
        public ActionItemDone {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return item.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("meetingId", meeting.value(), "late", Boolean.toString(late));
        }
    }

    /**
     * The sweep found an action item still open at its due instant, once.
     *
     * @param meeting    the meeting that agreed it
     * @param item       which
     * @param owner      who was to do it
     * @param occurredAt when the sweep marked it
     */
    record ActionItemOverdue(MeetingId meeting, ActionItemId item, EmployeeId owner, Instant occurredAt)
            implements MeetingEvent {
        /** Requires every part. */
        public ActionItemOverdue {
            Objects.requireNonNull(meeting, "meeting");
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(owner, "owner");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return item.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("meetingId", meeting.value(), "ownerId", owner.value());
        }
    }
}
