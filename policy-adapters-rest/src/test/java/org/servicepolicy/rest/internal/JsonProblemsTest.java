package org.servicepolicy.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.servicepolicy.rest.CompletionReportBody;
import org.servicepolicy.rest.RecordViolationBody;

/** Jackson's failures in the API's words: the field as the caller spelt it, never a Java class or input source. */
class JsonProblemsTest {
    private final ObjectMapper mapper = Json.mapper();

    @Test
    void aValueOfTheWrongTypeIsTheClientsMistakeNamingTheField() {
        var failure = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue("{\"days\": true}", RecordViolationBody.class));

        var problem = JsonProblems.unbindable(failure);

        assertThat(problem.status()).isEqualTo(400);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("days");
            assertThat(e.message()).isEqualTo("must be a whole number");
        });
    }

    @Test
    void aWholeNumberBeyondItsFieldsRangeIsInvalidInputNamingTheField() {
        var failure = catchThrowableOfType(JsonProcessingException.class,
                () -> mapper.readValue("{\"minutes\": 99999999999}", RecordViolationBody.class));

        var problem = JsonProblems.unbindable(failure);

        assertThat(problem.status()).isEqualTo(422);
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("minutes");
            assertThat(e.message()).isEqualTo("must be a whole number from -2147483648 to 2147483647");
        });
    }

    @Test
    void aNestedFieldIsNamedWithItsIndex() {
        var failure = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readValue(
                "{\"checks\": [{\"requirement\": 1, \"met\": true}, {\"requirement\": 2, \"met\": \"yes\"}]}",
                CompletionReportBody.class));

        assertThat(JsonProblems.unbindable(failure).errors()).singleElement()
                .satisfies(e -> assertThat(e.field()).isEqualTo("checks[1].met"));
    }

    @Test
    void jsonThatEndsTooEarlyIsTheWholeBodysFault() throws Exception {
        try (var parser = mapper.createParser("{\"employeeId\": \"emp-staff\", \"minutes\": 20")) {
            var failure = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readTree(parser));

            assertThat(JsonProblems.unparsable(failure, parser).errors()).singleElement()
                    .satisfies(e -> assertThat(e.field()).isEqualTo("body"));
        }
    }

    @Test
    void malformedJsonIsLocatedWithoutRepeatingTheParsersMessage() throws Exception {
        try (var parser = mapper.createParser("{\n  \"employeeId\": emp-staff\n}")) {
            var failure = catchThrowableOfType(JsonProcessingException.class, () -> mapper.readTree(parser));

            var problem = JsonProblems.unparsable(failure, parser);

            assertThat(problem.status()).isEqualTo(400);
            assertThat(problem.detail()).isEqualTo("the body is not valid JSON at line 2, column 17");
            assertThat(problem.errors()).singleElement().satisfies(e -> {
                assertThat(e.field()).isEqualTo("employeeId");
                assertThat(e.message()).isEqualTo("is not valid JSON");
            });
            assertThat(problem.toString()).doesNotContain("Source", "Unrecognized", "token", "java", "REDACTED");
        }
    }
}
