package org.servicepolicy.rest;

import java.time.Instant;
import java.util.List;
import org.servicepolicy.career.Selection;
import org.servicepolicy.career.SelectionStatus;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * An internal selection for a position (§4.3.2), with the applications the caller may see: HR
 * sees them all, an applicant their own.
 *
 * @param id           identifier
 * @param position     the position's title
 * @param level        the position's level
 * @param departmentId the department the position is in
 * @param closesAt     when applications close
 * @param openedById   the HR member who opened it
 * @param openedAt     when
 * @param applications the applications, in the order made
 * @param status       OPEN or DECIDED
 * @param chosenId     the applicant chosen; null while open, when HR chose none, or for a reader not shown them
 * @param decidedById  who decided it; null while open
 * @param decidedAt    when; null while open
 * @param decisionIds  the decision about each applicant, in the order of the applications, readable at
 *                     {@code /api/v1/decisions/{id}}
 * @param version      the optimistic-locking version
 */
public record SelectionView(String id, String position, int level, String departmentId, Instant closesAt,
                            String openedById, Instant openedAt, List<SelectionApplicationView> applications,
                            SelectionStatus status, String chosenId, String decidedById, Instant decidedAt,
                            List<String> decisionIds, long version) {
    /** The view of {@code selection}. */
    public static SelectionView of(Selection selection) {
        return new SelectionView(selection.id().value(), selection.position(), selection.level(),
                selection.department().value(), selection.closesAt(), selection.openedBy().value(),
                selection.openedAt(), selection.applications().stream().map(SelectionApplicationView::of).toList(),
                selection.status(), selection.chosen().map(EmployeeId::value).orElse(null),
                selection.decidedBy().map(EmployeeId::value).orElse(null), selection.decidedAt().orElse(null),
                selection.decisions().stream().map(DecisionId::value).toList(), selection.version());
    }
}
