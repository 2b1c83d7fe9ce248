package org.servicepolicy.career;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of development plans (§4.3.1). */
public sealed interface DevelopmentPlanEvent extends DomainEvent {
    /** The plan. */
    DevelopmentPlanId plan();

    /** Whose plan. */
    EmployeeId employee();

    @Override
    default String aggregateId() {
        return plan().value();
    }

    /** {@code DevelopmentPlan} and the record's name, such as {@code DevelopmentPlanProposed}. */
    @Override
    default String type() {
        return "DevelopmentPlan" + getClass().getSimpleName();
    }

    /**
     * A superior proposed a plan.
     *
     * @param plan       which
     * @param employee   whose
     * @param proposedBy the superior
     * @param occurredAt when
     */
    record Proposed(DevelopmentPlanId plan, EmployeeId employee, EmployeeId proposedBy, Instant occurredAt)
            implements DevelopmentPlanEvent {
        /** Requires every part. */
        public Proposed {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(proposedBy, "proposedBy");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "proposedBy", proposedBy.value());
        }
    }

    /**
     * The employee agreed to a plan: it is theirs.
     *
     * @param plan       which
     * @param employee   whose
     * @param occurredAt when
     */
    record Agreed(DevelopmentPlanId plan, EmployeeId employee, Instant occurredAt) implements DevelopmentPlanEvent {
        /** Requires every part. */
        public Agreed {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value());
        }
    }

    /**
     * A newer plan replaced this one.
     *
     * @param plan       which
     * @param employee   whose
     * @param by         the newer plan
     * @param occurredAt when
     */
    record Superseded(DevelopmentPlanId plan, EmployeeId employee, DevelopmentPlanId by, Instant occurredAt)
            implements DevelopmentPlanEvent {
        /** Requires every part. */
        public Superseded {
            Objects.requireNonNull(plan, "plan");
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(by, "by");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("employeeId", employee.value(), "supersededBy", by.value());
        }
    }
}
