package org.servicepolicy.kernel;

/** Identifies a department. */
public record DepartmentId(String value) {
    /** Validates the identifier's syntax (see {@link Ids}). */
    public DepartmentId {
        Ids.requireValid("DepartmentId", value);
    }

    /** Shorthand for {@code new DepartmentId(value)}. */
    public static DepartmentId of(String value) {
        return new DepartmentId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
