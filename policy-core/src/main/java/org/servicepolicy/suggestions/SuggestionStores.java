package org.servicepolicy.suggestions;

import java.util.Objects;
import org.servicepolicy.people.EmployeeStore;

/**
 * The ports employee suggestions read and write.
 *
 * @param suggestions the suggestions
 * @param employees   the employees: who may submit, who may review
 */
public record SuggestionStores(SuggestionStore suggestions, EmployeeStore employees) {
    /** Requires every port. */
    public SuggestionStores {
        Objects.requireNonNull(suggestions, "suggestions");
        Objects.requireNonNull(employees, "employees");
    }
}
