package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicepolicy.rest.FieldErrorView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/**
 * Maps a body that cannot be read into its request type to a 400 problem naming the field:
 * malformed JSON, unknown members, values of the wrong JSON type, enum constants that do not
 * exist. Messages speak of JSON, never of Java classes. A failure to write an answer is the
 * server's, not the client's: 500.
 */
public final class JsonExceptionMapper implements ExceptionMapper<JsonProcessingException> {
    private static final System.Logger LOG = System.getLogger(JsonExceptionMapper.class.getName());

    @Override
    public Response toResponse(JsonProcessingException exception) {
        return Problems.response(problemOf(exception));
    }

    static ProblemView problemOf(JsonProcessingException exception) {
        if (exception.getProcessor() instanceof JsonGenerator) {
            LOG.log(System.Logger.Level.ERROR, "could not write an answer as JSON", exception);
            return ProblemView.of(ProblemType.INTERNAL_ERROR,
                    "the request failed unexpectedly; the failure has been logged");
        }
        if (exception instanceof JsonParseException parse) {
            var at = parse.getLocation();
            return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST,
                    "the body is not valid JSON at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr()),
                    List.of(new FieldErrorView("body", parse.getOriginalMessage())));
        }
        if (exception instanceof JsonMappingException mapping) {
            var error = fieldError(mapping);
            return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, error.field() + ": " + error.message(),
                    List.of(error));
        }
        return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, "the body could not be read",
                List.of(new FieldErrorView("body", "could not be read")));
    }

    private static FieldErrorView fieldError(JsonMappingException exception) {
        var field = fieldOf(exception.getPath());
        if (exception instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return new FieldErrorView(field, "is not a known field; the known fields are " + known);
        }
        if (exception instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return new FieldErrorView(field, "must be one of " + constants(format.getTargetType()) + ", was '"
                    + format.getValue() + "'");
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return new FieldErrorView(field, expected(mismatch.getTargetType()));
        }
        return new FieldErrorView(field, "could not be read");
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        if (path.isEmpty()) {
            return "body";
        }
        var out = new StringBuilder();
        for (var reference : path) {
            if (reference.getFieldName() != null) {
                out.append(out.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                out.append('[').append(reference.getIndex()).append(']');
            }
        }
        return out.length() == 0 ? "body" : out.toString();
    }

    private static String expected(Class<?> type) {
        if (type.isEnum()) {
            return "must be one of " + constants(type);
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "must be a whole number";
        }
        if (type == BigDecimal.class) {
            return "must be a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "must be true or false";
        }
        if (type == String.class) {
            return "must be a string";
        }
        if (type == Instant.class) {
            return "must be an ISO-8601 instant such as 2026-03-02T09:00:00Z";
        }
        if (type == LocalDate.class) {
            return "must be an ISO-8601 date such as 2026-03-02";
        }
        if (type == Period.class) {
            return "must be an ISO-8601 period such as P1W or P14D";
        }
        if (Collection.class.isAssignableFrom(type)) {
            return "must be an array";
        }
        if (type.isRecord() || Map.class.isAssignableFrom(type)) {
            return "must be an object" + (type.isRecord() ? " with the fields " + fields(type) : "");
        }
        return "has the wrong type";
    }

    private static String constants(Class<?> enumType) {
        return Arrays.stream(enumType.getEnumConstants()).map(c -> ((Enum<?>) c).name())
                .collect(Collectors.joining(", ", "[", "]"));
    }

    private static List<String> fields(Class<?> recordType) {
        return Arrays.stream(recordType.getRecordComponents()).map(RecordComponent::getName).toList();
    }
}
