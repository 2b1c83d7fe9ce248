package org.servicepolicy.tasks;

import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;
import org.servicepolicy.kernel.InvalidInputException;

/** The bounds of the tasks' free text and lists, and the checks the commands share. */
final class TaskInputs {
    static final int TITLE_MAX = 200;
    static final int TEXT_MAX = 4000;
    static final int ITEM_MAX = 1000;
    static final int ITEMS_MAX = 100;
    static final int REASON_MAX = Inputs.TEXT_MAX;
    static final int REFUSAL_REASON_MAX = 1000;
    static final int RULING_COMMENT_MAX = 500;

    private TaskInputs() {
    }

    /** {@code command}, refused as a missing body when there is none. */
    static <C> C body(C command) {
        if (command == null) {
            throw InvalidInputException.of("body", "is required");
        }
        return command;
    }

    /** The length of a refusal's reason; that there is one at all is the policy's rule (§3.1.1). */
    static void refusalReason(String reason) {
        if (reason != null && !reason.isBlank() && reason.length() > REFUSAL_REASON_MAX) {
            throw InvalidInputException.of("reason", "must be at most " + REFUSAL_REASON_MAX + " characters");
        }
    }

    /** The issue an assignee escalates. */
    static void issue(String issue) {
        var inputs = new Inputs();
        text(inputs, issue, "issue", TEXT_MAX);
        inputs.throwIfAny();
    }

    static void text(Inputs inputs, String value, String field, int max) {
        inputs.notBlank(value, field)
                .require(value == null || value.length() <= max, field, "must be at most " + max + " characters");
    }

    static void items(Inputs inputs, List<String> values, String field) {
        if (values == null) {
            return;
        }
        inputs.require(values.size() <= ITEMS_MAX, field, "must list at most " + ITEMS_MAX);
        for (int i = 0; i < values.size(); i++) {
            text(inputs, values.get(i), field + "[" + i + "]", ITEM_MAX);
        }
    }

    static void validIds(Inputs inputs, List<String> values, String field) {
        if (values == null) {
            return;
        }
        inputs.require(values.size() <= ITEMS_MAX, field, "must list at most " + ITEMS_MAX);
        for (int i = 0; i < values.size(); i++) {
            inputs.require(Ids.isValid(values.get(i)), field + "[" + i + "]", "is not a valid id");
        }
    }

    static List<String> strip(List<String> values) {
        return values == null ? List.of() : values.stream().map(String::strip).toList();
    }
}
