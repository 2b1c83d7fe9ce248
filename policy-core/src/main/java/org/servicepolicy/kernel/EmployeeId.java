package org.servicepolicy.kernel;

/** Identifies a employee. */
public record EmployeeId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public EmployeeId {
        Ids.requireValid("EmployeeId", value);
    }

    /** Shorthand for {@code new EmployeeId(value)}. */
    public static EmployeeId of(String value) {
        return new EmployeeId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
