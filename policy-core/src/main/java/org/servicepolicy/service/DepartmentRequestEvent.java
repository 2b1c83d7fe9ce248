package org.servicepolicy.service;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of requests between departments (§2.2.1). */
public sealed interface DepartmentRequestEvent extends DomainEvent {
    /** The request. */
    DepartmentRequestId request();

    @Override
    default String aggregateId() {
        return request().value();
    }

    /**
     * A department was asked.
     *
     * @param request      which
     * @param toDepartment the department asked
     * @param responsible  who answers for the reply in time
     * @param dueAt        by when it is to be answered
     * @param occurredAt   when it was asked
     */
    record Asked(DepartmentRequestId request, DepartmentId toDepartment, EmployeeId responsible, Instant dueAt,
                 Instant occurredAt) implements DepartmentRequestEvent {
        /** Requires every part. */
        public Asked {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(toDepartment, "toDepartment");
            Objects.requireNonNull(responsible, "responsible");
            Objects.requireNonNull(dueAt, "dueAt");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("toDepartment", toDepartment.value(), "responsibleId", responsible.value(), "dueAt",
                    dueAt.toString());
        }
    }

    /**
     * A request was answered.
     *
     * @param request    which
     * @param answeredBy who answered
     * @param late       whether after its due time
     * @param occurredAt when
     */
    record Answered(DepartmentRequestId request, EmployeeId answeredBy, boolean late, Instant occurredAt)
            implements DepartmentRequestEvent {
        /** Requires every part. */
        public Answered {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(answeredBy, "answeredBy");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("answeredBy", answeredBy.value(), "late", Boolean.toString(late));
        }
    }

    /**
     * The requester accepted the answer as clear, or returned it as unclear.
     *
     * @param request    which
     * @param clear      whether accepted as clear
     * @param occurredAt when
     */
    record Concluded(DepartmentRequestId request, boolean clear, Instant occurredAt)
            implements DepartmentRequestEvent {
        /** Requires every part. */
        public Concluded {
            Objects.requireNonNull(request, "request");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("clear", Boolean.toString(clear));
        }
    }
}
