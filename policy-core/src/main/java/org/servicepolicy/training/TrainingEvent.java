package org.servicepolicy.training;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of training (§4.1, §4.2). */
public sealed interface TrainingEvent extends DomainEvent {
    /** {@code Training} and the record's name, such as {@code TrainingSessionScheduled}. */
    @Override
    default String type() {
        return "Training" + getClass().getSimpleName();
    }

    /**
     * A session was scheduled.
     *
     * @param session    which
     * @param programme  its programme
     * @param startsAt   when it starts
     * @param attendees  how many attend
     * @param occurredAt when it was scheduled
     */
    record SessionScheduled(TrainingSessionId session, String programme, Instant startsAt, int attendees,
                            Instant occurredAt) implements TrainingEvent {
        /** Requires every part. */
        public SessionScheduled {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(startsAt, "startsAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return session.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("programme", programme, "startsAt", startsAt.toString(), "attendees",
                    Integer.toString(attendees));
        }
    }

    /**
     * An attendee's attendance was recorded.
     *
     * @param session    the session
     * @param employee   the attendee
     * @param attendance what was recorded
     * @param occurredAt when
     */
    record AttendanceRecorded(TrainingSessionId session, EmployeeId employee, Attendance attendance,
                              Instant occurredAt) implements TrainingEvent {
        /** Requires every part. */
        public AttendanceRecorded {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(attendance, "attendance");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return session.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employee", employee.value(), "attendance", attendance.name());
        }
    }

    /**
     * An attendee was assessed: a pass completes the programme, a fail counts an attempt.
     *
     * @param session    the session
     * @param employee   the attendee
     * @param programme  the programme
     * @param passed     whether the score reached the pass mark
     * @param occurredAt when
     */
    record Assessed(TrainingSessionId session, EmployeeId employee, String programme, boolean passed,
                    Instant occurredAt) implements TrainingEvent {
        /** Requires every part. */
        public Assessed {
            Objects.requireNonNull(session, "session");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return session.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employee", employee.value(), "programme", programme, "passed", Boolean.toString(passed));
        }
    }

    /**
     * A trainee used every attempt at a programme; HR decides what follows.
     *
     * @param employee   the trainee
     * @param programme  the programme
     * @param attempts   how many attempts failed
     * @param occurredAt when
     */
    record RetakesExhausted(EmployeeId employee, String programme, int attempts, Instant occurredAt)
            implements TrainingEvent {
        /** Requires every part. */
        public RetakesExhausted {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("programme", programme, "attempts", Integer.toString(attempts));
        }
    }

    /**
     * HR decided about a trainee whose retakes were exhausted.
     *
     * @param employee   the trainee
     * @param programme  the programme
     * @param outcome    one more attempt, or the end of employment
     * @param occurredAt when
     */
    record RetakesRuled(EmployeeId employee, String programme, RetakeOutcome outcome, Instant occurredAt)
            implements TrainingEvent {
        /** Requires every part. */
        public RetakesRuled {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(outcome, "outcome");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("programme", programme, "outcome", outcome.name());
        }
    }

    /**
     * An obligation is coming due, or is overdue; marked once by the sweep.
     *
     * @param employee   who owes it
     * @param programme  the programme owed
     * @param source     why it is owed
     * @param due        when it falls due
     * @param overdue    whether it is overdue rather than coming due
     * @param occurredAt when the sweep marked it
     */
    record ObligationFlagged(EmployeeId employee, String programme, ObligationSource source, Instant due,
                             boolean overdue, Instant occurredAt) implements TrainingEvent {
        /** Requires every part. */
        public ObligationFlagged {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(programme, "programme");
            Objects.requireNonNull(source, "source");
            Objects.requireNonNull(due, "due");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            var out = new LinkedHashMap<String, String>();
            out.put("programme", programme);
            out.put("source", source.name());
            out.put("due", due.toString());
            out.put("overdue", Boolean.toString(overdue));
            return out;
        }
    }
}
