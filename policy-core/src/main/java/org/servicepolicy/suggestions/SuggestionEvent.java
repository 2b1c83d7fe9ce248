package org.servicepolicy.suggestions;

import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.DomainEvent;
import org.servicepolicy.kernel.EmployeeId;

/** Events of employee suggestions (§5.2.1). */
public sealed interface SuggestionEvent extends DomainEvent {
    /** The suggestion the event is about. */
    SuggestionId suggestion();

    /**
     * A suggestion entered a status: SuggestionSubmitted, SuggestionUnderReview,
     * SuggestionAdopted or SuggestionDeclined.
     *
     * @param suggestion which
     * @param author     who suggested it
     * @param status     the status entered
     * @param reviewer   its reviewer, once assigned
     * @param occurredAt when
     */
    record SuggestionStatusChanged(SuggestionId suggestion, EmployeeId author, SuggestionStatus status,
                                   Optional<EmployeeId> reviewer, Instant occurredAt) implements SuggestionEvent {
        /** Requires every part. */
        public SuggestionStatusChanged {
            Objects.requireNonNull(suggestion, "suggestion");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(status, "status");
            Objects.requireNonNull(reviewer, "reviewer");
            Objects.requireNonNull(occurredAt, "occurredAt");
        }

        /** The event of {@code suggestion} entering its current status at {@code at}. */
        static SuggestionStatusChanged of(Suggestion suggestion, Instant at) {
            return new SuggestionStatusChanged(suggestion.id(), suggestion.author(), suggestion.status(),
                    suggestion.reviewer(), at);
        }

        @Override
        public String type() {
            return "Suggestion" + switch (status) {
                case SUBMITTED -> "Submitted";
                case UNDER_REVIEW -> "UnderReview";
                case ADOPTED -> "Adopted";
                case DECLINED -> "Declined";
            };
        }

        @Override
        public String aggregateId() {
            return suggestion.value();
        }

        @Override
        public Map<String, String> attributes() {
            return Map.of("authorId", author.value(), "status", status.name(),
                    "reviewerId", reviewer.map(EmployeeId::value).orElse(""));
        }
    }
}
