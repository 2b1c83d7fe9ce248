package org.servicepolicy.training.sponsorship;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import org.servicepolicy.kernel.Inputs;

/**
 * Command: an employee asks the company to sponsor an external course (§4.1.2), for themself.
 * {@link #requireValid} lists every problem of its form at once.
 *
 * @param course   the course's title, at most {@value #NAME_MAX} characters
 * @param provider who gives it, at most {@value #NAME_MAX} characters
 * @param startsOn its first day
 * @param endsOn   its last day, not before the first
 * @param cost     what it costs, a positive amount in the company's currency
 */
public record RequestSponsorship(String course, String provider, LocalDate startsOn, LocalDate endsOn,
                                 BigDecimal cost) {
    /** The longest course title or provider name. */
    public static final int NAME_MAX = 200;

    /** Throws {@code InvalidInputException} listing every problem of the command's form, for costs in {@code currency}. */
    public void requireValid(Currency currency) {
        new Inputs().text(course, "course")
                .require(course == null || course.strip().length() <= NAME_MAX, "course",
                        "is at most " + NAME_MAX + " characters")
                .text(provider, "provider")
                .require(provider == null || provider.strip().length() <= NAME_MAX, "provider",
                        "is at most " + NAME_MAX + " characters")
                .present(startsOn, "startsOn")
                .present(endsOn, "endsOn")
                .require(startsOn == null || endsOn == null || !endsOn.isBefore(startsOn), "endsOn",
                        "must not be before startsOn")
                .present(cost, "cost")
                .positiveAmount(cost, currency, "cost")
                .throwIfAny();
    }
}
