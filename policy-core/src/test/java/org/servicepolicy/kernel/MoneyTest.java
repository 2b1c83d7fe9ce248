package org.servicepolicy.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Amounts are bounded before any arithmetic, so a short number can never cost minutes. */
class MoneyTest {
    private static final Currency CNY = Currency.getInstance("CNY");
    private static final Currency JPY = Currency.getInstance("JPY");

    @Test
    @Timeout(5)
    void aHugeExponentIsRefusedWithoutBeingExpanded() {
        assertThatThrownBy(() -> new Money(new BigDecimal("1e100000000"), CNY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Money(new BigDecimal("1e-100000000"), CNY))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(Money.problemWithEntered(new BigDecimal("1e100000000"), CNY))
                .contains("must have at most 15 digits before the decimal point");
        assertThat(Money.problemWithEntered(new BigDecimal("1e308"), CNY)).isPresent();
    }

    @Test
    void anEnteredAmountIsNoMorePreciseThanTheCurrencysMinorUnit() {
        assertThat(Money.problemWithEntered(new BigDecimal("1e-3"), CNY))
                .contains("must have at most 2 decimal places, the minor unit of CNY");
        assertThat(Money.problemWithEntered(new BigDecimal("0.5"), JPY))
                .contains("must have at most 0 decimal places, the minor unit of JPY");
        assertThat(Money.problemWithEntered(new BigDecimal("12.50"), CNY)).isEmpty();
        assertThat(Money.problemWithEntered(new BigDecimal("12.5000"), CNY)).isEmpty();
        assertThat(Money.problemWithEntered(new BigDecimal("999999999999999.99"), CNY)).isEmpty();
        assertThat(Money.problemWithEntered(new BigDecimal("1e15"), CNY)).isPresent();
    }

    @Test
    void computationsStillRoundToTheMinorUnit() {
        assertThat(new Money(new BigDecimal("8000"), CNY).times(new BigDecimal("0.333")).amount())
                .isEqualByComparingTo("2664.00");
    }
}
