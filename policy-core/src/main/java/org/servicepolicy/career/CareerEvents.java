package org.servicepolicy.career;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events of career development (§4.3). */
public final class CareerEvents {
    private CareerEvents() {
    }

    /** HR recorded whether an employee is eligible for promotion. */
    public record PromotionEligibilityDecided(String employeeId, String outcome, String decisionId, Instant occurredAt)
            implements DomainEvent {
        @Override
        public String aggregateId() {
            return employeeId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("outcome", outcome, "decisionId", decisionId);
        }
    }
}
