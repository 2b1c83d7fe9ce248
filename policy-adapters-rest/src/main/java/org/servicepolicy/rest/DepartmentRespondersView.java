package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.meetings.DepartmentResponders;

/**
 * The responders a department names on the internal platform (§5.1.1): a request to the
 * department naming nobody goes to the first of them by id still working in it.
 *
 * @param departmentId the department
 * @param responderIds its responders, by id; empty when it names nobody
 * @param namedById    who named them: the department's manager or HR
 * @param namedAt      when
 * @param version      the optimistic-locking version
 */
public record DepartmentRespondersView(String departmentId, List<String> responderIds, String namedById,
                                       Instant namedAt, long version) {
    /** The view of {@code responders}. */
    public static DepartmentRespondersView of(DepartmentResponders responders) {
        return new DepartmentRespondersView(responders.department().value(),
                responders.responders().stream().map(EmployeeId::value).toList(), responders.namedBy().value(),
                responders.namedAt(), responders.version());
    }
}
