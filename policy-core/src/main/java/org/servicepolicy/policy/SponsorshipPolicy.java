package org.servicepolicy.policy;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Period;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.servicepolicy.kernel.Money;

/**
 * The external training sponsorship section of the policy (§4.1.2: external professional
 * training is encouraged, and the company supports its cost as appropriate): who may be
 * sponsored, how much of the cost the company bears, and what an employee who leaves soon after
 * owes back.
 *
 * @param minService      how long an employee must have worked here, from their hire date
 * @param minimumGrade    the grade their last finalised compliance grade must reach
 * @param blockingPenalty the lightest penalty step that blocks sponsorship while in force (issued
 *                        within the career section's penalty look-back, as for promotion)
 * @param share           the share of the cost the company bears, from 0 to 1
 * @param annualCap       the most the company bears for one employee in one calendar year, in
 *                        the company's zone, counting every approved sponsorship
 * @param commitment      how long a sponsored employee commits to stay after the course ends;
 *                        empty for no commitment (nothing is ever repaid)
 */
public record SponsorshipPolicy(Period minService, Grade minimumGrade, PenaltyStep blockingPenalty, BigDecimal share,
                                Money annualCap, Optional<Period> commitment) {
    private static final String PREFIX = "training.sponsorship.";

    /** Requires every part. */
    public SponsorshipPolicy {
        Objects.requireNonNull(minService, "minService");
        Objects.requireNonNull(minimumGrade, "minimumGrade");
        Objects.requireNonNull(blockingPenalty, "blockingPenalty");
        Objects.requireNonNull(share, "share");
        Objects.requireNonNull(annualCap, "annualCap");
        Objects.requireNonNull(commitment, "commitment");
    }

    static SponsorshipPolicy read(PolicySettings s, CompanyPolicy company) {
        return new SponsorshipPolicy(s.period(PREFIX + "minService"),
                s.constant(PREFIX + "minimumGrade", Grade.class, Grade.GOOD),
                s.constant(PREFIX + "blockingPenalty", PenaltyStep.class, PenaltyStep.FINE),
                s.fraction(PREFIX + "share"), s.money(PREFIX + "annualCap", company.currency()),
                commitment(s));
    }

    /** The commitment period, empty when the setting is; a malformed or non-positive one is a problem. */
    private static Optional<Period> commitment(PolicySettings s) {
        var key = PREFIX + "commitment";
        var raw = s.optionalText(key);
        if (raw.isEmpty()) {
            return Optional.empty();
        }
        try {
            var value = Period.parse(raw);
            if (value.isNegative() || value.isZero()) {
                s.problem(key, "must be a positive period or empty, was " + raw);
                return Optional.empty();
            }
            return Optional.of(value);
        } catch (DateTimeException e) {
            s.problem(key, "must be an ISO-8601 period such as P12M, or empty, was '" + raw + "'");
            return Optional.empty();
        }
    }

    void write(Map<String, String> out) {
        out.put(PREFIX + "minService", minService.toString());
        out.put(PREFIX + "minimumGrade", minimumGrade.name());
        out.put(PREFIX + "blockingPenalty", blockingPenalty.name());
        out.put(PREFIX + "share", share.toPlainString());
        out.put(PREFIX + "annualCap", annualCap.amount().stripTrailingZeros().toPlainString());
        out.put(PREFIX + "commitment", commitment.map(Period::toString).orElse(""));
    }
}
