package org.servicepolicy.rest.internal;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.servicepolicy.kernel.FieldProblem;
import org.servicepolicy.kernel.InvalidInputException;

/**
 * The bounds of the settings a policy version is published with, checked at the HTTP boundary
 * before the core reads them: settings are texts, so the numbers in them escape the checks of
 * JSON numbers. A setting written as a number keeps the bounds of every number of the API
 * (see {@link JsonBounds#numberProblem}); an ISO-8601 period or duration spans at most
 * {@value #MAX_YEARS} years ({@code P100Y}, {@code P1200M}, {@code P36525D},
 * {@code PT876600H}), so no deadline or window computed from it leaves the calendar the stores
 * keep. What each setting means, and its own range, is the core's to check.
 */
final class SettingBounds {
    /** The longest period or duration a setting may give. */
    static final int MAX_YEARS = 100;

    private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)([eE][+-]?\\d+)?");
    private static final Pattern PERIOD_OR_DURATION = Pattern.compile("[+-]?[pP].*");
    private static final long MAX_DAYS = 36_525;
    private static final Duration MAX_DURATION = Duration.ofDays(MAX_DAYS);

    private SettingBounds() {
    }

    /**
     * Refuses {@code settings} when any value is beyond the bounds.
     *
     * @throws InvalidInputException (422) naming each setting at fault as {@code settings.<key>}
     */
    static void require(Map<String, String> settings) {
        var problems = new ArrayList<FieldProblem>();
        new TreeMap<>(settings).forEach((key, value) -> {
            if (value != null) {
                problemOf(value.strip()).ifPresent(message -> problems.add(new FieldProblem("settings." + key, message)));
            }
        });
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static Optional<String> problemOf(String value) {
        if (NUMBER.matcher(value).matches()) {
            try {
                return JsonBounds.numberProblem(new BigDecimal(value));
            } catch (NumberFormatException exponentBeyondAnyScale) {
                return Optional.of("is out of range");
            }
        }
        if (PERIOD_OR_DURATION.matcher(value).matches() && tooLong(value)) {
            return Optional.of("must span at most " + MAX_YEARS + " years");
        }
        return Optional.empty();
    }

    private static boolean tooLong(String value) {
        try {
            var duration = Duration.parse(value).abs();
            return duration.compareTo(MAX_DURATION) > 0;
        } catch (DateTimeException notADuration) {
            try {
                var period = Period.parse(value);
                return Math.abs(period.toTotalMonths()) > MAX_YEARS * 12L || Math.abs((long) period.getDays()) > MAX_DAYS;
            } catch (DateTimeException | ArithmeticException neither) {
                // Not a period either: the core says what the setting must be.
                return false;
            }
        }
    }
}
