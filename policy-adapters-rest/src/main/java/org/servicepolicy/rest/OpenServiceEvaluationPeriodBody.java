package org.servicepolicy.rest;

import java.time.LocalDate;
import java.util.List;
import org.servicepolicy.service.evaluation.OpenServiceEvaluationPeriod;

/**
 * Body of {@code POST /api/v1/service-evaluation-periods} (§2.3.3). The core checks it and lists
 * every problem at once.
 *
 * @param name          what HR calls the period
 * @param from          first day (ISO-8601 date)
 * @param to            last day, on or after {@code from}
 * @param departmentIds the departments covered; absent or empty for the whole company
 */
public record OpenServiceEvaluationPeriodBody(String name, LocalDate from, LocalDate to, List<String> departmentIds) {
    /** The core command. */
    public OpenServiceEvaluationPeriod toCommand() {
        return new OpenServiceEvaluationPeriod(name, from, to, departmentIds);
    }
}
