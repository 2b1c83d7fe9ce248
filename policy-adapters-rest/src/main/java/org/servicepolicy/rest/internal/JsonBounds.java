package org.servicepolicy.rest.internal;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.FieldProblem;

/**
 * The bounds every request body keeps, checked on the parsed JSON before it is bound to its
 * request type, so that nothing beyond them reaches arithmetic, the core or a database:
 * <ul>
 *   <li>a number has at most {@value #MAX_INTEGER_DIGITS} digits before the decimal point and
 *       at most {@value #MAX_FRACTION_DIGITS} after it (trailing zeros aside), so
 *       {@code 1e100000000} is refused before anything scales it;</li>
 *   <li>a text, member names included, has at most {@value #MAX_TEXT_LENGTH} characters, no
 *       U+0000 and no lone surrogate: databases cannot store either, and a lone surrogate is not
 *       Unicode text at all;</li>
 *   <li>an array has at most {@value #MAX_ITEMS} items and an object at most
 *       {@value #MAX_ITEMS} members.</li>
 * </ul>
 * Each problem names the field as the caller spelt it; at most {@value #MAX_PROBLEMS} are
 * listed.
 */
final class JsonBounds {
    /** Digits before the decimal point: below a trillion, and any amount fits the stores' NUMERIC(19, 4). */
    static final int MAX_INTEGER_DIGITS = 12;
    /** Digits after the decimal point; money is held further to its currency's minor unit. */
    static final int MAX_FRACTION_DIGITS = 6;
    /** Characters of one text, above the longest the core accepts (5,000). */
    static final int MAX_TEXT_LENGTH = 10_000;
    /** Items of one array, members of one object. */
    static final int MAX_ITEMS = 1_000;
    /** Problems listed at most, so that the answer to a large bad body stays small. */
    static final int MAX_PROBLEMS = 100;

    private final List<FieldProblem> problems = new ArrayList<>();

    private JsonBounds() {
    }

    /** Every bound {@code body} breaks, in document order; empty when it keeps them all. */
    static List<FieldProblem> problemsOf(JsonNode body) {
        var bounds = new JsonBounds();
        bounds.check(body, "");
        return List.copyOf(bounds.problems);
    }

    /**
     * What is wrong with {@code number}, if anything. Cheap whatever the exponent: it reads the
     * precision and scale and never expands the number.
     */
    static Optional<String> numberProblem(BigDecimal number) {
        if (number.signum() == 0) {
            return Optional.empty();
        }
        if ((long) number.precision() - number.scale() > MAX_INTEGER_DIGITS) {
            return Optional.of("is out of range: at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (number.scale() > MAX_FRACTION_DIGITS && number.stripTrailingZeros().scale() > MAX_FRACTION_DIGITS) {
            return Optional.of("is too precise: at most " + MAX_FRACTION_DIGITS + " digits after the decimal point");
        }
        return Optional.empty();
    }

    /** What is wrong with {@code text}, if anything. */
    static Optional<String> textProblem(String text) {
        if (text.length() > MAX_TEXT_LENGTH) {
            return Optional.of("must be at most " + MAX_TEXT_LENGTH + " characters");
        }
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\u0000') {
                return Optional.of("must not contain the character U+0000");
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return Optional.of("must not contain a lone surrogate such as \\u%04x: it is not Unicode text"
                        .formatted((int) c));
            }
        }
        return Optional.empty();
    }

    private void check(JsonNode node, String path) {
        if (problems.size() >= MAX_PROBLEMS) {
            return;
        }
        if (node.isObject()) {
            if (node.size() > MAX_ITEMS) {
                problem(path, "must have at most " + MAX_ITEMS + " members");
                return;
            }
            for (var member : node.properties()) {
                var name = member.getKey();
                var nameProblem = textProblem(name);
                if (nameProblem.isPresent()) {
                    problem(path, "has a member name that " + nameProblem.get());
                    continue;
                }
                check(member.getValue(), path.isEmpty() ? name : path + "." + name);
            }
        } else if (node.isArray()) {
            if (node.size() > MAX_ITEMS) {
                problem(path, "must have at most " + MAX_ITEMS + " items");
                return;
            }
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        } else if (node.isTextual()) {
            textProblem(node.textValue()).ifPresent(message -> problem(path, message));
        } else if (node.isNumber()) {
            numberProblem(node.decimalValue()).ifPresent(message -> problem(path, message));
        }
    }

    private void problem(String path, String message) {
        if (problems.size() < MAX_PROBLEMS) {
            problems.add(new FieldProblem(path.isEmpty() ? "body" : path, message));
        }
    }
}
