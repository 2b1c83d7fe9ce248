package org.servicepolicy.policy;

import java.time.ZoneId;
import java.util.Currency;
import java.util.Map;
import java.util.Objects;

/**
 * Company-wide settings the other sections rely on.
 *
 * @param currency    the currency of fines, bonuses and compensation
 * @param zone        the zone in which calendar periods (months, days) are counted
 * @param lowestLevel the lowest level on the company's ladder: nobody is demoted below it
 */
public record CompanyPolicy(Currency currency, ZoneId zone, int lowestLevel) {
    /** Requires every part. */
    public CompanyPolicy {
        Objects.requireNonNull(currency, "currency");
        Objects.requireNonNull(zone, "zone");
    }

    static CompanyPolicy read(PolicySettings s) {
        return new CompanyPolicy(s.currency("company.currency"), s.zone("company.timeZone"),
                s.integer("company.lowestLevel", 0, 100));
    }

    void write(Map<String, String> out) {
        out.put("company.currency", currency.getCurrencyCode());
        out.put("company.timeZone", zone.getId());
        out.put("company.lowestLevel", Integer.toString(lowestLevel));
    }
}
