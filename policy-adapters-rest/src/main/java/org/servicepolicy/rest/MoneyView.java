package org.servicepolicy.rest;

import java.math.BigDecimal;
import org.servicepolicy.kernel.Money;

/**
 * An amount of money.
 *
 * @param amount   the amount, as an exact decimal number
 * @param currency its ISO-4217 code
 */
public record MoneyView(BigDecimal amount, String currency) {
    /** The view of {@code money}. */
    public static MoneyView of(Money money) {
        return new MoneyView(money.amount(), money.currency().getCurrencyCode());
    }
}
