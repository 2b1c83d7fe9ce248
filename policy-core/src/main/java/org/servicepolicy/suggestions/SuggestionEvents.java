package org.servicepolicy.suggestions;

import java.time.Instant;
import java.util.Map;
import org.servicepolicy.kernel.DomainEvent;

/** Events of employee suggestions (§5.2.1). */
public final class SuggestionEvents {
    private SuggestionEvents() {
    }

    /** A suggestion entered a status (SuggestionSubmitted, SuggestionUnderReview, SuggestionAdopted, ...). */
    public record SuggestionStatusChanged(String suggestionId, String authorId, String status, String reviewerId,
                                          Instant occurredAt) implements DomainEvent {
        @Override
        public String type() {
            return "Suggestion" + switch (status) {
                case "SUBMITTED" -> "Submitted";
                case "UNDER_REVIEW" -> "UnderReview";
                case "ADOPTED" -> "Adopted";
                default -> "Declined";
            };
        }

        @Override
        public String aggregateId() {
            return suggestionId;
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("authorId", authorId, "status", status, "reviewerId", reviewerId);
        }
    }
}
