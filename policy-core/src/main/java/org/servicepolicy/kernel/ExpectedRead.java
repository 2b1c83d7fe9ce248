package org.servicepolicy.kernel;

import java.util.Objects;

/**
 * A read that a driving adapter expects the use case it is about to call to make: an
 * employee's violations, penalties or leave requests. Told to the transaction before the use
 * case runs ({@link Transactions#expect}), it lets a store read the records in the same request
 * as the transaction's first read (the caller and the employee) instead of one round trip later.
 *
 * <p>A hint and nothing more: what a use case reads, checks and answers does not change with
 * it. Records read ahead stay in the store's hands until the use case asks for them, after its
 * access check, and are dropped when the transaction does anything else first; a store may ignore
 * the hint altogether.
 *
 * @param kind     what is expected to be read
 * @param employee whose records
 */
public record ExpectedRead(Kind kind, EmployeeId employee) {
    /** What of an employee's records is expected to be read. */
    public enum Kind {
        /** Their violations (§3.2.2). */
        VIOLATIONS,
        /** Their penalties, with their histories (§3.3.3). */
        PENALTIES,
        /** Their leave requests (§3.2.3). */
        LEAVE_REQUESTS
    }

    /** @throws NullPointerException when a component is missing */
    public ExpectedRead {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(employee, "employee");
    }
}
