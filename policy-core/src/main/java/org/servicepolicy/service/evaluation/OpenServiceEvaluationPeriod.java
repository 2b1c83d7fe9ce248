package org.servicepolicy.service.evaluation;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: HR opens a service evaluation period (§2.3.3) for the whole company (no departments)
 * or a list of departments. {@link #requireValid} lists every problem.
 *
 * @param name          what HR calls it
 * @param from          first day
 * @param to            last day, on or after {@code from}
 * @param departmentIds the departments covered; empty for the whole company
 */
public record OpenServiceEvaluationPeriod(String name, LocalDate from, LocalDate to, List<String> departmentIds) {
    /** The longest a period runs, in days: a year and a day, so that a calendar year always fits. */
    public static final int MAX_DAYS = 367;

    /** Copies the department ids; none means the whole company. */
    public OpenServiceEvaluationPeriod {
        departmentIds = departmentIds == null ? List.of() : departmentIds.stream().toList();
    }

    /** Throws {@code InvalidInputException} listing every problem of the command. */
    public void requireValid() {
        new Inputs().text(name, "name").present(from, "from").present(to, "to")
                .require(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .require(from == null || to == null || !to.isAfter(from.plusDays(MAX_DAYS - 1)), "to",
                        "a period runs at most " + MAX_DAYS + " days")
                .require(departmentIds.stream().allMatch(id -> id != null && Ids.isValid(id)), "departmentIds",
                        "holds an id that is not valid")
                .require(new HashSet<>(departmentIds).size() == departmentIds.size(), "departmentIds",
                        "names a department twice")
                .throwIfAny();
    }
}
