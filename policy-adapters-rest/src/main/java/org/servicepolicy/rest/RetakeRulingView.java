package org.servicepolicy.rest;

import java.time.Instant;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.training.RetakeOutcome;
import org.servicepolicy.training.RetakeRuling;

/**
 * HR's decision about a trainee who used every retake of a programme (§4.1.1).
 *
 * @param id          identifier
 * @param employeeId  the trainee
 * @param programme   the programme
 * @param outcome     EXTEND (one more attempt) or END (employment is to end)
 * @param note        HR's reasons in words
 * @param decision    the decision, with the reasons that explain it
 * @param decidedAt   when
 * @param decidedById the HR member who decided
 */
public record RetakeRulingView(String id, String employeeId, String programme, RetakeOutcome outcome, String note,
                               DecisionView decision, Instant decidedAt, String decidedById) {
    /** The view of {@code ruling}, explained by {@code decision}. */
    public static RetakeRulingView of(RetakeRuling ruling, Decision decision) {
        return new RetakeRulingView(ruling.id(), ruling.employee().value(), ruling.programme(), ruling.outcome(),
                ruling.note(), DecisionView.of(decision), ruling.decidedAt(), ruling.decidedBy().value());
    }
}
