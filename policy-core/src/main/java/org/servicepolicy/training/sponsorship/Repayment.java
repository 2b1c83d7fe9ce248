package org.servicepolicy.training.sponsorship;

import java.time.LocalDate;
import java.util.Objects;
import org.servicepolicy.kernel.DecisionId;
import org.servicepolicy.kernel.EmployeeId;
import org.servicepolicy.kernel.Money;

/**
 * What an employee who left within the commitment of a sponsorship owes back (§4.1.2): the
 * company's share times the unserved part of the commitment, pro rata by days.
 *
 * @param sponsorship     the sponsorship
 * @param employee        the leaver
 * @param companyShare    what the company bore
 * @param commitmentFrom  the first day of the commitment: the day after the course ended
 * @param commitmentUntil the first day after the commitment
 * @param leftOn          the day the employee left, in the company's zone
 * @param unservedDays    the days of the commitment from {@code leftOn} (or its start, when they
 *                        left before it) to its end
 * @param commitmentDays  the days of the whole commitment
 * @param owed            what is owed back, rounded to the currency
 * @param decision        the decision that records it
 */
public record Repayment(SponsorshipId sponsorship, EmployeeId employee, Money companyShare, LocalDate commitmentFrom,
                        LocalDate commitmentUntil, LocalDate leftOn, long unservedDays, long commitmentDays, Money owed,
                        DecisionId decision) {
    /** Requires every part and days that fit the commitment. */
    public Repayment {
        Objects.requireNonNull(sponsorship, "sponsorship");
        Objects.requireNonNull(employee, "employee");
        Objects.requireNonNull(companyShare, "companyShare");
        Objects.requireNonNull(commitmentFrom, "commitmentFrom");
        Objects.requireNonNull(commitmentUntil, "commitmentUntil");
        Objects.requireNonNull(leftOn, "leftOn");
        Objects.requireNonNull(owed, "owed");
        Objects.requireNonNull(decision, "decision");
        if (commitmentDays <= 0 || unservedDays <= 0 || unservedDays > commitmentDays) {
            throw new IllegalArgumentException("unserved days are some of the commitment's days");
        }
    }
}
