package org.servicepolicy.rest;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.evaluation.ServiceEvaluationPeriod;

/**
 * A service evaluation period (§2.3.3).
 *
 * @param id            identifier
 * @param name          what HR calls it
 * @param from          first day
 * @param to            last day
 * @param zone          the zone its days are counted in
 * @param wholeCompany  whether it covers every department
 * @param departmentIds the departments it covers, when not the whole company
 * @param status        OPEN or FINALISED
 * @param openedAt      when HR opened it
 * @param openedBy      who opened it
 * @param finalisedAt   when HR finalised it
 * @param finalisedBy   who finalised it
 */
public record ServiceEvaluationPeriodView(String id, String name, LocalDate from, LocalDate to, String zone,
                                          boolean wholeCompany, List<String> departmentIds,
                                          ServiceEvaluationPeriod.Status status, Instant openedAt, String openedBy,
                                          Instant finalisedAt, String finalisedBy) {
    /** The view of {@code period}. */
    public static ServiceEvaluationPeriodView of(ServiceEvaluationPeriod period) {
        return new ServiceEvaluationPeriodView(period.id().value(), period.name(), period.from(), period.to(),
                period.zone().getId(), period.scope().wholeCompany(),
                period.scope().departments().stream().map(DepartmentId::value).toList(), period.status(),
                period.openedAt(), period.openedBy().value(), period.finalisedAt().orElse(null),
                period.finalisedBy().map(EmployeeId::value).orElse(null));
    }
}
