package org.servicepolicy.people;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/**
 * Port: employees, with optimistic locking and their whole history. Every stored version is
 * kept: {@link #add} stores version 1 and each {@link #update} the next, each holding from its
 * {@link Employee#effectiveFrom()}, which never goes back, so that anything that asks about a
 * past instant reads the record as it was then (§1.2).
 */
public interface EmployeeStore {
    /** Stores a new employee at version 1; an existing id is a {@code ConflictException}. */
    Employee add(Employee employee);

    /**
     * Replaces the stored employee whose version equals {@code employee.version()} and returns
     * it at the next version; any other stored version is a {@code ConflictException}.
     */
    Employee update(Employee employee);

    /** The employee with {@code id}. */
    Optional<Employee> find(EmployeeId id);

    /**
     * The employees with the given ids that exist, ordered by id, read at once: a request about
     * several employees (its caller and the employee it is about) reads them in one statement.
     * Within a transaction, a store may keep what it read for the transaction's later
     * {@link #find} of the same ids, so that they cost no second read.
     */
    List<Employee> findAll(Collection<EmployeeId> ids);

    /**
     * The employee with {@code id}, held until the running transaction ends: a second
     * transaction asking for the same employee this way waits for the first to commit or roll
     * back. Decisions about one employee (the penalty ladder of §3.3.3, the penalty lifecycle,
     * leave) read their history only after this call, so that concurrent decisions give what
     * some sequential order would give. Outside a transaction it is {@link #find}.
     */
    Optional<Employee> findForDecision(EmployeeId id);

    /** Every stored version of the employee with {@code id}, oldest first; empty when there is no such employee. */
    List<Employee> history(EmployeeId id);

    /**
     * The employee with {@code id} as the record stood at {@code at}: the latest version whose
     * {@link Employee#effectiveFrom()} is not after it. Empty before the first version took effect.
     */
    Optional<Employee> asOf(EmployeeId id, Instant at);

    /** Every employee as the records stood at {@code at}, ordered by id; those not yet hired then are left out. */
    List<Employee> allAsOf(Instant at);

    /** Every employee, ordered by id. */
    List<Employee> all();

    /** The employees of {@code department}, ordered by id. */
    List<Employee> inDepartment(DepartmentId department);
}
