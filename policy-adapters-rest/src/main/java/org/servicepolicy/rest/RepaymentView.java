package org.servicepolicy.rest;

import java.time.LocalDate;
import org.servicepolicy.kernel.Decision;
import org.servicepolicy.training.sponsorship.Repayment;

/**
 * What a leaver owes back of a sponsorship whose commitment they left within (§4.1.2): the
 * company's share times the unserved part of the commitment, pro rata by days, with the decision
 * that explains it.
 *
 * @param sponsorshipId   the sponsorship
 * @param employeeId      the leaver
 * @param companyShare    what the company bore
 * @param commitmentFrom  the first day of the commitment: the day after the course ended
 * @param commitmentUntil the first day after the commitment
 * @param leftOn          the day the employee left
 * @param unservedDays    the days of the commitment left unserved
 * @param commitmentDays  the days of the whole commitment
 * @param owed            what is owed back
 * @param decision        the decision recording it, with its reasons
 */
public record RepaymentView(String sponsorshipId, String employeeId, MoneyView companyShare, LocalDate commitmentFrom,
                            LocalDate commitmentUntil, LocalDate leftOn, long unservedDays, long commitmentDays,
                            MoneyView owed, DecisionView decision) {
    /** The view of {@code repayment}, recorded by {@code decision}. */
    public static RepaymentView of(Repayment repayment, Decision decision) {
        return new RepaymentView(repayment.sponsorship().value(), repayment.employee().value(),
                MoneyView.of(repayment.companyShare()), repayment.commitmentFrom(), repayment.commitmentUntil(),
                repayment.leftOn(), repayment.unservedDays(), repayment.commitmentDays(),
                MoneyView.of(repayment.owed()), DecisionView.of(decision));
    }
}
