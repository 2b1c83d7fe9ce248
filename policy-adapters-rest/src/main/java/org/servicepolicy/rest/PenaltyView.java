package org.servicepolicy.rest;

import java.util.List;
import org.servicepolicy.discipline.Penalty;
import org.servicepolicy.discipline.PenaltyStatus;
import org.servicepolicy.people.EmploymentStatus;
import org.servicepolicy.policy.PenaltyStep;

/**
 * A penalty and its lifecycle (§3.3.3).
 *
 * @param id           identifier
 * @param violationId  the violation that earned it
 * @param employeeId   who it applies to
 * @param step         WARNING, FINE, DEMOTION or DISMISSAL
 * @param status       PROPOSED, ISSUED, WITHDRAWN, APPEALED, UPHELD or REVOKED
 * @param fine         the fine, for the FINE step
 * @param decisionId   the decision that proposed it, with its explanation
 * @param history      every status entered, oldest first
 * @param levelBefore  the level before an issued demotion
 * @param statusBefore the employment status before an issued dismissal
 * @param version      the record's version
 */
public record PenaltyView(String id, String violationId, String employeeId, PenaltyStep step, PenaltyStatus status,
                          MoneyView fine, String decisionId, List<PenaltyTransitionView> history, Integer levelBefore,
                          EmploymentStatus statusBefore, long version) {
    /** The view of {@code penalty}. */
    public static PenaltyView of(Penalty penalty) {
        return new PenaltyView(penalty.id().value(), penalty.violation().value(), penalty.employee().value(),
                penalty.step(), penalty.status(), penalty.fine().map(MoneyView::of).orElse(null),
                penalty.decisionId().value(), penalty.history().stream().map(PenaltyTransitionView::of).toList(),
                penalty.levelBefore().orElse(null), penalty.statusBefore().orElse(null), penalty.version());
    }
}
