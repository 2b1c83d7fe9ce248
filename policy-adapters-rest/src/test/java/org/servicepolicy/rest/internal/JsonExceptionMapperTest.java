package org.servicepolicy.rest.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;
import org.servicepolicy.rest.ProblemView;
import org.servicepolicy.rest.RecordViolationBody;

/** Which Jackson failures are the client's (400) and which the server's (500). */
class JsonExceptionMapperTest {
    @Test
    void aBodyThatCannotBeReadIsTheClientsMistakeNamingTheField() throws Exception {
        var failure = catchThrowableOfType(JsonProcessingException.class,
                () -> Json.mapper().readValue("{\"days\": true}", RecordViolationBody.class));

        var response = new JsonExceptionMapper().toResponse(failure);

        assertThat(response.getStatus()).isEqualTo(400);
        assertThat(response.getMediaType().toString()).isEqualTo("application/problem+json");
        var problem = (ProblemView) response.getEntity();
        assertThat(problem.errors()).singleElement().satisfies(e -> {
            assertThat(e.field()).isEqualTo("days");
            assertThat(e.message()).isEqualTo("must be a whole number");
        });
    }

    @Test
    void anAnswerThatCannotBeWrittenIsTheServersFailureAndDisclosesNothing() throws Exception {
        try (var generator = Json.mapper().getFactory().createGenerator(new StringWriter())) {
            var failure = JsonMappingException.from(generator, "no serializer for class com.example.Secret");

            var response = new JsonExceptionMapper().toResponse(failure);

            assertThat(response.getStatus()).isEqualTo(500);
            var problem = (ProblemView) response.getEntity();
            assertThat(problem.type()).isEqualTo("https://servicepolicy.org/problems/internal-error");
            assertThat(problem.detail()).doesNotContain("Secret");
        }
    }
}
