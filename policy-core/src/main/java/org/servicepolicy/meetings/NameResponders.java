package org.servicepolicy.meetings;

import java.util.List;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: name the responders of a department on the internal platform (§5.1.1), replacing
 * those named before; an empty list names nobody.
 *
 * @param employeeIds the responders, employees of the department
 */
public record NameResponders(List<String> employeeIds) {
    /** Throws {@code InvalidInputException} listing every problem of the command's form. */
    public void requireValid() {
        MeetingInputs.ids(new Inputs().present(employeeIds, "employeeIds"), employeeIds, "employeeIds")
                .throwIfAny();
    }

    /** The responders, each once, in the order given. */
    public List<EmployeeId> responders() {
        return MeetingInputs.distinct(employeeIds, EmployeeId::of);
    }
}
