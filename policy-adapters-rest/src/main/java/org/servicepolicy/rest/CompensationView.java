package org.servicepolicy.rest;

import java.math.BigDecimal;
import org.servicepolicy.discipline.Compensation;
import org.servicepolicy.policy.Fault;

/**
 * What is owed for property damage (§3.2.2), separate from any fine.
 *
 * @param damage        the assessed damage
 * @param fault         NEGLIGENCE or INTENT
 * @param faultShare    the share of the damage the fault carries
 * @param amount        damage times share
 * @param instalmentCap the largest monthly instalment, when the wage is known
 * @param instalments   the number of monthly instalments, when the wage is known
 */
public record CompensationView(MoneyView damage, Fault fault, BigDecimal faultShare, MoneyView amount,
                               MoneyView instalmentCap, Integer instalments) {
    /** The view of {@code compensation}. */
    public static CompensationView of(Compensation compensation) {
        return new CompensationView(MoneyView.of(compensation.damage().assessed()), compensation.damage().fault(),
                compensation.faultShare(), MoneyView.of(compensation.amount()),
                compensation.instalmentCap().map(MoneyView::of).orElse(null), compensation.instalments().orElse(null));
    }
}
