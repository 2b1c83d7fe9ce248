package org.servicepolicy.career;

import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR decides an internal selection (§4.3.2): chooses one applicant, or none, and says
 * why; the reason is kept in the decision about each applicant.
 *
 * @param chosenId the applicant chosen, or null for none
 * @param reason   why, in HR's words
 */
public record DecideSelection(String chosenId, String reason) {
    /** HR chooses {@code employeeId}, for {@code reason}. */
    public static DecideSelection choose(String employeeId, String reason) {
        return new DecideSelection(employeeId, reason);
    }

    /** HR chooses no applicant, for {@code reason}. */
    public static DecideSelection none(String reason) {
        return new DecideSelection(null, reason);
    }

    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        new Inputs().require(chosenId == null || Ids.isValid(chosenId), "chosenId", "is not a valid id")
                .text(reason, "reason").throwIfAny();
    }
}
