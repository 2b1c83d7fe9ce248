package org.servicepolicy.tasks;

import java.util.List;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: report progress (§3.1.2).
 *
 * @param text        the progress in words
 * @param percentDone how much is done, 0 to 100
 * @param blockers    the problems in the way; null means none
 */
public record ReportProgress(String text, Integer percentDone, List<String> blockers) {
    /** Throws an {@code InvalidInputException} listing every problem of the command. */
    public void validate() {
        var inputs = new Inputs();
        TaskInputs.text(inputs, text, "text", TaskInputs.TEXT_MAX);
        inputs.present(percentDone, "percentDone")
                .require(percentDone == null || percentDone >= 0 && percentDone <= 100, "percentDone",
                        "must be between 0 and 100");
        TaskInputs.items(inputs, blockers, "blockers");
        inputs.throwIfAny();
    }

    /** The blockers, stripped; empty when none were given. */
    public List<String> blockersNamed() {
        return TaskInputs.strip(blockers);
    }
}
