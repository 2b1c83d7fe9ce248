package org.servicepolicy.kernel;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * What a decision decides, e.g. {@code discipline.penalty-proposal}: its area, a dot, and a
 * name. Each area declares its kinds as constants; the id is what stores and adapters write.
 *
 * @param id the kind's id
 */
public record DecisionKind(String id) {
    private static final Pattern ID = Pattern.compile("[a-z]+(\\.[a-z][a-z0-9-]*)+");

    /** Requires a well-formed id. */
    public DecisionKind {
        Objects.requireNonNull(id, "id");
        if (!ID.matcher(id).matches()) {
            throw new IllegalArgumentException("a decision kind is an area and a name, e.g. discipline.appeal-decision,"
                    + " not " + id);
        }
    }

    /** The kind with {@code id}. */
    public static DecisionKind of(String id) {
        return new DecisionKind(id);
    }

    /** The area the kind belongs to: the part before the first dot. */
    public String area() {
        return id.substring(0, id.indexOf('.'));
    }

    @Override
    public String toString() {
        return id;
    }
}
