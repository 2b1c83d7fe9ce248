package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.service.ReturnVisit;

/**
 * The return visit of a finished case (§2.1.4).
 *
 * @param dueAt        by when it is due
 * @param doneAt       when it was done; absent while owed
 * @param satisfaction the customer's satisfaction, 1 to 5, once done
 * @param notes        what the customer said, once done
 * @param recordedBy   who recorded it, once done
 */
public record ReturnVisitView(Instant dueAt, Instant doneAt, Integer satisfaction, String notes, String recordedBy) {
    /** The view of {@code visit}. */
    public static ReturnVisitView of(ReturnVisit visit) {
        return new ReturnVisitView(visit.dueAt(), visit.doneAt().orElse(null), visit.satisfaction().orElse(null),
                visit.notes().orElse(null), visit.recordedBy().map(EmployeeId::value).orElse(null));
    }
}
