package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.career.SelectionResult;

/**
 * What deciding an internal selection did (§4.3.2): the selection as decided, the decision about
 * each applicant with its reasons, and the chosen applicant's record after the move.
 *
 * @param selection the selection as stored
 * @param decisions the decision about each applicant, in the order of the applications
 * @param moved     the chosen applicant at the position's level and department; null when HR chose none
 */
public record SelectionResultView(SelectionView selection, List<DecisionView> decisions, EmployeeView moved) {
    /** The view of {@code result}. */
    public static SelectionResultView of(SelectionResult result) {
        return new SelectionResultView(SelectionView.of(result.selection()),
                result.decisions().stream().map(DecisionView::of).toList(),
                result.moved().map(EmployeeView::of).orElse(null));
    }
}
