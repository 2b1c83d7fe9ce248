package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import java.lang.reflect.RecordComponent;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.servicepolicy.rest.FieldErrorView;
import org.servicepolicy.rest.ProblemType;
import org.servicepolicy.rest.ProblemView;

/**
 * The problems of a request body that cannot be read into its request type, each naming the
 * field as the caller spelt it ({@code damage.amount}, {@code checks[0].met}, or {@code body}
 * for the whole): malformed JSON, nesting too deep, unknown members, values of the wrong JSON
 * type and enum constants that do not exist are 400; a whole number beyond its field's range or
 * a value too long to parse is 422. Messages speak of JSON in the API's own words: Jackson's
 * messages name Java classes and its input source, so none is repeated.
 */
final class JsonProblems {
    private JsonProblems() {
    }

    /** The problem of JSON that {@code parser} could not parse; the parser tells where it stopped. */
    static ProblemView unparsable(JsonProcessingException exception, JsonParser parser) {
        var context = parser.getParsingContext();
        var field = pathOf(context);
        if (exception instanceof StreamConstraintsException) {
            if (context.getNestingDepth() >= Json.MAX_NESTING_DEPTH) {
                var message = "nests objects and arrays more than " + Json.MAX_NESTING_DEPTH + " levels deep";
                return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, field + ": " + message,
                        List.of(new FieldErrorView(field, message)));
            }
            var message = "is too long to be read";
            return ProblemView.withErrors(ProblemType.INVALID_INPUT, field + ": " + message,
                    List.of(new FieldErrorView(field, message)));
        }
        var at = exception.getLocation();
        var where = at == null ? "" : " at line %d, column %d".formatted(at.getLineNr(), at.getColumnNr());
        if (exception instanceof JsonEOFException) {
            return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, "the body ends before its JSON is complete"
                    + where, List.of(new FieldErrorView("body", "ends before the JSON is complete")));
        }
        return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, "the body is not valid JSON" + where,
                List.of(new FieldErrorView(field, "is not valid JSON")));
    }

    /** The problem of JSON that parsed but does not fit the request type. */
    static ProblemView unbindable(JsonProcessingException exception) {
        var field = exception instanceof JsonMappingException mapping ? fieldOf(mapping.getPath()) : "body";
        var range = causeOf(exception, InputCoercionException.class);
        if (range != null) {
            var message = rangeOf(range.getTargetType());
            return ProblemView.withErrors(ProblemType.INVALID_INPUT, field + ": " + message,
                    List.of(new FieldErrorView(field, message)));
        }
        var error = new FieldErrorView(field, messageOf(exception));
        return ProblemView.withErrors(ProblemType.MALFORMED_REQUEST, error.field() + ": " + error.message(),
                List.of(error));
    }

    /** The field the context of a parser stands at, as the caller spells it. */
    static String pathOf(JsonStreamContext context) {
        var segments = new ArrayDeque<String>();
        for (var at = context; at != null && !at.inRoot(); at = at.getParent()) {
            if (at.inObject() && at.getCurrentName() != null) {
                segments.push("." + at.getCurrentName());
            } else if (at.inArray()) {
                segments.push("[" + Math.max(0, at.getCurrentIndex()) + "]");
            }
        }
        return joined(segments);
    }

    private static String fieldOf(List<JsonMappingException.Reference> path) {
        var segments = new ArrayDeque<String>();
        for (var reference : path) {
            if (reference.getFieldName() != null) {
                segments.add("." + reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                segments.add("[" + reference.getIndex() + "]");
            }
        }
        return joined(segments);
    }

    private static String joined(Collection<String> segments) {
        var path = String.join("", segments);
        if (path.isEmpty()) {
            return "body";
        }
        return path.startsWith(".") ? path.substring(1) : path;
    }

    private static <T extends Throwable> T causeOf(Throwable failure, Class<T> type) {
        for (var cause = failure; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return type.cast(cause);
            }
        }
        return null;
    }

    private static String rangeOf(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "must be a whole number from " + Integer.MIN_VALUE + " to " + Integer.MAX_VALUE;
        }
        if (type == Long.class || type == long.class) {
            return "must be a whole number from " + Long.MIN_VALUE + " to " + Long.MAX_VALUE;
        }
        return "is out of range";
    }

    private static String messageOf(JsonProcessingException exception) {
        if (exception instanceof UnrecognizedPropertyException unknown) {
            var known = unknown.getKnownPropertyIds().stream().map(String::valueOf).sorted().toList();
            return "is not a known field; the known fields are " + known;
        }
        if (exception instanceof InvalidFormatException format && format.getTargetType() != null
                && format.getTargetType().isEnum()) {
            return "must be one of " + constants(format.getTargetType()) + ", was '" + format.getValue() + "'";
        }
        if (exception instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return expected(mismatch.getTargetType());
        }
        return "could not be read";
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
