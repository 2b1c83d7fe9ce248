package org.servicepolicy.people;

import java.util.List;
import java.util.Optional;
import org.servicepolicy.kernel.DepartmentId;
import org.servicepolicy.kernel.EmployeeId;

/** Port: employees, with optimistic locking. */
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
     * The employee with {@code id}, held until the running transaction ends: a second
     * transaction asking for the same employee this way waits for the first to commit or roll
     * back. Decisions about one employee (the penalty ladder of §3.3.3, the penalty lifecycle,
     * leave) read their history only after this call, so that concurrent decisions give what
     * some sequential order would give. Outside a transaction it is {@link #find}.
     */
    Optional<Employee> findForDecision(EmployeeId id);

    /** Every employee, ordered by id. */
    List<Employee> all();

    /** The employees of {@code department}, ordered by id. */
    List<Employee> inDepartment(DepartmentId department);
}
