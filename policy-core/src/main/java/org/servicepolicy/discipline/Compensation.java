package org.servicepolicy.discipline;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Money;

/**
 * What an employee owes for damage caused by personal fault (§3.2.2), separate from any fine.
 *
 * @param damage         the assessed damage and fault
 * @param faultShare     the share of the damage the fault carries
 * @param amount         damage times share
 * @param instalmentCap  the largest monthly instalment, when the wage is known
 * @param instalments    the number of monthly instalments at that cap, when the wage is known
 */
public record Compensation(Damage damage, BigDecimal faultShare, Money amount, Optional<Money> instalmentCap,
                           Optional<Integer> instalments) {
    /** Requires every part. */
    public Compensation {
        Objects.requireNonNull(damage, "damage");
        Objects.requireNonNull(faultShare, "faultShare");
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(instalmentCap, "instalmentCap");
        Objects.requireNonNull(instalments, "instalments");
    }
}
