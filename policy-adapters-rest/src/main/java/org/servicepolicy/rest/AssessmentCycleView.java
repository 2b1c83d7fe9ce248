package org.servicepolicy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicepolicy.assessment.AssessmentCycle;
import org.servicepolicy.assessment.CycleStatus;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An assessment cycle (§3.3.1): OPEN while evaluations are collected, then FINALIZED and locked.
 *
 * @param id            identifier
 * @param name          a label such as {@code 2026-Q4}
 * @param from          the period's first day
 * @param to            the period's last day
 * @param zone          the time zone in which the days are counted
 * @param wholeCompany  whether every department is assessed
 * @param departmentIds the departments assessed; empty for the whole company
 * @param status        OPEN or FINALIZED
 * @param openedAt      when HR opened it
 * @param openedBy      who opened it
 * @param finalizedAt   when it was finalized
 * @param finalizedBy   who finalized it
 * @param version       the record's version
 */
public record AssessmentCycleView(String id, String name, LocalDate from, LocalDate to, String zone,
                                  boolean wholeCompany, List<String> departmentIds, CycleStatus status,
                                  Instant openedAt, String openedBy, Instant finalizedAt, String finalizedBy,
                                  long version) {
    /** The view of {@code cycle}. */
    public static AssessmentCycleView of(AssessmentCycle cycle) {
        return new AssessmentCycleView(cycle.id().value(), cycle.name(), cycle.from(), cycle.to(), cycle.zone().getId(),
                cycle.scope().wholeCompany(), cycle.scope().departments().stream().map(DepartmentId::value).toList(),
                cycle.status(), cycle.openedAt(), cycle.openedBy().value(), cycle.finalizedAt().orElse(null),
                cycle.finalizedBy().map(EmployeeId::value).orElse(null), cycle.version());
    }
}
