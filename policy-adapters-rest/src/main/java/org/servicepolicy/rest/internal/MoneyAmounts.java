package org.servicepolicy.rest.internal;

import java.math.BigDecimal;
import java.util.Currency;
import java.util.Optional;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * Amounts of money in request bodies are exact in their currency: no finer than its minor unit
 * (two decimal places for CNY, none for JPY), so that the core never rounds what the caller
 * sent. Their size is bounded for every number already (see {@link JsonBounds}).
 */
final class MoneyAmounts {
    private MoneyAmounts() {
    }

    /**
     * Refuses {@code amount} when it is finer than the minor unit of {@code currency}.
     *
     * @throws InvalidInputException (422) naming {@code field}
     */
    static void requireMinorUnits(BigDecimal amount, Currency currency, String field) {
        if (amount == null) {
            return;
        }
        int digits = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.scale() > digits && amount.stripTrailingZeros().scale() > digits) {
            throw InvalidInputException.of(field, "must have at most %d decimal place(s), the minor unit of %s"
                    .formatted(digits, currency.getCurrencyCode()));
        }
    }

    /** As {@link #requireMinorUnits(BigDecimal, Currency, String)} in the currency {@code code}, when it is one. */
    static void requireMinorUnits(BigDecimal amount, String code, String field) {
        // Without a currency there is no minor unit to hold to; the core names the currency at fault.
        currencyOf(code).ifPresent(currency -> requireMinorUnits(amount, currency, field));
    }

    private static Optional<Currency> currencyOf(String code) {
        if (code == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(Currency.getInstance(code));
        } catch (IllegalArgumentException notACurrency) {
            return Optional.empty();
        }
    }
}
