package org.servicepolicy.rest;

import java.time.LocalDate;
import java.util.List;
import org.servicepolicy.assessment.OpenCycle;

/**
 * Body of {@code POST /api/v1/assessment-cycles} (§3.3.1).
 *
 * @param id            the identifier wanted; omitted to have one generated
 * @param name          a label such as {@code 2026-Q4}
 * @param from          the period's first day (ISO-8601 date)
 * @param to            the period's last day (ISO-8601 date)
 * @param departmentIds the departments assessed; omitted or empty for the whole company
 */
public record OpenCycleBody(String id, String name, LocalDate from, LocalDate to, List<String> departmentIds) {
    /** The core command. */
    public OpenCycle toCommand() {
        return new OpenCycle(id, name, from, to, departmentIds);
    }
}
