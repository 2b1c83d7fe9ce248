package org.servicepolicy.jdbc.internal;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.servicepolicy.kernel.Reason;

/**
 * The JSON documents the adapter keeps in one column: a decision's reasons with their facts, and
 * an event's attributes. Every string is written through Jackson, so any text a column can hold
 * comes back character for character.
 *
 * <p>A decision's reasons are an array, in their order; each is an object
 * {@code {"clause", "rule", "message", "facts"}} whose facts are an array of {@code [name, value]}
 * pairs, in their order. Order is carried by arrays only, because PostgreSQL's {@code jsonb}
 * keeps an object's members in an order of its own. An event's attributes, which have no order,
 * are one object of names to values.
 */
public final class JsonDocuments {
    private static final JsonFactory JSON = JsonFactory.builder().build();

    private JsonDocuments() {
    }

    /** {@code reasons} as one document. */
    public static String reasons(List<Reason> reasons) {
        return write(json -> {
            json.writeStartArray();
            for (var reason : reasons) {
                json.writeStartObject();
                json.writeStringField("clause", reason.clause());
                json.writeStringField("rule", reason.ruleId());
                json.writeStringField("message", reason.message());
                json.writeArrayFieldStart("facts");
                for (var fact : reason.facts().entrySet()) {
                    json.writeStartArray();
                    json.writeString(fact.getKey());
                    json.writeString(fact.getValue());
                    json.writeEndArray();
                }
                json.writeEndArray();
                json.writeEndObject();
            }
            json.writeEndArray();
        });
    }

    /** The reasons a document of {@link #reasons(List)} holds, in their order. */
    public static List<Reason> reasons(String document) {
        return read(document, json -> {
            var reasons = new ArrayList<Reason>();
            expect(json, JsonToken.START_ARRAY);
            while (json.nextToken() == JsonToken.START_OBJECT) {
                var parts = new HashMap<String, String>();
                var facts = new LinkedHashMap<String, String>();
                while (json.nextToken() == JsonToken.FIELD_NAME) {
                    var field = json.currentName();
                    if ("facts".equals(field)) {
                        expect(json, JsonToken.START_ARRAY);
                        while (json.nextToken() == JsonToken.START_ARRAY) {
                            var name = json.nextTextValue();
                            var value = json.nextTextValue();
                            expect(json, JsonToken.END_ARRAY);
                            facts.put(name, value);
                        }
                    } else {
                        parts.put(field, json.nextTextValue());
                    }
                }
                reasons.add(new Reason(parts.get("clause"), parts.get("rule"), parts.get("message"), facts));
            }
            return reasons;
        });
    }

    /** {@code attributes} as one document, an object. */
    public static String attributes(Map<String, String> attributes) {
        return write(json -> {
            json.writeStartObject();
            for (var attribute : attributes.entrySet()) {
                json.writeStringField(attribute.getKey(), attribute.getValue());
            }
            json.writeEndObject();
        });
    }

    /** The attributes a document of {@link #attributes(Map)} holds. */
    public static Map<String, String> attributes(String document) {
        return read(document, json -> {
            var attributes = new HashMap<String, String>();
            expect(json, JsonToken.START_OBJECT);
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                var name = json.currentName();
                attributes.put(name, json.nextTextValue());
            }
            return attributes;
        });
    }

    private static String write(Writing writing) {
        var text = new StringWriter();
        try (var json = JSON.createGenerator(text)) {
            writing.write(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write a JSON document", e);
        }
        return text.toString();
    }

    private static <T> T read(String document, Reading<T> reading) {
        try (var json = JSON.createParser(document)) {
            return reading.read(json);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read a stored JSON document", e);
        }
    }

    private static void expect(JsonParser json, JsonToken token) throws IOException {
        if (json.nextToken() != token) {
            throw new IOException("expected " + token + " at " + json.currentLocation() + ", found " + json.currentToken());
        }
    }

    /** Writes a document through a generator. */
    @FunctionalInterface
    private interface Writing {
        void write(JsonGenerator json) throws IOException;
    }

    /** Reads a document through a parser. */
    @FunctionalInterface
    private interface Reading<T> {
        T read(JsonParser json) throws IOException;
    }
}
