package org.servicepolicy.feedback;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.policy.FeedbackNature;

/** Events of customer feedback handling (§2.3.2); none names the customer. */
public sealed interface FeedbackEvent extends DomainEvent {
    /** The item. */
    FeedbackItemId item();

    @Override
    default String aggregateId() {
        return item().value();
    }

    /** {@code Feedback} and the record's name, such as {@code FeedbackReceived}. */
    @Override
    default String type() {
        return "Feedback" + getClass().getSimpleName();
    }

    /** Whom a breached clock is escalated to. */
    enum EscalatedTo {
        /** The responsible employee's manager: at the breach. */
        MANAGER,
        /** HR: the policy's business time after the breach, still not met. */
        HR
    }

    /**
     * Feedback was received.
     *
     * @param item       which
     * @param channel    how
     * @param nature     what it is
     * @param severity   its severity
     * @param occurredAt when
     */
    record Received(FeedbackItemId item, FeedbackChannel channel, FeedbackNature nature, String severity,
                    Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Received {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(channel, "channel");
            Objects.requireNonNull(nature, "nature");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("channel", channel.name(), "nature", nature.name(), "severity", severity);
        }
    }

    /**
     * An item was routed to a department, by its rules or by triage.
     *
     * @param item       which
     * @param department to which department
     * @param severity   its severity now
     * @param occurredAt when
     */
    record Routed(FeedbackItemId item, DepartmentId department, String severity, Instant occurredAt)
            implements FeedbackEvent {
        /** Requires every part. */
        public Routed {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(department, "department");
            Objects.requireNonNull(severity, "severity");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("departmentId", department.value(), "severity", severity);
        }
    }

    /**
     * An employee was made responsible for an item.
     *
     * @param item        which
     * @param responsible who
     * @param occurredAt  when
     */
    record Assigned(FeedbackItemId item, EmployeeId responsible, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Assigned {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("responsibleId", responsible.value());
        }
    }

    /**
     * The customer got the first response.
     *
     * @param item       which
     * @param late       whether after its due time
     * @param occurredAt when
     */
    record Responded(FeedbackItemId item, boolean late, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Responded {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("late", Boolean.toString(late));
        }
    }

    /**
     * The customer was asked something; the clocks stop.
     *
     * @param item       which
     * @param occurredAt when
     */
    record WaitingOnCustomer(FeedbackItemId item, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public WaitingOnCustomer {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of();
        }
    }

    /**
     * The customer answered, with their token or elsewhere as the responsible employee noted; the clocks run again.
     *
     * @param item       which
     * @param occurredAt when
     */
    record CustomerAnswered(FeedbackItemId item, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public CustomerAnswered {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of();
        }
    }

    /**
     * A result was reported to the customer.
     *
     * @param item       which
     * @param round      the round it ends
     * @param late       whether after the round's due time
     * @param occurredAt when
     */
    record ResultReported(FeedbackItemId item, int round, boolean late, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public ResultReported {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("round", Integer.toString(round), "late", Boolean.toString(late));
        }
    }

    /**
     * The customer rejected a result; a new round starts.
     *
     * @param item       which
     * @param round      the round whose result was rejected
     * @param occurredAt when
     */
    record Rejected(FeedbackItemId item, int round, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Rejected {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("round", Integer.toString(round));
        }
    }

    /**
     * The customer accepted a result.
     *
     * @param item       which
     * @param score      their satisfaction, 1 to 5
     * @param occurredAt when
     */
    record Accepted(FeedbackItemId item, int score, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Accepted {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("score", Integer.toString(score));
        }
    }

    /**
     * HR closed an item after repeated rejected results.
     *
     * @param item       which
     * @param occurredAt when
     */
    record Closed(FeedbackItemId item, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Closed {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of();
        }
    }

    /**
     * An item was ruled on.
     *
     * @param item       which
     * @param verdict    the verdict
     * @param occurredAt when
     */
    record Ruled(FeedbackItemId item, FeedbackRuling.Verdict verdict, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Ruled {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(verdict, "verdict");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("verdict", verdict.name());
        }
    }

    /**
     * The warning share of a clock's allowance was used.
     *
     * @param item       which
     * @param clock      {@code FIRST_RESPONSE} or {@code R<n>.RESOLUTION}
     * @param dueAt      when the clock falls due
     * @param occurredAt when the warning fell due
     */
    record Warned(FeedbackItemId item, String clock, Instant dueAt, Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Warned {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("clock", clock, "dueAt", dueAt.toString());
        }
    }

    /**
     * A clock was breached and escalated.
     *
     * @param item       which
     * @param clock      {@code FIRST_RESPONSE} or {@code R<n>.RESOLUTION}
     * @param to         to whom
     * @param manager    the manager escalated to, when {@code to} is {@link EscalatedTo#MANAGER} and there is one
     * @param occurredAt when the escalation fell due
     */
    record Escalated(FeedbackItemId item, String clock, EscalatedTo to, Optional<EmployeeId> manager,
                     Instant occurredAt) implements FeedbackEvent {
        /** Requires every part. */
        public Escalated {
            Objects.requireNonNull(item, "item");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(manager, "manager");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("clock", clock, "to", to.name(), "managerId", manager.map(EmployeeId::value).orElse(""));
        }
    }
}
