package org.servicepolicy.service;

import org.servicepolicy.kernel.Ids;

/** Identifies a request from one department to another (§2.2.1). */
public record DepartmentRequestId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public DepartmentRequestId {
        Ids.requireValid("DepartmentRequestId", value);
    }

    /** Shorthand for {@code new DepartmentRequestId(value)}. */
    public static DepartmentRequestId of(String value) {
        return new DepartmentRequestId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
