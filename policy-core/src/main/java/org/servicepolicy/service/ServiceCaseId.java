package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;

/** Identifies a service case (§2.1.3). */
public record ServiceCaseId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public ServiceCaseId {
        Ids.requireValid("ServiceCaseId", value);
    }

    /** Shorthand for {@code new ServiceCaseId(value)}. */
    public static ServiceCaseId of(String value) {
        return new ServiceCaseId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
