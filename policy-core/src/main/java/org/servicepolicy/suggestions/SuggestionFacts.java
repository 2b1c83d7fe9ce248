package org.servicepolicy.suggestions;

import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.people.Employee;

/** What the use cases of employee suggestions load before they decide. */
public final class SuggestionFacts {
    private SuggestionFacts() {
    }

    /**
     * The facts of assigning a reviewer.
     *
     * @param suggestion the suggestion, if it exists
     * @param reviewer   the employee named as reviewer, if the id is well formed and they exist
     */
    public record Reviewing(Optional<Suggestion> suggestion, Optional<Employee> reviewer) {
        /** Requires every part. */
        public Reviewing {
            Objects.requireNonNull(suggestion, "suggestion");
            Objects.requireNonNull(reviewer, "reviewer");
        }
    }
}
