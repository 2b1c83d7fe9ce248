package org.servicepolicy.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;
import java.util.Optional;

/**
 * An amount of money in one currency, rounded to the currency's minor unit.
 *
 * <p>Amounts are bounded before any arithmetic: at most {@link #MAX_INTEGER_DIGITS} digits
 * before the decimal point and at most {@link #MAX_SCALE} after it. A number such as
 * {@code 1e100000000} is short to write but would take minutes and gigabytes to round, so it is
 * refused before it is touched.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {
    /**
     * The most digits an amount may have before the decimal point: amounts up to
     * 999,999,999,999,999, far beyond any wage, fine, bonus or damage, in any currency.
     */
    public static final int MAX_INTEGER_DIGITS = 15;
    /** The most decimal places an amount may carry into a computation before it is rounded. */
    public static final int MAX_SCALE = 32;

    /**
     * Normalises the scale to the currency's fraction digits (half-up).
     *
     * @throws IllegalArgumentException when the amount is beyond the bounds above
     */
    public Money {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (integerDigits(amount) > MAX_INTEGER_DIGITS || amount.scale() > MAX_SCALE) {
            throw new IllegalArgumentException("an amount has at most " + MAX_INTEGER_DIGITS
                    + " digits before the decimal point and " + MAX_SCALE + " after it");
        }
        amount = amount.setScale(Math.max(0, currency.getDefaultFractionDigits()), RoundingMode.HALF_UP);
    }

    /**
     * What is wrong with {@code amount} as an amount someone enters in {@code currency}, if
     * anything: more than {@link #MAX_INTEGER_DIGITS} digits before the decimal point, or more
     * decimal places than the currency's minor unit (a wage of 0.001 CNY cannot be paid).
     * Checked without any arithmetic on the amount, so it is cheap whatever the number.
     */
    public static Optional<String> problemWithEntered(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "amount");
        Objects.requireNonNull(currency, "currency");
        if (integerDigits(amount) > MAX_INTEGER_DIGITS) {
            return Optional.of("must have at most " + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        int minorUnit = Math.max(0, currency.getDefaultFractionDigits());
        if (amount.scale() > minorUnit && amount.stripTrailingZeros().scale() > minorUnit) {
            return Optional.of("must have at most " + minorUnit + " decimal places, the minor unit of "
                    + currency.getCurrencyCode());
        }
        return Optional.empty();
    }

    /** Digits before the decimal point, from precision and scale alone (negative for amounts below 0.1). */
    private static long integerDigits(BigDecimal amount) {
        return (long) amount.precision() - amount.scale();
    }

    /** Parses an amount such as {@code "200"} in the currency with the ISO code {@code currencyCode}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(new BigDecimal(amount), Currency.getInstance(currencyCode));
    }

    /** This amount multiplied by {@code factor}, rounded to the currency. */
    public Money times(BigDecimal factor) {
        return new Money(amount.multiply(factor), currency);
    }

    /** Whether the amount is below zero. */
    public boolean isNegative() {
        return amount.signum() < 0;
    }

    @Override
    public int compareTo(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot compare " + currency + " with " + other.currency);
        }
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }
}
