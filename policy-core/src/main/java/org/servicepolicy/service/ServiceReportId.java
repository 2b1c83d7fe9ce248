package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;

/** Identifies a peer service problem report (§2.3.1). */
public record ServiceReportId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ServiceReportId {
        Ids.requireValid("ServiceReportId", value);
    }

    /** Shorthand for {@code new ServiceReportId(value)}. */
    public static ServiceReportId of(String value) {
        return new ServiceReportId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
