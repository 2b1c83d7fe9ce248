package org.servicepolicy.assessment;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import org.servicepolicy.kernel.Ids;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: open an assessment cycle. {@link #requireValid} lists every problem of it at once;
 * whether its departments exist and whether it overlaps another cycle is for the use case.
 *
 * @param id            the identifier wanted, or null to have one generated
 * @param name          a label such as {@code 2026-Q4}
 * @param from          the period's first day
 * @param to            the period's last day
 * @param departmentIds the departments assessed; null or empty for the whole company
 */
public record OpenCycle(String id, String name, LocalDate from, LocalDate to, List<String> departmentIds) {
    /** The departments assessed; empty for the whole company. */
    public List<String> departments() {
        return departmentIds == null ? List.of() : departmentIds;
    }

    /** Throws {@code InvalidInputException} listing every problem of the command at once. */
    public void requireValid() {
        var departments = departments();
        new Inputs().notBlank(name, "name")
                .require(name == null || name.length() <= 100, "name", "must be at most 100 characters")
                .require(id == null || Ids.isValid(id), "id", "must be 1-64 letters, digits, '.', '_' or '-'")
                .present(from, "from")
                .present(to, "to")
                .require(from == null || to == null || !to.isBefore(from), "to", "must not be before from")
                .require(departments.stream().allMatch(Ids::isValid), "departmentIds", "holds an invalid id")
                .require(new HashSet<>(departments).size() == departments.size(), "departmentIds",
                        "lists a department twice")
                .throwIfAny();
    }
}
