package org.servicepolicy.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.servicepolicy.discipline.RecordViolation;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;
import org.servicepolicy.suggestions.SubmitSuggestion;
import org.servicepolicy.suggestions.SuggestionArea;

/**
 * Text no database keeps as written (a NUL character, which PostgreSQL refuses; a lone
 * surrogate, which would be stored as {@code ?}) is refused naming its field on every database,
 * before anything is written, where PostgreSQL used to fail every retry with a 500.
 */
abstract class StorableTextScenario {
    /** A new, empty database for one test. */
    abstract TestDatabase newDatabase();

    @Test
    void unstorableTextIsRefusedNamingItsFieldAndNothingIsWritten() {
        try (var database = newDatabase()) {
            var company = Company.hiredOn(database.migratedStores());
            var staff = company.policy.people().actorFor(Company.STAFF).orElseThrow();
            var before = database.rowCounts();
            for (var text : List.of("queue\u0000numbers", "queue \ud800 numbers")) {
                assertThatThrownBy(() -> company.policy.suggestions().submit(staff,
                        new SubmitSuggestion("Queue numbers", text, SuggestionArea.PROCESSES)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e ->
                                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("text"));
                assertThatThrownBy(() -> company.policy.discipline().record(company.hr, RecordViolation.lateArrival(
                        Company.STAFF.value(), Company.NOW.minus(Duration.ofHours(1)), 10, text)))
                        .isInstanceOfSatisfying(InvalidInputException.class, e ->
                                assertThat(e.problems()).extracting(FieldProblem::field).containsExactly("description"));
            }
            assertThat(database.rowCounts()).isEqualTo(before);
        }
    }
}
