package org.servicepolicy.meetings;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.function.Function;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/** The checks the meetings' commands share. */
final class MeetingInputs {
    /** The longest list of ids a command takes. */
    static final int IDS_MAX = 500;

    private MeetingInputs() {
    }

    /** Records a problem for a list of ids that is too long or holds an invalid one; absent is fine. */
    static Inputs ids(Inputs inputs, List<String> values, String field) {
        if (values == null) {
            return inputs;
        }
        inputs.require(values.size() <= IDS_MAX, field, "must list at most " + IDS_MAX);
        for (int i = 0; i < values.size(); i++) {
            inputs.require(values.get(i) != null && Ids.isValid(values.get(i)), field + "[" + i + "]",
                    "is not a valid id");
        }
        return inputs;
    }

    /** {@code values} as ids, each once, in the order given. */
    static <T> List<T> distinct(List<String> values, Function<String, T> id) {
        return values == null ? List.of() : List.copyOf(new LinkedHashSet<>(values.stream().map(id).toList()));
    }
}
