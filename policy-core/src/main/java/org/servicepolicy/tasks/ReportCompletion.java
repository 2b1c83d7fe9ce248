package org.servicepolicy.tasks;

import java.util.HashSet;
import java.util.List;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: report the task complete and submit the result (§3.1.3).
 *
 * @param summary the result in words
 * @param checks  the self-check: exactly one per requirement of the current terms
 */
public record ReportCompletion(String summary, List<SelfCheck> checks) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        TaskInputs.text(inputs, summary, "summary", TaskInputs.TEXT_MAX);
        inputs.present(checks, "checks");
        var seen = new HashSet<Integer>();
        for (int i = 0; i < checksGiven().size(); i++) {
            var check = checks.get(i);
            var field = "checks[" + i + "]";
            inputs.present(check, field);
            if (check == null) {
                continue;
            }
            inputs.present(check.requirement(), field + ".requirement")
                    .require(check.requirement() == null || check.requirement() >= 1, field + ".requirement",
                            "requirements are numbered from 1")
                    .require(check.requirement() == null || seen.add(check.requirement()), field + ".requirement",
                            "requirement " + check.requirement() + " is checked twice")
                    .present(check.met(), field + ".met")
                    .require(!Boolean.FALSE.equals(check.met()) || check.note() != null && !check.note().isBlank(),
                            field + ".note", "is required for a requirement that is not met")
                    .require(check.note() == null || check.note().length() <= TaskInputs.REASON_MAX, field + ".note",
                            "must be at most " + TaskInputs.REASON_MAX + " characters")
                    .storable(check.note(), field + ".note");
        }
        inputs.throwIfAny();
    }

    /** The self-checks given; empty when none were. */
    public List<SelfCheck> checksGiven() {
        return checks == null ? List.of() : checks;
    }
}
