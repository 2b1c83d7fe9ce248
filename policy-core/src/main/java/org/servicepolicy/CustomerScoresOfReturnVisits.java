package org.servicepolicy;

import java.util.Objects;
import org.servicepolicy.service.ReturnVisitScore;
import org.servicepolicy.service.ReturnVisitScores;
import org.servicepolicy.service.evaluation.CustomerScore;
import org.servicepolicy.service.evaluation.CustomerScoreSource;
import org.servicepolicy.service.evaluation.CustomerScoreStore;

/**
 * A done return visit's satisfaction (§2.1.4) as an entry of the customer-score ledger (§2.3.3):
 * source {@link CustomerScoreSource#RETURN_VISIT}, the case's id as its reference, given and
 * recorded when the visit was done. It joins the service records to the evaluation here, in the
 * wiring, because {@code service.evaluation} reads {@code service} types and a dependency the other
 * way would make a cycle.
 */
final class CustomerScoresOfReturnVisits implements ReturnVisitScores {
    private final CustomerScoreStore ledger;

    CustomerScoresOfReturnVisits(CustomerScoreStore ledger) {
        this.ledger = Objects.requireNonNull(ledger, "ledger");
    }

    @Override
    public void add(ReturnVisitScore score) {
        ledger.add(new CustomerScore(score.id(), score.handler(), score.satisfaction(),
                CustomerScoreSource.RETURN_VISIT, score.serviceCase().value(), score.givenAt(), score.givenAt()));
    }
}
