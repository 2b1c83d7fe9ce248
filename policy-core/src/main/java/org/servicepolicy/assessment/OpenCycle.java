package org.servicepolicy.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * Command: open an assessment cycle. Checked by {@link AssessmentService#open}, which lists every
 * problem at once.
 *
 * @param id            the identifier wanted, or null to have one generated
 * @param name          a label such as {@code 2026-Q4}
 * @param from          the period's first day
 * @param to            the period's last day
 * @param departmentIds the departments assessed; null or empty for the whole company
 */
public record OpenCycle(String id, String name, LocalDate from, LocalDate to, List<String> departmentIds) {
}
