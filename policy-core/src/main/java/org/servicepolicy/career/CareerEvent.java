package org.servicepolicy.career;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of career development (§4.3). */
public sealed interface CareerEvent extends DomainEvent {
    /** The employee the event is about. */
    EmployeeId employee();

    /**
     * HR recorded whether an employee is eligible for promotion.
     *
     * @param employee   who
     * @param eligible   whether they meet every promotion condition
     * @param decision   the stored decision that records it
     * @param occurredAt when
     */
    record PromotionEligibilityDecided(EmployeeId employee, boolean eligible, DecisionId decision, Instant occurredAt)
            implements CareerEvent {
        /** Requires every part. */
        public PromotionEligibilityDecided {
            Objects.requireNonNull(employee, "employee");
            Objects.requireNonNull(decision, "decision");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        @Override
        public String aggregateId() {
            return employee.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("outcome", eligible ? PromotionEligibility.ELIGIBLE : PromotionEligibility.NOT_ELIGIBLE,
                    "decisionId", decision.value());
        }
    }
}
