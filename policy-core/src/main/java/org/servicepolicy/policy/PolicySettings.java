package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Currency;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.Money;

/**
 * Reads typed values out of a policy's flat settings ({@code discipline.points.MINOR=1}),
 * collecting every problem instead of stopping at the first, and noticing keys nobody read.
 * Values that fail to parse are replaced by a neutral value so reading can go on; the
 * collected problems then reject the whole definition.
 */
public final class PolicySettings {
    private final Map<String, String> values;
    private final Set<String> read = new HashSet<>();
    private final List<FieldProblem> problems = new ArrayList<>();

    PolicySettings(Map<String, String> values) {
        this.values = new TreeMap<>(values);
    }

    private String raw(String key) {
        read.add(key);
        var value = values.get(key);
        if (value == null || value.isBlank()) {
            problems.add(new FieldProblem(field(key), "is required"));
            return null;
        }
        return value.strip();
    }

    private static String field(String key) {
        return "settings." + key;
    }

    /** Records a problem found by a cross-setting check. */
    public void problem(String key, String message) {
        problems.add(new FieldProblem(field(key), message));
    }

    /** An integer between {@code min} and {@code max} inclusive. */
    public int integer(String key, int min, int max) {
        var raw = raw(key);
        if (raw == null) {
            return min;
        }
        try {
            int value = Integer.parseInt(raw);
            if (value < min || value > max) {
                problem(key, "must be between " + min + " and " + max + ", was " + value);
                return min;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "must be a whole number, was '" + raw + "'");
            return min;
        }
    }

    /** The most decimal places a fraction may have (a share such as {@code 0.125}). */
    public static final int FRACTION_MAX_DECIMALS = 6;

    /**
     * A decimal fraction between 0 and 1 inclusive (a share such as {@code 0.5}), with at most
     * {@link #FRACTION_MAX_DECIMALS} decimal places: sums of shares stay cheap to compute.
     */
    public BigDecimal fraction(String key) {
        var raw = raw(key);
        if (raw == null) {
            return BigDecimal.ZERO;
        }
        try {
            var value = new BigDecimal(raw);
            if (value.signum() < 0 || value.compareTo(BigDecimal.ONE) > 0) {
                problem(key, "must be between 0 and 1, was " + raw);
                return BigDecimal.ZERO;
            }
            if (value.scale() > FRACTION_MAX_DECIMALS && value.stripTrailingZeros().scale() > FRACTION_MAX_DECIMALS) {
                problem(key, "must have at most " + FRACTION_MAX_DECIMALS + " decimal places, was " + raw);
                return BigDecimal.ZERO;
            }
            return value;
        } catch (NumberFormatException e) {
            problem(key, "must be a decimal number such as 0.5, was '" + raw + "'");
            return BigDecimal.ZERO;
        }
    }

    /** A non-negative amount in {@code currency}, written as a plain number. */
    public Money money(String key, Currency currency) {
        var raw = raw(key);
        if (raw == null) {
            return new Money(BigDecimal.ZERO, currency);
        }
        try {
            var amount = new BigDecimal(raw);
            var outOfBounds = Money.problemWithEntered(amount, currency);
            if (outOfBounds.isPresent()) {
                problem(key, outOfBounds.get() + ", was " + raw);
                return new Money(BigDecimal.ZERO, currency);
            }
            if (amount.signum() < 0) {
                problem(key, "must not be negative, was " + raw);
            }
            return new Money(amount, currency);
        } catch (NumberFormatException e) {
            problem(key, "must be an amount such as 200, was '" + raw + "'");
            return new Money(BigDecimal.ZERO, currency);
        }
    }

    /** A positive ISO-8601 duration such as {@code PT24H}. */
    public Duration duration(String key) {
        var raw = raw(key);
        if (raw == null) {
            return Duration.ZERO;
        }
        try {
            var value = Duration.parse(raw);
            if (value.isNegative()) {
                problem(key, "must not be negative, was " + raw);
            }
            return value;
        } catch (DateTimeException e) {
            problem(key, "must be an ISO-8601 duration such as PT24H, was '" + raw + "'");
            return Duration.ZERO;
        }
    }

    /** A positive ISO-8601 period such as {@code P12M}. */
    public Period period(String key) {
        var raw = raw(key);
        if (raw == null) {
            return Period.ZERO;
        }
        try {
            var value = Period.parse(raw);
            if (value.isNegative() || value.isZero()) {
                problem(key, "must be a positive period, was " + raw);
            }
            return value;
        } catch (DateTimeException e) {
            problem(key, "must be an ISO-8601 period such as P12M, was '" + raw + "'");
            return Period.ZERO;
        }
    }

    /** One of the constants of {@code type}, by name. */
    public <E extends Enum<E>> E constant(String key, Class<E> type, E fallback) {
        var raw = raw(key);
        if (raw == null) {
            return fallback;
        }
        try {
            return Enum.valueOf(type, raw);
        } catch (IllegalArgumentException e) {
            problem(key, "must be one of " + List.of(type.getEnumConstants()) + ", was '" + raw + "'");
            return fallback;
        }
    }

    /** An ISO-4217 currency code. */
    public Currency currency(String key) {
        var raw = raw(key);
        if (raw == null) {
            return Currency.getInstance("CNY");
        }
        try {
            return Currency.getInstance(raw);
        } catch (IllegalArgumentException e) {
            problem(key, "must be an ISO-4217 currency code such as CNY, was '" + raw + "'");
            return Currency.getInstance("CNY");
        }
    }

    /** A time-zone id such as {@code Asia/Shanghai} or {@code UTC}. */
    public ZoneId zone(String key) {
        var raw = raw(key);
        if (raw == null) {
            return ZoneId.of("UTC");
        }
        try {
            return ZoneId.of(raw);
        } catch (DateTimeException e) {
            problem(key, "must be a time-zone id such as UTC, was '" + raw + "'");
            return ZoneId.of("UTC");
        }
    }

    /** Free text such as a list or a name, stripped of surrounding blanks. */
    public String text(String key) {
        var raw = raw(key);
        return raw == null ? "" : raw;
    }

    /**
     * Free text that may be left empty, such as a list with nothing in it, stripped of
     * surrounding blanks; empty when the key is missing or blank.
     */
    public String optionalText(String key) {
        read.add(key);
        var value = values.get(key);
        return value == null ? "" : value.strip();
    }

    /** Problems so far plus one for each setting that no section read (a misspelt key). */
    List<FieldProblem> problems() {
        var all = new ArrayList<>(problems);
        values.keySet().stream().filter(k -> !read.contains(k))
                .forEach(k -> all.add(new FieldProblem(field(k), "is not a setting of this policy")));
        return all;
    }
}
