package org.servicepolicy.service;

/**
 * Port: where a done return visit's satisfaction score goes (§2.1.4 → §2.3.3), written in the
 * transaction that records the visit. The customer-score ledger of the service evaluation
 * ({@code service.evaluation.CustomerScoreStore}) is behind it, joined in {@code ServicePolicy}: the
 * evaluation reads service findings, so the service records name the ledger through this port
 * rather than depend on the evaluation's types, and the two packages keep one direction.
 */
@FunctionalInterface
public interface ReturnVisitScores {
    /** Adds the score as a customer score of its handler, sourced from the return visit. */
    void add(ReturnVisitScore score);
}
